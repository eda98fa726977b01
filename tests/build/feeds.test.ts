import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import type { JsonFeed } from '../../src/lib/feeds.ts';
import { buildFixture, type BuildResult } from '../support/build.ts';
import { listHtmlFiles } from '../support/gates.ts';

const ORIGIN = 'https://fixture.example';
// A day after the newest fixture articles: the news sitemap holds the last two days.
const BUILD_TIME = '2021-09-11T00:00:00Z';
const HOSTILE = {
  title: '<script>alert("headline")</script> ]]> & “quotes” \'single\' — Кабул',
  summary: 'Summary with </script> and ]]> and & and "quotes" — نشر',
  byline: "O'Brien & <b>Partners</b>",
  person: '<img src=x onerror=alert(1)> Person',
};

let build: BuildResult;
const read = (path: string) => readFile(join(build.outDir, path), 'utf8');

beforeAll(async () => {
  build = await buildFixture('site', { BUILD_TIME });
  if (build.code !== 0) throw new Error(build.output);
});

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe.each(['feed.xml', 'atom.xml'])('%s', (path) => {
  test('every entry is complete, dated, and absolute', async () => {
    const feed = parseFeed(await read(path));
    expect(feed.title).toBe('Fixture Gazette');
    expect(feed.items.length).toBe(11);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.url).toMatch(new RegExp(`^${ORIGIN}/\\d{4}/\\d{2}/`));
      expect(item.id).toBe(item.url);
      expect(item.published).toBeInstanceOf(Date);
      expect(Number.isNaN(item.published!.getTime())).toBe(false);
      expect(item.description).toBeTruthy();
      expect(item.content).toBeTruthy();
      expect(item.content).not.toMatch(/(href|src)="\/(?!\/)/);
      expect(item.authors.length).toBeGreaterThan(0);
    }
    const kabul = feed.items.find((item) => item.url === `${ORIGIN}/2021/08/kabul-airport/`)!;
    expect(kabul.categories.map((category) => category.label ?? category.term)).toEqual([
      'Zabihullah Mujahid',
      'José Ramos-Horta',
      'Kabul',
      'Afghanistan',
    ]);
    expect(kabul.authors.map((author) => author.name)).toEqual(['Farida Ahmadi']);
    expect(kabul.published!.toISOString()).toBe('2021-08-30T19:30:00.000Z');
  });

  test('hostile text comes out exactly, and inert', async () => {
    const feed = parseFeed(await read(path));
    const hostile = feed.items.find((item) => item.url === `${ORIGIN}/2021/09/hostile-names/`)!;
    expect(hostile.title).toBe(HOSTILE.title);
    expect(hostile.description).toBe(HOSTILE.summary);
    expect(hostile.authors.map((author) => author.name)).toEqual([HOSTILE.byline]);
    expect(hostile.categories.map((category) => category.label ?? category.term)).toContain(
      HOSTILE.person,
    );
    expect(hostile.content).toContain(`href="${ORIGIN}/2021/08/kabul-airport/"`);
    expect(hostile.content).toContain(`href="${ORIGIN}/2021/09/hostile-names/#top"`);
    expect(hostile.content).not.toMatch(/<script|onerror/);
  });
});

test('Atom entries carry their language and dates with offsets', async () => {
  const atom = new XMLParser({ ignoreAttributes: false }).parse(await read('atom.xml'));
  for (const entry of atom.feed.entry) {
    expect(entry['@_xml:lang']).toBe(entry.id.endsWith('-fa/') ? 'fa' : 'en-GB');
    expect(entry.published).toMatch(ISO_WITH_OFFSET);
    expect(entry.updated).toMatch(ISO_WITH_OFFSET);
  }
  const kabul = atom.feed.entry.find((entry: { id: string }) =>
    entry.id.endsWith('/kabul-airport/'),
  );
  expect(kabul.published).toBe('2021-08-31T00:00:00+04:30');
  expect(kabul.updated).toBe('2021-09-01T10:00:00+04:30');
});

test('RSS dates keep their offsets', async () => {
  const rss = new XMLParser().parse(await read('feed.xml'));
  const kabul = rss.rss.channel.item.find((item: { link: string }) =>
    item.link.endsWith('/kabul-airport/'),
  );
  expect(kabul.pubDate).toBe('Tue, 31 Aug 2021 00:00:00 +0430');
});

test('the JSON Feed has the fields of version 1.1', async () => {
  const feed = JSON.parse(await read('feed.json')) as JsonFeed;
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed).toMatchObject({
    title: 'Fixture Gazette',
    home_page_url: `${ORIGIN}/`,
    feed_url: `${ORIGIN}/feed.json`,
    language: 'en-GB',
    authors: [{ name: 'Fixture Gazette' }],
  });
  expect(feed.items).toHaveLength(11);
  for (const item of feed.items) {
    expect(Object.keys(item).sort()).toEqual(
      [
        'authors',
        'content_html',
        'date_modified',
        'date_published',
        'id',
        'language',
        'summary',
        'tags',
        'title',
        'url',
      ].sort(),
    );
    expect(item.date_published).toMatch(ISO_WITH_OFFSET);
    expect(item.date_modified).toMatch(ISO_WITH_OFFSET);
    expect(item.url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(item.authors.length).toBeGreaterThan(0);
  }
  const hostile = feed.items.find((item) => item.url.endsWith('/hostile-names/'))!;
  expect(hostile.title).toBe(HOSTILE.title);
  expect(hostile.summary).toBe(HOSTILE.summary);
  expect(hostile.tags).toContain(HOSTILE.person);
});

