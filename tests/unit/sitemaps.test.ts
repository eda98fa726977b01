import { expect, test } from 'vitest';
import { parseArticleDate } from '../../src/lib/dates.ts';
import {
  createRobotsTxt,
  findRecentExpiry,
  selectRecent,
  sortInSitemapOrder,
} from '../../src/lib/sitemaps.ts';

const article = (name: string, date: string) => ({ name, date: parseArticleDate(date, 'UTC') });

test('recent means the two days before now, nothing after it', () => {
  const now = new Date('2021-09-10T12:00:00Z');
  const articles = [
    article('future', '2021-09-10T12:00:01Z'),
    article('now', '2021-09-10T12:00:00Z'),
    article('yesterday', '2021-09-09T08:00:00Z'),
    article('edge', '2021-09-08T12:00:00Z'),
    article('old', '2021-09-08T11:59:59Z'),
  ];
  expect(selectRecent(articles, now).map((item) => item.name)).toEqual([
    'now',
    'yesterday',
    'edge',
  ]);
});

test('the news sitemap changes first when its oldest article turns two days old', () => {
  const now = new Date('2021-09-10T12:00:00Z');
  const articles = [
    article('yesterday', '2021-09-09T08:00:00Z'),
    article('oldest', '2021-09-08T20:00:00Z'),
    article('old', '2021-09-01T00:00:00Z'),
  ];
  const expiry = findRecentExpiry(articles, now)!;
  expect(new Date(expiry).toISOString()).toBe('2021-09-10T20:00:00.001Z');
  expect(selectRecent(articles, new Date(expiry - 1)).map((item) => item.name)).toContain('oldest');
  expect(selectRecent(articles, new Date(expiry)).map((item) => item.name)).toEqual(['yesterday']);
  expect(findRecentExpiry([article('old', '2021-09-01T00:00:00Z')], now)).toBeUndefined();
});

test('robots.txt', () => {
  expect(createRobotsTxt('https://news.example/')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/news-sitemap.xml\n',
  );
});

test('sitemap order: numbers by value, then as @astrojs/sitemap sorts them', () => {
  const urls = [
    'https://news.example/people/zia/',
    'https://news.example/page/10/',
    'https://news.example/2021/09/talks/',
    'https://news.example/page/2/',
    'https://news.example/2021/10/talks/',
    'https://news.example/',
  ];
  const sorted = sortInSitemapOrder([...urls], (url) => url);
  expect(sorted).toEqual([
    'https://news.example/',
    'https://news.example/2021/09/talks/',
    'https://news.example/2021/10/talks/',
    'https://news.example/page/2/',
    'https://news.example/page/10/',
    'https://news.example/people/zia/',
  ]);
  expect(sorted).toEqual([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
});

test('pages sorted by their paths are in the order of their URLs', () => {
  const pages = ['/people/zia/', '/page/10/', '/2021/09/talks/', '/page/2/', '/'].map((path) => ({
    path,
  }));
  const paths = sortInSitemapOrder(pages, (page) => page.path).map((page) => page.path);
  const urls = paths.map((path) => new URL(path, 'https://news.example/').href);
  expect(paths).toEqual(['/', '/2021/09/talks/', '/page/2/', '/page/10/', '/people/zia/']);
  expect(urls).toEqual([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
});
