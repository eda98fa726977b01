import { afterEach, describe, expect, test } from 'vitest';
import {
  dateAt,
  formatDay,
  isoDateTime,
  isoDay,
  parseArticleDate,
  zoneOffsetAt,
} from '../../src/lib/dates.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('parseArticleDate', () => {
  test.each([
    ['2021-08-31', 'Asia/Kabul', '2021-08-31', '2021-08-30T19:30:00.000Z', '2021-08-31'],
    ['2021-08-31', 'America/Los_Angeles', '2021-08-31', '2021-08-31T07:00:00.000Z', '2021-08-31'],
    [
      '2021-08-31T09:30:00+04:30',
      'UTC',
      '2021-08-31',
      '2021-08-31T05:00:00.000Z',
      '2021-08-31T09:30:00+04:30',
    ],
    [
      '2021-08-31T05:00:00Z',
      'Asia/Kabul',
      '2021-08-31',
      '2021-08-31T05:00:00.000Z',
      '2021-08-31T05:00:00+00:00',
    ],
    [
      '2021-08-31 09:30:00 -0500',
      'UTC',
      '2021-08-31',
      '2021-08-31T14:30:00.000Z',
      '2021-08-31T09:30:00-05:00',
    ],
    [
      '2014-04-18 1:00:01 -0400',
      'UTC',
      '2014-04-18',
      '2014-04-18T05:00:01.000Z',
      '2014-04-18T01:00:01-04:00',
    ],
    [
      '2019-05-07 10:00:00',
      'America/New_York',
      '2019-05-07',
      '2019-05-07T14:00:00.000Z',
      '2019-05-07T10:00:00-04:00',
    ],
    [
      '2019-01-07 10:00:00',
      'America/New_York',
      '2019-01-07',
      '2019-01-07T15:00:00.000Z',
      '2019-01-07T10:00:00-05:00',
    ],
    [
      '2021-08-31T23:59:59-11:00',
      'UTC',
      '2021-08-31',
      '2021-09-01T10:59:59.000Z',
      '2021-08-31T23:59:59-11:00',
    ],
    ['2020-02-29', 'UTC', '2020-02-29', '2020-02-29T00:00:00.000Z', '2020-02-29'],
  ])('%s in %s', (text, zone, day, instant, iso) => {
    const date = parseArticleDate(text, zone);
    expect(isoDay(date)).toBe(day);
    expect(date.instant).toBe(instant);
    expect(isoDateTime(date)).toBe(iso);
    expect(date.text).toBe(text);
  });

  test.each([
    ['2021-02-30', '"2021-02-30" is not a real date: 2021-02 has no day 30'],
    ['2019-02-29', '"2019-02-29" is not a real date: 2019-02 has no day 29'],
    ['2021-13-01', '"2021-13-01" has no month 13'],
    ['2021-08-31 24:00:00', '"2021-08-31 24:00:00" has an impossible time of day'],
    ['2021-08-31T10:61:00Z', '"2021-08-31T10:61:00Z" has an impossible time of day'],
    [
      '31/08/2021',
      '"31/08/2021" is not a date; write it as YYYY-MM-DD, optionally with a time and offset such as 2021-08-31T09:30:00+04:30',
    ],
    ['2021-08-31T10:00:00+15:00', '"+15:00" is not a valid UTC offset'],
    [
      'yesterday',
      '"yesterday" is not a date; write it as YYYY-MM-DD, optionally with a time and offset such as 2021-08-31T09:30:00+04:30',
    ],
  ])('refuses %s', (text, message) => {
    expect(() => parseArticleDate(text, 'UTC')).toThrow(message);
  });
});

describe('the day never shifts with the machine time zone', () => {
  test.each(['America/Los_Angeles', 'Asia/Kabul', 'Pacific/Kiritimati', 'UTC'])('TZ=%s', (tz) => {
    process.env.TZ = tz;
    for (const text of [
      '2021-08-31',
      '2021-08-31T00:30:00+04:30',
      '2021-08-31T23:30:00-07:00',
      '2021-08-31 1:00:01 -0400',
      '2021-08-31 23:59:00',
    ]) {
      const date = parseArticleDate(text, 'Asia/Kabul');
      expect(isoDay(date)).toBe('2021-08-31');
      expect(formatDay(date, 'en-GB')).toBe('31 August 2021');
    }
  });
});

describe('zoneOffsetAt', () => {
  test.each([
    ['Asia/Kabul', '2021-08-31T00:00:00Z', 270],
    ['America/Los_Angeles', '2021-08-31T00:00:00Z', -420],
    ['America/Los_Angeles', '2021-01-31T00:00:00Z', -480],
    ['UTC', '2021-01-31T00:00:00Z', 0],
  ])('%s at %s', (zone, instant, offset) => {
    expect(zoneOffsetAt(Date.parse(instant), zone)).toBe(offset);
  });
});

describe('formatDay', () => {
  test.each([
    ['en-GB', '31 August 2021'],
    ['en-US', 'August 31, 2021'],
    ['fr', '31 août 2021'],
  ])('%s', (locale, text) => {
    expect(formatDay(parseArticleDate('2021-08-31T23:00:00-08:00', 'UTC'), locale)).toBe(text);
  });
});

describe('dateAt', () => {
  test.each([
    ['2021-08-31T05:00:00Z', 'Asia/Kabul', '2021-08-31T09:30:00+04:30'],
    ['2021-08-31T05:00:00Z', 'America/Los_Angeles', '2021-08-30T22:00:00-07:00'],
    ['2021-01-31T05:00:00.750Z', 'UTC', '2021-01-31T05:00:00+00:00'],
  ])('%s in %s', (instant, zone, text) => {
    expect(dateAt(new Date(instant), zone).text).toBe(text);
  });
});
