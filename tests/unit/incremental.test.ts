import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { selectPages } from '../../src/data/incremental.ts';
import { articleUrl, type ArticleData } from '../../src/lib/articles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import {
  digestPage,
  findValidUntil,
  isUpToDate,
  outputFile,
  planPages,
} from '../../src/lib/incremental.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('outputFile', () => {
  test.each([
    ['/', 'index.html'],
    ['/2021/08/kabul-airport/', '2021/08/kabul-airport/index.html'],
    ['/people/zabihullah-mujahid/page/2/', 'people/zabihullah-mujahid/page/2/index.html'],
    ['/people/zabihullah-mujahid/feed.xml', 'people/zabihullah-mujahid/feed.xml'],
    ['/places/%D9%83%D8%A7%D8%A8%D9%84/', 'places/كابل/index.html'],
  ])('%s is written to %s', (path, file) => {
    expect(outputFile(path)).toBe(file);
  });
});

describe('digestPage', () => {
  test('the same props give the same digest', () => {
    expect(digestPage('code', { a: 1, b: ['x'] }, sha)).toBe(
      digestPage('code', { a: 1, b: ['x'] }, sha),
    );
  });

  test.each([
    ['a prop changes', 'code', { a: 2, b: ['x'] }],
    ['a nested prop changes', 'code', { a: 1, b: ['y'] }],
    ['the code or settings change', 'other code', { a: 1, b: ['x'] }],
  ])('the digest changes when %s', (_, global, props) => {
    expect(digestPage(global, props, sha)).not.toBe(digestPage('code', { a: 1, b: ['x'] }, sha));
  });
});

describe('planPages', () => {
  const pages = [
    { path: '/a/', digest: '1' },
    { path: '/b/', digest: '2' },
    { path: '/c/', digest: '3' },
    { path: '/d/', digest: '4' },
  ];
  const previous = new Map([
    ['/a/', '1'],
    ['/b/', 'old'],
    ['/c/', '3'],
  ]);

  test('reuses a published page with the same digest and renders the rest', () => {
    const plan = planPages(pages, previous, () => true);
    expect(plan.reuse).toEqual(['/a/', '/c/']);
    expect(plan.render.map((page) => page.path)).toEqual(['/b/', '/d/']);
  });

  test('renders a page whose published file is gone', () => {
    const plan = planPages(pages, previous, (path) => path !== '/c/');
    expect(plan.reuse).toEqual(['/a/']);
    expect(plan.render.map((page) => page.path)).toEqual(['/b/', '/c/', '/d/']);
  });

  test('renders everything when nothing was published', () => {
    const plan = planPages(pages, new Map(), () => true);
    expect(plan.reuse).toEqual([]);
    expect(plan.render).toEqual(pages);
  });
});

describe('selectPages', () => {
  test('a route lists its pages in the order the sitemap sorts their URLs', async () => {
    const paths = [
      '/2021/10/talks/',
      '/people/zia/page/10/',
      '/2021/09/talks/',
      '/people/zia/page/2/',
    ];
    const pages = paths.map((path) => ({ path, params: { path }, props: {} }));
    const selected = await selectPages('test', pages);
    expect(selected.map(({ params }) => params.path)).toEqual([
      '/2021/09/talks/',
      '/2021/10/talks/',
      '/people/zia/page/2/',
      '/people/zia/page/10/',
    ]);
  });
});

describe('isUpToDate', () => {
  const published = {
    inputs: 'abc',
    builtAt: '2026-01-01T00:00:00.000Z',
    validUntil: '2026-03-01T00:00:00.000Z',
  };
  test.each<[string, Parameters<typeof isUpToDate>[0], string, string, boolean]>([
    ['the same inputs, within the span', published, 'abc', '2026-02-01T00:00:00Z', true],
    ['the same inputs, at the build time', published, 'abc', '2026-01-01T00:00:00Z', true],
    ['other inputs', published, 'abd', '2026-02-01T00:00:00Z', false],
    ['the span is over', published, 'abc', '2026-03-01T00:00:00Z', false],
    ['a clock set back', published, 'abc', '2025-12-31T23:59:59Z', false],
    [
      'no span: time changes nothing',
      { ...published, validUntil: undefined },
      'abc',
      '2099-01-01T00:00:00Z',
      true,
    ],
    [
      'a manifest without inputs',
      { ...published, inputs: undefined },
      'abc',
      '2026-02-01T00:00:00Z',
      false,
    ],
    [
      'a manifest without a build time',
      { ...published, builtAt: undefined },
      'abc',
      '2026-02-01T00:00:00Z',
      false,
    ],
  ])('%s', (_, manifest, inputs, now, expected) => {
    expect(isUpToDate(manifest, inputs, new Date(now))).toBe(expected);
  });
});

describe('findValidUntil', () => {
  const now = new Date('2021-09-10T12:00:00Z');
  const article = (date: string, draft = false) => {
    const parsed = parseArticleDate(date, 'UTC');
    return { date: parsed, draft, url: articleUrl(parsed, 's') } as ArticleData;
  };
  const recent = article('2021-09-09T12:00:00Z');
  const waiting = article('2021-09-11T00:00:00Z');
  test.each<[string, ArticleData[], ArticleData[], string | undefined]>([
    ['nothing waits, nothing recent', [article('2021-01-01')], [], undefined],
    ['an article to come', [recent, waiting], [], '2021-09-11T00:00:00.000Z'],
    ['a recent article leaving the news sitemap', [recent], [recent], '2021-09-11T12:00:00.001Z'],
    ['the earlier of the two', [recent, waiting], [recent], '2021-09-11T00:00:00.000Z'],
    ['a draft never comes out', [article('2021-09-11T00:00:00Z', true)], [], undefined],
  ])('%s', (_, all, current, expected) => {
    const until = findValidUntil(all, current, now);
    expect(until === undefined ? undefined : new Date(until).toISOString()).toBe(expected);
  });
});