test('every topic has an RSS feed of its own articles, with their summaries', async () => {
  const xml = await read('places/kabul/feed.xml');
  // The full text is in the site feeds; a topic feed lists and summarises.
  expect(xml).not.toContain('content:encoded>');
  const feed = parseFeed(xml);
  expect(feed.items.every((item) => (item.description ?? '').length > 0)).toBe(true);
  expect(feed.title).toBe('Kabul · Fixture Gazette');
  expect(feed.items.map((item) => item.url)).toEqual([
    `${ORIGIN}/2021/09/hostile-names/`,
    `${ORIGIN}/2021/09/shared-slug/`,
    `${ORIGIN}/2021/08/kabul-airport-fa/`,
    `${ORIGIN}/2021/08/kabul-airport/`,
  ]);
  const topicPage = await read('places/kabul/index.html');
  expect(topicPage).toContain(
    '<link rel="alternate" type="application/rss+xml" title="Kabul (RSS)" href="/places/kabul/feed.xml">',
  );
  expect(topicPage).toContain('Follow Kabul');
});

test('every page announces the site feeds', async () => {
  for (const page of await listHtmlFiles(build.outDir)) {
    const html = await read(page);
    for (const href of ['/feed.xml', '/atom.xml', '/feed.json']) {
      expect(html, page).toContain(`rel="alternate" type="`);
      expect(html, page).toContain(`href="${href}"`);
    }
  }
});

describe('sitemaps', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'sitemap',
  });

  test('every URL of the sitemap is a page of the site, with lastmod for articles', async () => {
    const index = parser.parse(await read('sitemap-index.xml'));
    const urls = [];
    for (const { loc } of index.sitemapindex.sitemap) {
      const sitemap = parser.parse(await read(new URL(loc).pathname.slice(1)));
      urls.push(...sitemap.urlset.url);
    }
    expect(urls.length).toBeGreaterThan(30);
    for (const { loc } of urls) {
      const path = decodeURIComponent(new URL(loc).pathname);
      await expect(read(`${path}index.html`), loc).resolves.toContain('<html');
    }
    const kabul = urls.find((url: { loc: string }) => url.loc.endsWith('/2021/08/kabul-airport/'));
    expect(new Date(kabul.lastmod).toISOString()).toBe('2021-09-01T05:30:00.000Z');
  });

  test('the news sitemap holds the articles of the two days before the build, and no others', async () => {
    const news = parser.parse(await read('news-sitemap.xml'));
    expect(news.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const entries = news.urlset.url;
    expect(entries.map((entry: { loc: string }) => entry.loc).sort()).toEqual([
      `${ORIGIN}/2021/09/hostile-names/`,
      `${ORIGIN}/2021/09/names-from-everywhere/`,
    ]);
    const hostile = entries.find((entry: { loc: string }) => entry.loc.endsWith('/hostile-names/'));
    expect(hostile['news:news']).toEqual({
      'news:publication': { 'news:name': 'Fixture Gazette', 'news:language': 'en' },
      'news:publication_date': '2021-09-10T08:00:00+04:30',
      'news:title': HOSTILE.title,
    });
  });

  test('robots.txt names both sitemaps', async () => {
    const robots = await read('robots.txt');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
  });
});

describe('page metadata', () => {
  test('JSON-LD of an article is complete and cannot be ended by its text', async () => {
    const html = await read('2021/09/hostile-names/index.html');
    const blocks = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((match) => JSON.parse(match[1]!));
    expect(blocks.map((block) => block['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    const [article] = blocks;
    expect(article).toMatchObject({
      headline: HOSTILE.title,
      description: HOSTILE.summary,
      datePublished: '2021-09-10T08:00:00+04:30',
      dateModified: '2021-09-10T08:00:00+04:30',
      inLanguage: 'en-GB',
      author: { '@type': 'Person', name: HOSTILE.byline },
      publisher: { '@type': 'Organization', name: 'Fixture Gazette' },
      mainEntityOfPage: { '@id': `${ORIGIN}/2021/09/hostile-names/` },
    });
    expect(article.about).toContainEqual({
      '@type': 'Person',
      name: HOSTILE.person,
      url: expect.stringMatching(new RegExp(`^${ORIGIN}/people/`)),
    });
    // Parsed as a browser would, the page's only scripts are the two JSON-LD
    // blocks, and no element carries an event handler.
    const tree = fromHtml(html);
    const scripts: string[] = [];
    const handlers: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'script') scripts.push(String(node.properties.type));
      handlers.push(...Object.keys(node.properties).filter((name) => /^on/i.test(name)));
    });
    expect(scripts).toEqual(['application/ld+json', 'application/ld+json']);
    expect(handlers).toEqual([]);
  });

  test('every page has a unique title, a description, a canonical URL and share tags', async () => {
    const titles = new Map<string, string>();
    for (const page of await listHtmlFiles(build.outDir)) {
      const html = await read(page);
      const title = html.match(/<title>([^<]*)<\/title>/)![1]!;
      expect(
        titles.get(title),
        `${page} and ${titles.get(title)} share "${title}"`,
      ).toBeUndefined();
      titles.set(title, page);
      for (const tag of [
        'name="description"',
        'rel="canonical"',
        'property="og:title"',
        'property="og:image"',
        'name="twitter:card"',
      ]) {
        expect(html, `${page} has ${tag}`).toContain(tag);
      }
    }
  });

  test('topic pages carry breadcrumbs', async () => {
    const html = await read('places/kabul/index.html');
    const block = JSON.parse(
      html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!,
    );
    expect(block.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Fixture Gazette',
      'Places',
      'Kabul',
    ]);
  });
});
