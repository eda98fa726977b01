import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkArticleFile, isPublished } from '../../src/lib/articles.ts';
import { listMarkdownFiles } from '../../src/loaders/files.ts';
import { buildFixture, FIXTURE_BUILD_TIME, type BuildResult } from '../support/build.ts';

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/[^/]+\/index\.html$/;

async function builtPages(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files.map((file) => file.split('\\').join('/')).filter((file) => file.endsWith('.html'));
}

/** URLs the fixture's published articles should have, worked out from the files themselves. */
async function expectedArticleUrls(fixture: string): Promise<string[]> {
  const root = join('tests', 'fixtures', fixture, 'articles');
  const urls: string[] = [];
  for (const file of await listMarkdownFiles(root)) {
    const checked = checkArticleFile(file, await readFile(join(root, file), 'utf8'), 'Asia/Kabul');
    if (!checked.ok) throw new Error(`${file}: ${checked.errors.join('; ')}`);
    const article = { ...checked.frontmatter, url: checked.url };
    if (
      isPublished(
        { ...article, slug: checked.slug, summary: '', file, words: 0 },
        new Date(FIXTURE_BUILD_TIME),
      )
    ) {
      urls.push(checked.url);
    }
  }
  return urls.sort();
}

describe('the fixture site', () => {
  let build: BuildResult;
  let pages: string[];
  const read = (page: string) => readFile(join(build.outDir, page), 'utf8');

  beforeAll(async () => {
    build = await buildFixture('site');
    if (build.code !== 0) throw new Error(build.output);
    pages = await builtPages(build.outDir);
  });

  test('exactly one page per published article, and none for drafts or future articles', async () => {
    const articlePages = pages
      .filter((page) => ARTICLE_PAGE.test(page))
      .map((page) => `/${page.replace(/index\.html$/, '')}`)
      .sort();
    expect(articlePages).toEqual(await expectedArticleUrls('site'));
    expect(articlePages).toHaveLength(8);
    expect(articlePages).toContain('/2021/08/shared-slug/');
    expect(articlePages).toContain('/2021/09/shared-slug/');
    expect(articlePages).toContain('/2021/07/filed-in-the-wrong-folder/');
    expect(articlePages).toContain('/2021/08/late-in-los-angeles/');
    expect(articlePages).not.toContain('/2021/08/draft/');
    expect(articlePages).not.toContain('/2030/01/embargoed/');
  });

  test('the front page is paginated under /page/<n>/', async () => {
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'page/2/index.html', 'page/3/index.html', '404.html']),
    );
    expect(pages).not.toContain('page/4/index.html');
    const front = await read('index.html');
    expect(front).toContain('href="/page/2/"');
    const last = await read('page/3/index.html');
    expect(last).toContain('href="/page/2/"');
    expect(last).toContain('/2014/04/old-post/');
  });

  test('raw HTML keeps its safe part and loses the rest', async () => {
    const html = await read('2021/08/raw-html/index.html');
    expect(html).toContain('<td>Herat</td>');
    expect(html).toContain('<summary>Read the statement</summary>');
    expect(html).toContain('A paragraph with a handler');
    expect(html).not.toMatch(/<script|onclick|javascript:|pwned/);
  });

  test('a body that starts with a rule keeps its text', async () => {
    const html = await read('2021/08/rule-first/index.html');
    expect(html).toContain('<hr>');
    expect(html).toContain('which must not be taken for front-matter');
  });
});

describe('builds that must fail', () => {
  test('invalid front-matter fails the build, naming each file and field', async () => {
    const build = await buildFixture('broken');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'tests/fixtures/broken/articles/2021/08/bad-date.md: date: "2021-02-30" is not a real date: 2021-02 has no day 30',
    );
    expect(build.output).toContain(
      'tests/fixtures/broken/articles/2021/08/bad-source.md: sources[1].url: must be an http or https URL, not "javascript:alert(1)"',
    );
  });

  test('two articles at one URL fail the build, naming both files', async () => {
    const build = await buildFixture('clash');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      '/2021/08/same/ is the URL of more than one article: tests/fixtures/clash/articles/a/first.md, tests/fixtures/clash/articles/b/second.md',
    );
  });
});
