import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, resolveBuildTime, resolveSettings } from '../../src/site.ts';

describe('resolveSettings', () => {
  test('defaults build the seed site', () => {
    expect(resolveSettings({}, 'site.json')).toEqual(DEFAULT_SETTINGS);
  });

  test('site.json overrides any setting, and the URL gets its trailing slash', () => {
    expect(
      resolveSettings(
        { name: 'Kabul Times', url: 'https://news.example.org', pageSize: 5 },
        'site.json',
      ),
    ).toMatchObject({ name: 'Kabul Times', url: 'https://news.example.org/', pageSize: 5 });
  });

  test.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone: must be an IANA time zone such as Asia/Kabul'],
    [{ pageSize: 0 }, 'pageSize:'],
    [{ url: 'ftp://news.example' }, 'url:'],
    [
      { replyEmail: 'not-an-address' },
      'replyEmail: "not-an-address" is not an email address: set "replyEmail" in site.json to one',
    ],
    [
      { replyEmail: '' },
      'replyEmail: the reply section needs an email address: set "replyEmail" in site.json',
    ],
    [
      { replyEmail: null },
      'replyEmail: the reply section needs an email address: set "replyEmail" in site.json',
    ],
    [{ correctionsEmail: 'nobody' }, 'correctionsEmail: must be an email address'],
    [{ discussUrlTemplate: 'https://forum.example/new' }, 'discussUrlTemplate: must contain {url}'],
    [{ webmentionEndpoint: 'javascript:alert(1)' }, 'webmentionEndpoint:'],
    [{ colour: 'red' }, 'colour'],
  ])('%o is refused', (overrides, field) => {
    expect(() => resolveSettings(overrides, 'content/site.json')).toThrow(
      /^content\/site\.json: invalid site settings/,
    );
    expect(() => resolveSettings(overrides, 'content/site.json')).toThrow(field);
  });
});

describe('resolveBuildTime', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  test.each([
    [undefined, '2026-01-01T00:00:00.000Z'],
    ['', '2026-01-01T00:00:00.000Z'],
    ['2021-09-01T12:00:00Z', '2021-09-01T12:00:00.000Z'],
    ['2021-09-01T12:00:00+04:30', '2021-09-01T07:30:00.000Z'],
  ])('%s', (value, expected) => {
    expect(resolveBuildTime(value, now).toISOString()).toBe(expected);
  });

  test('refuses what is not ISO 8601', () => {
    expect(() => resolveBuildTime('tomorrow', now)).toThrow(
      'BUILD_TIME: "tomorrow" is not an ISO 8601 date-time',
    );
  });
});
