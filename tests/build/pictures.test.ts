import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPicturePixels } from '../../src/lib/corpus.ts';
import { cacheDirFor } from '../../src/site.ts';
import { buildFixture, buildSite, publishSite, type BuildResult } from '../support/build.ts';
import {
  findBrokenLinks,
  listHtmlFiles,
  scanForActiveContent,
  validateHtml,
} from '../support/gates.ts';
import { PICTURES_FIXTURE, writeFixturePictures } from '../support/pictures.ts';

let site: BuildResult;
const article = '2021/08/airport-crowd/index.html';

async function page(path: string): Promise<string> {
  return readFile(join(site.outDir, path), 'utf8');
}

// Format and size of a built picture, from its site-relative URL.
async function picture(url: string) {
  const path = join(site.outDir, new URL(url, 'https://pictures.example/').pathname);
  const { format, width, height } = await sharp(path).metadata();
  return { format, width, height, bytes: (await stat(path)).size };
}

function candidates(srcset: string): { url: string; descriptor: string }[] {
  return srcset.split(',').map((candidate) => {
    const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
    return { url, descriptor };
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

beforeAll(async () => {
  await writeFixturePictures();
  site = await buildSite(PICTURES_FIXTURE);
  if (site.code !== 0) throw new Error(site.output);
});

describe('the article page', () => {
  test('the lead picture is a figure under the headline, with caption and credit', async () => {
    const html = await page(article);
    const header = /<header class="article-header">.*?<\/header>/s.exec(html)?.[0] ?? '';
    expect(header).toMatch(
      /<\/h1>\s*<p class="deck".*?<\/p>\s*<figure class="lead-picture"><picture>/s,
    );
    expect(header).toContain(
      '<figcaption>The hills north of the airport on Friday morning. <span class="credit">Farida Ahmadi for Dateline</span></figcaption></figure>',
    );
  });

  test('AVIF and WebP candidates by width, and a sized JPEG that loads first', async () => {
    const html = await page(article);
    const figure = /<figure class="lead-picture">.*?<\/figure>/s.exec(html)?.[0] ?? '';
    const sources = [...figure.matchAll(/<source [^>]*>/g)].map(([tag]) => tag);
    expect(sources.map((tag) => attribute(tag, 'type'))).toEqual(['image/avif', 'image/webp']);
    for (const [index, tag] of sources.entries()) {
      expect(attribute(tag, 'sizes')).toBe('(min-width: 48rem) 46rem, calc(100vw - 2rem)');
      const listed = candidates(attribute(tag, 'srcset') ?? '');
      expect(listed.map((candidate) => candidate.descriptor)).toEqual([
        '375w',
        '750w',
        '1125w',
        '1500w',
      ]);
      for (const candidate of listed) {
        const made = await picture(candidate.url);
        expect(made.format).toBe(index === 0 ? 'heif' : 'webp');
        expect(`${made.width}w`).toBe(candidate.descriptor);
      }
    }
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
    expect(attribute(img, 'width')).toBe('750');
    expect(attribute(img, 'height')).toBe('500');
    expect(attribute(img, 'loading')).toBe('eager');
    expect(attribute(img, 'fetchpriority')).toBe('high');
    expect(await picture(attribute(img, 'src') ?? '')).toMatchObject({
      format: 'jpeg',
      width: 750,
      height: 500,
    });
  });

  test('the lead picture at 375 pixels weighs at most 40 KB as AVIF', async () => {
    const html = await page(article);
    const avif = candidates(/type="image\/avif" srcset="([^"]*)"/.exec(html)?.[1] ?? '');
    const small = avif.find((candidate) => candidate.descriptor === '375w');
    expect((await picture(small?.url ?? '')).bytes).toBeLessThanOrEqual(40 * 1024);
  });

  test('body pictures load lazily, a titled one in a figure with its caption', async () => {
    const body = /<div class="article-body".*?<\/div>/s.exec(await page(article))?.[0] ?? '';
    const imgs = [...body.matchAll(/<img [^>]*>/g)].map(([tag]) => tag);
    expect(imgs).toHaveLength(2);
    for (const img of imgs) {
      expect(attribute(img, 'loading')).toBe('lazy');
      expect(Number(attribute(img, 'width'))).toBeGreaterThan(0);
      expect(Number(attribute(img, 'height'))).toBeGreaterThan(0);
    }
    expect(imgs.map((img) => attribute(img, 'alt'))).toEqual([
      'The runway at dusk, lights along its edge',
      'Stalls along a market street',
    ]);
    expect(body).toMatch(
      /<figure><picture>.*?<\/picture><figcaption>The runway, seen from the control tower<\/figcaption><\/figure>/s,
    );
    expect(body).not.toContain('data-dateline-picture');
  });

  test('a picture from an allowed host is shown as written, lazily', async () => {
    expect(await page('2021/08/map-of-the-routes/index.html')).toContain(
      '<img src="https://images.example.org/maps/routes.png" alt="Map of the three roads out of the city" width="800" height="600" loading="lazy" decoding="async">',
    );
  });

  test('a decorative lead picture has empty alt text and keeps its credit', async () => {
    const html = await page('2021/08/convoy/index.html');
    expect(html).toMatch(/<figure class="lead-picture"><picture>.*?<img [^>]*alt=""/s);
    expect(html).toContain('<figcaption><span class="credit">Dateline archive</span></figcaption>');
  });
});

describe('budget', () => {
  test('a 1,000-word article with a lead picture keeps HTML and CSS within 14 KB gzipped', async () => {
    const path = '2021/08/long-read/index.html';
    const html = await page(path);
    expect(html).toContain('<figure class="lead-picture">');
    const words = /<div class="article-body"[^>]*>([\s\S]*?)<\/div>/
      .exec(html)![1]!
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBe(1000);
    const assets = [...html.matchAll(/<link [^>]*rel="(?:stylesheet|icon)"[^>]*href="(\/[^"]+)"/g)];
    let total = gzipSync(html, { level: 9 }).length;
    for (const [, asset] of assets) total += gzipSync(await page(asset!), { level: 9 }).length;
    expect(total).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('listings, share cards and feeds', () => {
  test('the front page has a 4:3 thumbnail for each article with a lead picture', async () => {
    const cards = (await page('index.html')).split('<article class="article-card">').slice(1);
    const withThumbnail = cards.filter((card) => card.includes('class="thumbnail"'));
    expect(withThumbnail).toHaveLength(3);
    for (const card of withThumbnail) {
      const img = /<div class="thumbnail">.*?(<img [^>]*>)/s.exec(card)?.[1] ?? '';
      expect(attribute(img, 'alt')).toBe('');
      expect(attribute(img, 'loading')).toBe('lazy');
      expect(await picture(attribute(img, 'src') ?? '')).toMatchObject({ width: 120, height: 90 });
      const retina = candidates(/type="image\/avif" srcset="([^"]*)"/.exec(card)?.[1] ?? '');
      expect(await picture(retina[1]?.url ?? '')).toMatchObject({
        format: 'heif',
        width: 240,
        height: 180,
      });
    }
  });

  test('the share card is the lead picture cut to 1200×630; structured data has three shapes', async () => {
    const html = await page(article);
    const card = /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(card).toMatch(/^https:\/\/pictures\.example\/_astro\//);
    expect(await picture(card)).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    const shapes = JSON.parse(/"image":(\[[^\]]*\])/.exec(html)?.[1] ?? '[]') as string[];
    const sizes = await Promise.all(shapes.map(async (url) => picture(url)));
    expect(sizes.map(({ width, height }) => `${width}×${height}`)).toEqual([
      '1200×1200',
      '1200×900',
      '1200×675',
    ]);
  });

  test('a page without a lead picture keeps the site default share card', async () => {
    expect(await page('2021/08/map-of-the-routes/index.html')).toContain(
      '<meta property="og:image" content="https://pictures.example/share.png">',
    );
  });

  test('feeds carry the lead picture', async () => {
    const rss = await page('feed.xml');
    const media =
      /<media:content url="([^"]*)" medium="image" type="image\/jpeg" width="750" height="500"/.exec(
        rss,
      );
    expect(media?.[1]).toMatch(/^https:\/\/pictures\.example\/_astro\/airport-crowd\./);
    expect(await picture(media?.[1] ?? '')).toMatchObject({ format: 'jpeg', width: 750 });
    expect(await page('atom.xml')).toContain(
      `<link rel="enclosure" type="image/jpeg" href="${media?.[1]}"`,
    );
    const json = JSON.parse(await page('feed.json')) as { items: { image?: string }[] };
    expect(json.items.map((item) => item.image)).toEqual([
      media?.[1],
      expect.stringContaining('/convoy.'),
      undefined,
      expect.stringContaining('/convoy.'),
    ]);
  });

  test('every page with pictures is valid HTML', async () => {
    const files = await listHtmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(10);
    expect(await validateHtml(site.outDir, files)).toEqual([]);
  });

  test('the site-made picture markup carries no active content', async () => {
    expect(await scanForActiveContent(site.outDir)).toEqual([]);
  });

  test('every picture link resolves, and no original file is shipped', async () => {
    expect(await findBrokenLinks(site.outDir, 'https://pictures.example')).toEqual([]);
    const files = await readdir(join(site.outDir, '_astro'));
    expect(files.filter((file) => /^[\w-]+\.[\w-]{8}\.(jpg|png)$/.test(file))).toEqual([]);
  });
});

describe('broken pictures', () => {
  test('each fails the build with the article, the field and the picture', async () => {
    const build = await buildFixture('broken-pictures');
    expect(build.code).not.toBe(0);
    const folder = 'tests/fixtures/broken-pictures/articles';
    for (const line of [
      `${folder}/missing-file.md: image.src: "nowhere.jpg": no such file beside the article or in images/`,
      `${folder}/missing-alt.md: image.alt: "notes.jpg" needs alt text that says what it shows, or decorative: true if it shows nothing the text needs`,
      `${folder}/remote-host.md: body: picture "https://tracker.example.com/chart.png": pictures from tracker.example.com are not allowed; add the host to "imageHosts" in site.json or use a local file`,
      `${folder}/not-a-picture.md: image.src: "notes.jpg" cannot be read as a picture`,
      `${folder}/not-a-picture.md: body: picture "./missing-inline.jpg": no such file beside the article or in images/`,
      `${folder}/not-a-picture.md: body: picture "notes.jpg" has no alt text; describe it, as in ![what it shows](notes.jpg)`,
    ]) {
      expect(build.output).toContain(line);
    }
    expect(build.output).toContain('7 problem(s) in the articles');
  });

  test('npm run check reports the same, file by file', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((done) => {
      execFile(
        process.execPath,
        ['src/cli/check.ts'],
        { env: { ...process.env, CONTENT_DIR: 'tests/fixtures/broken-pictures' } },
        (error, stdout) => done({ code: error ? Number(error.code) : 0, output: stdout }),
      );
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'tests/fixtures/broken-pictures/articles/missing-file.md\n  error: image.src: "nowhere.jpg": no such file beside the article or in images/',
    );
    expect(output).toContain('5 file(s) checked: 7 error(s)');
  });
});

describe('rebuilds', () => {
  let work: string;
  let content: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dateline-pictures-'));
    content = join(work, 'content');
    await cp(PICTURES_FIXTURE, content, { recursive: true });
  });

  afterAll(async () => {
    await rm(cacheDirFor(resolve(content), 'dateline'), { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  test('a rebuild encodes no picture again and publishes every one', async () => {
    const dist = join(work, 'dist');
    const first = await publishSite(content, dist);
    expect(first.code, first.output).toBe(0);
    const made = first.output.match(/▶ \/_astro\/\S+ \(before/g) ?? [];
    expect(made.length).toBeGreaterThan(40);

    // Forced: with nothing changed, npm run build would leave the site as it is.
    const second = await publishSite(content, dist, {}, ['--force']);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/\d+ unchanged page\(s\) reused/);
    expect(second.output.match(/▶ \/_astro\/\S+ \(before/g) ?? []).toEqual([]);
    expect(second.output.match(/\(reused cache entry\)/g)).toHaveLength(made.length);
    expect(await findBrokenLinks(dist, 'https://pictures.example')).toEqual([]);
  });

  test('a photograph replaced under the same name is processed again and shown', async () => {
    const dist = join(work, 'dist');
    const convoy = join(dist, '2021/08/convoy/index.html');
    const leadSrc = async () =>
      /<figure class="lead-picture">.*?<img src="([^"]+)"/s.exec(
        await readFile(convoy, 'utf8'),
      )?.[1];
    const before = await leadSrc();
    const pixels = createPicturePixels(99, 1600, 1000);
    await sharp(pixels, { raw: { width: 1600, height: 1000, channels: 3 } })
      .jpeg({ quality: 88 })
      .toFile(join(content, 'images/convoy.jpg'));

    const rebuilt = await publishSite(content, dist);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const after = await leadSrc();
    expect(after).toMatch(/^\/_astro\/convoy\./);
    expect(after).not.toBe(before);
    const encoded = rebuilt.output.match(/▶ \/_astro\/\S+ \(before/g) ?? [];
    expect(encoded.length).toBeGreaterThan(0);
    expect(encoded.every((line) => line.includes('/convoy.'))).toBe(true);
    expect(await findBrokenLinks(dist, 'https://pictures.example')).toEqual([]);
  });
});
