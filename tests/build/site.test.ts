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
    const article = { ...checked.frontmatter, image: undefined, url: checked.url, pictures: [] };
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

let build: BuildResult;
let pages: string[];
const read = (page: string) => readFile(join(build.outDir, page), 'utf8');

beforeAll(async () => {
  build = await buildFixture('site');
  if (build.code !== 0) throw new Error(build.output);
  pages = await builtPages(build.outDir);
});

describe('the fixture site', () => {
  test('exactly one page per published article, and none for drafts or future articles', async () => {
    const articlePages = pages
      .filter((page) => ARTICLE_PAGE.test(page))
      .map((page) => `/${page.replace(/index\.html$/, '')}`)
      .sort();
    expect(articlePages).toEqual(await expectedArticleUrls('site'));
    expect(articlePages).toHaveLength(11);
    expect(articlePages).toContain('/2021/08/shared-slug/');
    expect(articlePages).toContain('/2021/09/shared-slug/');
    expect(articlePages).toContain('/2021/07/filed-in-the-wrong-folder/');
    expect(articlePages).toContain('/2021/08/late-in-los-angeles/');
    expect(articlePages).not.toContain('/2021/08/draft/');
    expect(articlePages).not.toContain('/2030/01/embargoed/');
  });

  test('the front page is paginated under /page/<n>/', async () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'page/2/index.html', '404.html']));
    expect(pages).not.toContain('page/3/index.html');
    const front = await read('index.html');
    expect(front).toContain('href="/page/2/"');
    const last = await read('page/2/index.html');
    expect(last).toContain('href="/"');
    expect(last).toContain('/2014/04/old-post/');
  });

  test('raw HTML keeps its safe part and loses the rest', async () => {
    const html = await read('2021/08/raw-html/index.html');
    expect(html).toContain('<td>Herat</td>');
    expect(html).toContain('<summary>Read the statement</summary>');
    expect(html).toContain('A paragraph with a handler');
    // Structured data is the only script a page may carry.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|onclick|javascript:|pwned/);
  });

  test('a body that starts with a rule keeps its text', async () => {
    const html = await read('2021/08/rule-first/index.html');
    expect(html).toContain('<hr>');
    expect(html).toContain('which must not be taken for front-matter');
  });
});

describe('topic and archive pages of the fixture site', () => {
  test.each([
    [
      'people/zabihullah-mujahid/index.html',
      ['Zabihullah Mujahid', '/2021/08/kabul-airport/', '/2021/09/shared-slug/'],
    ],
    [
      'people/jose-ramos-horta/index.html',
      ['<h1 class="page-title">José Ramos-Horta</h1>', '/2021/09/names-from-everywhere/'],
    ],
    ['people/احمد-شاه-مسعود/index.html', ['<h1 class="page-title">احمد شاه مسعود</h1>']],
    ['places/مزار-شریف/index.html', ['href="/places/afghanistan/"']],
    ['places/u-s/index.html', ['<h1 class="page-title">U.S.</h1>']],
    ['places/北京/index.html', ['<h1 class="page-title">北京</h1>']],
    ['places/cote-divoire/index.html', ['<h1 class="page-title">Côte d’Ivoire</h1>']],
    ['sources/at-t/index.html', ['<h1 class="page-title">AT&amp;T</h1>', '/2021/08/raw-html/']],
    ['sources/al-qaeda/index.html', ['<h1 class="page-title">Al-Qaeda</h1>']],
    ['sources/afp/index.html', ['Agence France-Presse.', 'href="https://www.afp.com/"']],
    [
      'places/kabul/index.html',
      ['Capital of Afghanistan.', '/2021/09/shared-slug/', 'href="/places/afghanistan/"'],
    ],
    [
      'places/afghanistan/index.html',
      [
        '/2021/09/names-from-everywhere/',
        '/2021/09/hostile-names/',
        '/2021/09/shared-slug/',
        '/2021/08/kabul-airport-fa/',
        '/2021/08/kabul-airport/',
        '/2021/08/raw-html/',
        'href="/places/kabul/"',
        'href="/places/herat/"',
        'href="/places/afghanistan/page/2/"',
      ],
    ],
    [
      'places/afghanistan/page/2/index.html',
      ['/2021/08/rule-first/', '<h1 class="page-title">Afghanistan, page 2</h1>'],
    ],
    ['2021/index.html', ['href="/2021/08/"', 'href="/2021/09/"', 'href="/2021/page/2/"']],
    ['2021/08/index.html', ['/2021/08/kabul-airport/', '/2021/08/kabul-airport-fa/']],
    ['archive/index.html', ['href="/2014/"', 'href="/2014/04/"', 'href="/2021/07/"']],
    ['people/index.html', ['href="#initial-1"', 'Most covered']],
  ])('%s', async (page, snippets) => {
    const html = await read(page);
    for (const snippet of snippets) expect(html).toContain(snippet);
  });

  test('aliases never get pages of their own', () => {
    expect(pages).not.toContain('places/kabol/index.html');
    expect(pages).toContain('places/kabul/index.html');
  });

  test('an article links its topics, related articles and more on its first place', async () => {
    const html = await read('2021/09/shared-slug/index.html');
    expect(html).toContain('href="/places/kabul/"><bdi>Kabul</bdi></a>');
    expect(html).toContain('href="/sources/afp/"><bdi>AFP</bdi></a>');
    expect(html).toContain('More on Kabul');
    expect(html).toMatch(
      /<h2 id="related">Related<\/h2><ul><li><a href="\/2021\/08\/kabul-airport\/" lang="en-GB" dir="ltr">/,
    );
  });
});

