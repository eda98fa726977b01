import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/build.ts';

const BUDGET = 14 * 1024;
const ARTICLE = '2021/08/thousand-words/index.html';

let build: BuildResult;

beforeAll(async () => {
  build = await buildFixture('budget');
  if (build.code !== 0) throw new Error(build.output);
});

const gzipped = async (path: string) =>
  gzipSync(await readFile(join(build.outDir, path)), { level: 9 }).length;

test('a 1,000-word article page, with everything it loads, fits in 14 KB gzipped', async () => {
  const html = await readFile(join(build.outDir, ARTICLE), 'utf8');
  const words = html
    .match(/<div class="article-body"[^>]*>([\s\S]*?)<\/div>/)![1]!
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  expect(words).toBe(1000);
  // What a browser fetches to show the page: the HTML, its stylesheets and icons.
  const assets = [
    ...html.matchAll(/<link [^>]*rel="(?:stylesheet|icon)"[^>]*href="(\/[^"]+)"/g),
  ].map((match) => match[1]!);
  let total = await gzipped(ARTICLE);
  for (const asset of assets) total += await gzipped(asset);
  console.log(`article page: ${total} bytes gzipped (${assets.length} asset(s)), budget ${BUDGET}`);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test('the stylesheet is inlined, so the page arrives in one round trip', async () => {
  const html = await readFile(join(build.outDir, ARTICLE), 'utf8');
  expect(html).toContain('<style>');
  expect(html).not.toMatch(/<link [^>]*rel="stylesheet"/);
});
