import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/build.ts';

let build: BuildResult;
const read = (path: string) => readFile(join(build.outDir, path), 'utf8');
const ORIGIN = 'https://dateline.example';

beforeAll(async () => {
  build = await buildFixture('newsroom');
  if (build.code !== 0) throw new Error(build.output);
});

describe('corrections', () => {
  test('each is a dated notice at the top, linking to the full list at the end', async () => {
    const html = await read('2021/09/corrected/index.html');
    expect(html).toMatch(
      /<ul class="notices"><li><a href="#corrections">Correction, <time datetime="2021-09-02T10:00:00\+04:30"[^>]*>2 September 2021<\/time>:<\/a> An earlier version gave the wrong number of lorries/,
    );
    expect(html).toContain('<a href="#corrections">Clarification, <time');
    expect(html).toContain('<section id="corrections" class="corrections"');
    expect(html).toMatch(/Updated <time datetime="2021-09-03"[^>]*>3 September 2021<\/time>/);
  });

  test('JSON-LD lists them, and dateModified is the latest', async () => {
    const html = await read('2021/09/corrected/index.html');
    const article = JSON.parse(
      html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!,
    );
    expect(article.dateModified).toBe('2021-09-03T00:00:00+04:30');
    expect(article.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong number of lorries; there were 40, not 14.',
        datePublished: '2021-09-02T10:00:00+04:30',
      },
      {
        '@type': 'CorrectionComment',
        text: 'The convoy was organised by the provincial council, not the ministry.',
        datePublished: '2021-09-03T00:00:00+04:30',
      },
    ]);
  });

  test('/corrections/ lists every correction and retraction, newest first, and has a feed', async () => {
    const page = await read('corrections/index.html');
    const order = ['Clarification', 'Correction', 'Retraction'].map((label) =>
      page.indexOf(`${label}, <time`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page).toContain('href="/2021/09/corrected/#corrections"');
    expect(page).toContain('href="/2021/08/retracted/"');
    const feed = parseFeed(await read('corrections/feed.xml'));
    expect(feed.items.map((item) => item.title)).toEqual([
      'Clarification: Aid convoy reaches Herat',
      'Correction: Aid convoy reaches Herat',
      'Retraction: Minister resigns, officials say',
    ]);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(3);
  });

  test('the sitemap lastmod is the latest change', async () => {
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).toMatch(
      /<loc>https:\/\/dateline\.example\/2021\/09\/corrected\/<\/loc><lastmod>2021-09-02T19:30:00\.000Z<\/lastmod>/,
    );
  });
});

describe('a retraction', () => {
  test('keeps the article at its URL with a notice above the headline', async () => {
    const html = await read('2021/08/retracted/index.html');
    expect(html.indexOf('class="retraction"')).toBeLessThan(html.indexOf('<h1'));
    expect(html).toContain('The minister had not resigned; our sources were wrong.');
  });

  test('takes it off the front page, the topic pages and the feeds, but not the archives', async () => {
    expect(await read('index.html')).not.toContain('/2021/08/retracted/');
    expect(await read('places/kabul/index.html')).not.toContain('/2021/08/retracted/');
    expect(await read('feed.xml')).not.toContain('/2021/08/retracted/');
    expect(await read('places/kabul/feed.xml')).not.toContain('/2021/08/retracted/');
    // Counted without it, in the most covered list too.
    const index = await read('places/index.html');
    expect(index.match(/<bdi>Kabul<\/bdi><\/a> <span class="count">\(([^)]*)\)/g)).toEqual([
      '<bdi>Kabul</bdi></a> <span class="count">(3 articles)',
      '<bdi>Kabul</bdi></a> <span class="count">(3 articles)',
    ]);
    const archive = await read('2021/08/index.html');
    expect(archive).toMatch(
      /<p class="kind-label">Retracted<\/p>\s*<h2[^>]*><a href="\/2021\/08\/retracted\/">/,
    );
  });
});

describe('labels and the lead', () => {
  test('an opinion is labelled on its page, in lists and in the feeds', async () => {
    expect(await read('2021/08/opinion/index.html')).toContain('<p class="kind-label">Opinion</p>');
    expect(await read('places/kabul/index.html')).toMatch(
      /<p class="kind-label">Opinion<\/p>\s*<h2[^>]*><a href="\/2021\/08\/opinion\/">/,
    );
    expect(await read('2021/08/analysis/index.html')).toMatch(
      /<span class="kind-label">Opinion: <\/span>\s*<a href="\/2021\/08\/opinion\/"/,
    );
    const feed = parseFeed(await read('feed.xml'));
    expect(feed.items.map((item) => item.title)).toContain(
      'Opinion: The evacuation was a failure of planning',
    );
    expect(feed.items.map((item) => item.title)).toContain(
      'Analysis: What the withdrawal means for aid',
    );
    expect(feed.items.map((item) => item.title)).toContain('Markets reopen in Kabul');
  });

  test('a featured article among the newest leads the front page', async () => {
    const front = await read('index.html');
    const first = front.match(/<article class="article-card">[\s\S]*?<a href="([^"]+)"/)![1];
    expect(first).toBe('/2021/08/opinion/');
  });
});

describe('lasting URLs', () => {
  test.each(['2021/09/aid-convoy-herat', 'old/convoy'])(
    '%s redirects to the article',
    async (path) => {
      const html = await read(`${path}/index.html`);
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/2021/09/corrected/">');
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/2021/09/corrected/">`);
      expect(html).toContain('<a href="/2021/09/corrected/">Aid convoy reaches Herat</a>');
    },
  );

  test('_redirects has a line for each alias, and the sitemap none', async () => {
    expect((await read('_redirects')).split('\n').filter(Boolean).sort()).toEqual([
      '/2021/09/aid-convoy-herat/ /2021/09/corrected/ 301',
      '/old/convoy/ /2021/09/corrected/ 301',
    ]);
    expect(await read('sitemap-0.xml')).not.toContain('/old/convoy/');
  });

  test('an alias that takes another page fails the build, naming the file', async () => {
    const clash = await buildFixture('alias-clash');
    expect(clash.code).not.toBe(0);
    expect(clash.output).toContain('one.md: aliases: /2021/08/two/ is already a page of the site');
  });
});