describe('the newsroom pages', () => {
  test('become pages, linked from the footer and from the reply section', async () => {
    const policy = await read('corrections-policy/index.html');
    expect(policy).toContain('<h1>How we correct our work</h1>');
    expect(policy).toContain('<p>We correct mistakes in public.</p>');
    for (const page of ['index.html', '2021/08/kabul-airport/index.html', 'places/index.html']) {
      expect(await read(page)).toContain(
        '<a href="/corrections-policy/">How we correct our work</a>',
      );
    }
    expect(await read('2021/08/kabul-airport/index.html')).toContain(
      'How we handle corrections: <a href="/corrections-policy/">our corrections policy</a>',
    );
  });
});

describe('articles in other languages', () => {
  test('a Persian translation: its language and direction, and links both ways', async () => {
    const persian = await read('2021/08/kabul-airport-fa/index.html');
    expect(persian).toContain('<html lang="en-GB">');
    expect(persian).toMatch(
      /<h1 lang="fa" dir="rtl" data-pagefind-body[^>]*>جمعیت در فرودگاه کابل/,
    );
    expect(persian).toContain('<div class="article-body" lang="fa" dir="rtl" data-pagefind-body>');
    expect(persian).toContain(
      '<time datetime="2021-08-31T10:00:00+04:30" lang="fa">۹ شهریور ۱۴۰۰</time>',
    );
    // The site's own labels stay in the site's language.
    expect(persian).toContain('<h2>People</h2>');
    expect(persian).toMatch(
      /<a href="\/2021\/08\/kabul-airport\/" hreflang="en-GB" lang="en-GB" dir="ltr">\s*Read in English\s*<\/a>/,
    );
    expect(persian).toContain(
      '<link rel="alternate" hreflang="en-GB" href="https://fixture.example/2021/08/kabul-airport/">',
    );
    expect(persian).toContain(
      '<link rel="alternate" hreflang="fa" href="https://fixture.example/2021/08/kabul-airport-fa/">',
    );

    const english = await read('2021/08/kabul-airport/index.html');
    expect(english).toMatch(
      /<a href="\/2021\/08\/kabul-airport-fa\/" hreflang="fa" lang="fa" dir="rtl">\s*به فارسی بخوانید\s*<\/a>/,
    );
  });

  test('lists show a foreign headline with its own language and direction', async () => {
    const month = await read('2021/08/index.html');
    expect(month).toMatch(/<h2 lang="fa" dir="rtl"><a href="\/2021\/08\/kabul-airport-fa\/">/);
  });

  test('feeds and JSON-LD carry the language', async () => {
    const atom = await read('atom.xml');
    expect(atom).toMatch(
      /<entry xml:lang="fa">\s*<id>https:\/\/fixture.example\/2021\/08\/kabul-airport-fa\/<\/id>/,
    );
    const persian = await read('2021/08/kabul-airport-fa/index.html');
    expect(persian).toContain('"inLanguage":"fa"');
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

  test('a site without a reply address fails the build, naming the setting', async () => {
    const build = await buildFixture('no-reply');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'replyEmail: the reply section needs an email address: set "replyEmail" in site.json',
    );
  });

  test('a translation that points at nothing fails the build, naming its file', async () => {
    const build = await buildFixture('broken');
    expect(build.output).toContain(
      'tests/fixtures/broken/articles/2021/08/lost-translation.md: translationOf: "2021/08/no-such-original" names no article',
    );
  });

  test('a newsroom page that takes a site route fails the build, naming the file', async () => {
    const build = await buildFixture('page-clash');
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /pages\/people\.md: slug: "people" is the address of the site's own \/people\/ pages/,
    );
    expect(build.output).toMatch(
      /pages\/2021\.md: slug: "2021" is the address of a year's archive/,
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
