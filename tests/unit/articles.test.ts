import { describe, expect, test } from 'vitest';
import {
  articleUrl,
  deriveSummary,
  findNextPublication,
  findUrlClashes,
  isPublished,
  readingMinutes,
  slugFromFile,
  sortNewestFirst,
  type ArticleData,
} from '../../src/lib/articles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

function article(date: string, overrides: Partial<ArticleData> = {}): ArticleData {
  const parsed = parseArticleDate(date, 'Asia/Kabul');
  return {
    title: 'T',
    date: parsed,
    summary: '',
    sources: [],
    people: [],
    places: [],
    draft: false,
    slug: 's',
    url: articleUrl(parsed, 's'),
    file: 's.md',
    words: 0,
    corrections: [],
    kind: 'news',
    featured: false,
    pictures: [],
    aliases: [],
    ...overrides,
  };
}

describe('deriveSummary', () => {
  const long =
    'The Taliban’s official added the militant Islamic State (IS) group’s strikes will be stopped once foreign troops exit the country. Taliban spokesman Zabihullah Mujahid told AFP in a weekend interview, “We hope”.';

  test.each([
    ['A short lead.', 'A short lead.'],
    ['  Spaced\n  over\tlines.  ', 'Spaced over lines.'],
    [
      long,
      'The Taliban’s official added the militant Islamic State (IS) group’s strikes will be stopped once foreign troops exit the country. Taliban spokesman Zabihullah Mujahid told AFP in a weekend interview…',
    ],
    ['', ''],
  ])('%s', (text, summary) => {
    expect(deriveSummary(text)).toBe(summary);
  });

  test('never longer than the limit and its ellipsis, cut at a word', () => {
    const summary = deriveSummary('word '.repeat(100), 50);
    expect(summary.length).toBeLessThanOrEqual(51);
    expect(summary).toBe(`${'word '.repeat(9)}word…`);
  });

  test('a single unbroken word is cut at the limit', () => {
    expect(deriveSummary('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('articleUrl and slugFromFile', () => {
  test.each([
    ['2021-08-31', 'a', '/2021/08/a/'],
    ['2021-08-31T23:30:00-07:00', 'b', '/2021/08/b/'],
    ['2021-09-01T00:30:00+04:30', 'c', '/2021/09/c/'],
  ])('%s %s', (date, slug, url) => {
    expect(articleUrl(parseArticleDate(date, 'UTC'), slug)).toBe(url);
  });

  test.each([
    ['2021/08/taliban-affirm.md', 'taliban-affirm'],
    ['news/Big News Today.md', 'big-news-today'],
    ['2019-03-26-a-year.MD', '2019-03-26-a-year'],
  ])('%s', (file, slug) => {
    expect(slugFromFile(file)).toBe(slug);
  });
});

describe('findUrlClashes', () => {
  test('names every file that shares a URL', () => {
    expect(
      findUrlClashes([
        { url: '/2021/08/a/', file: 'b.md' },
        { url: '/2021/08/a/', file: 'a.md' },
        { url: '/2021/09/a/', file: 'c.md' },
      ]),
    ).toEqual(['/2021/08/a/ is the URL of more than one article: a.md, b.md']);
  });

  test('the same slug in two months is no clash', () => {
    expect(
      findUrlClashes([
        { url: '/2021/08/a/', file: 'a.md' },
        { url: '/2021/09/a/', file: 'b.md' },
      ]),
    ).toEqual([]);
  });
});

describe('isPublished', () => {
  const now = new Date('2021-09-01T00:00:00Z');
  test.each([
    ['past article', article('2021-08-31'), false, true],
    ['draft', article('2021-08-31', { draft: true }), false, false],
    ['future article', article('2021-09-02'), false, false],
    ['later the same day in Kabul', article('2021-09-01T06:00:00+04:30'), false, false],
    ['draft in preview', article('2021-08-31', { draft: true }), true, true],
    ['future in preview', article('2030-01-01'), true, true],
  ])('%s', (_, item, preview, expected) => {
    expect(isPublished(item, now, preview)).toBe(expected);
  });
});

describe('findNextPublication', () => {
  const now = new Date('2021-09-01T00:00:00Z');
  test.each([
    ['no article waits', [article('2021-08-31')], undefined],
    ['the first of two waiting', [article('2021-09-05'), article('2021-09-03')], '2021-09-03'],
    ['a draft never comes out', [article('2021-09-02', { draft: true })], undefined],
    ['one dated at now is already out', [article('2021-09-01T04:30:00+04:30')], undefined],
  ])('%s', (_, items, expected) => {
    const found = findNextPublication(items, now);
    const wanted = expected === undefined ? undefined : parseArticleDate(expected, 'Asia/Kabul');
    expect(found).toBe(wanted && new Date(wanted.instant).getTime());
  });

  test('the instant found is the first at which isPublished says yes', () => {
    const item = article('2021-09-03T10:00:00+04:30');
    const next = findNextPublication([item], now)!;
    expect(isPublished(item, new Date(next - 1))).toBe(false);
    expect(isPublished(item, new Date(next))).toBe(true);
  });
});

describe('sortNewestFirst', () => {
  test('by instant, then by URL', () => {
    const items = [
      article('2021-08-30', { url: '/b/' }),
      article('2021-08-31T05:00:00Z', { url: '/c/' }),
      article('2021-08-30', { url: '/a/' }),
      article('2021-08-31T09:00:00+04:30', { url: '/d/' }),
    ];
    expect(sortNewestFirst(items).map((item) => item.url)).toEqual(['/c/', '/d/', '/a/', '/b/']);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [150, 1],
    [450, 2],
    [2000, 10],
  ])('%i words', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
