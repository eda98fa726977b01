import { describe, expect, test } from 'vitest';
import { groupByMonth, monthUrl, yearUrl } from '../../src/lib/archives.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

const item = (name: string, date: string) => ({ name, date: parseArticleDate(date, 'Asia/Kabul') });

describe('archive URLs', () => {
  test.each([
    [{ year: 2021, month: 8 }, '/2021/08/'],
    [{ year: 2014, month: 12 }, '/2014/12/'],
  ])('%j', (date, url) => {
    expect(monthUrl(date)).toBe(url);
    expect(yearUrl(date.year)).toBe(url.slice(0, 6));
  });
});

describe('groupByMonth', () => {
  test('newest year and month first, order kept within, by the date as written', () => {
    const articles = [
      item('c', '2021-09-01T00:30:00+04:30'),
      item('b', '2021-08-31T23:30:00-07:00'),
      item('a', '2021-08-02'),
      item('z', '2019-01-05'),
    ];
    const years = groupByMonth(articles);
    expect(
      years.map((year) => [
        year.url,
        year.articles.map((article) => article.name),
        year.months.map((month) => [month.url, month.articles.map((article) => article.name)]),
      ]),
    ).toEqual([
      [
        '/2021/',
        ['c', 'b', 'a'],
        [
          ['/2021/09/', ['c']],
          ['/2021/08/', ['b', 'a']],
        ],
      ],
      ['/2019/', ['z'], [['/2019/01/', ['z']]]],
    ]);
  });
});
