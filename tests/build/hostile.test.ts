import { beforeAll, describe, expect, test } from 'vitest';
import { PAYLOADS, URL_PAYLOADS } from '../fixtures/hostile/payloads.ts';
import { checkArticleFile } from '../../src/lib/articles.ts';
import { buildFixture, buildSite, type BuildResult } from '../support/build.ts';
import { listHtmlFiles, scanForActiveContent } from '../support/gates.ts';
import { findPicturePayloads, writeHostileSite } from '../support/hostile.ts';

describe('a site built from hostile inputs', () => {
  let build: BuildResult;

  beforeAll(async () => {
    build = await buildSite(await writeHostileSite());
    if (build.code !== 0) throw new Error(build.output);
  });

  test(`has a page for every one of the ${PAYLOADS.length} inputs`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(150);
    const pages = (await listHtmlFiles(build.outDir)).filter((file) =>
      /^2021\/08\/p\d{3}\//.test(file),
    );
    expect(pages).toHaveLength(PAYLOADS.length);
  });

  test('and no page carries a handler, a dangerous URL or a foreign script', async () => {
    expect(await scanForActiveContent(build.outDir)).toEqual([]);
  });
});

test('every input that leaves a picture in a body fails the build, naming its file', async () => {
  const pictures = await findPicturePayloads();
  expect(pictures.size).toBeGreaterThan(5);
  const build = await buildSite(await writeHostileSite('pictures'));
  expect(build.code).not.toBe(0);
  const named = new Set(
    [...build.output.matchAll(/articles\/(p\d{3})\.md: body: picture /g)].map(([, file]) => file),
  );
  expect(named.size).toBe(pictures.size);
  expect(build.output).not.toMatch(/\[build\] \d+ page\(s\) built/);
});

test('the scan itself finds active content', async () => {
  const build = await buildFixture('broken-page');
  expect(build.code).toBe(0);
  const { writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  await writeFile(
    join(build.outDir, 'planted.html'),
    '<!doctype html><title>x</title><img src=x onerror=alert(1)><a href=" javascript:alert(1)">x</a><script>alert(1)</script>',
  );
  expect(await scanForActiveContent(build.outDir)).toEqual([
    'planted.html: onError on <img>',
    'planted.html: href="javascript:alert(1)" on <a>',
    'planted.html: <script>',
  ]);
});

test.each(URL_PAYLOADS)('a source url of %j fails the build', (url) => {
  const text = `---\ntitle: T\ndate: 2021-08-31\nsources:\n  - name: S\n    url: ${JSON.stringify(url)}\n---\nBody.\n`;
  const result = checkArticleFile('a.md', text, 'UTC');
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.errors[0]).toMatch(/^sources\[1\]\.url: must be an http or https URL/);
});
