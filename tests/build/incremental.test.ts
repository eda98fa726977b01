import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cacheDirFor } from '../../src/site.ts';
import { buildSite, publishSite } from '../support/build.ts';

let work: string;
let content: string;
let dist: string;
const edited = 'articles/2021/08/kabul-airport.md';
const untouched = '2021/08/rule-first/index.html';

/** Every file of a built site, by path; the sitemap's URLs in order, as their order is free. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const result = new Map<string, string>();
  for (const entry of files.filter((file) => file.isFile())) {
    const path = join(entry.parentPath, entry.name);
    let text = await readFile(path, 'utf8');
    if (entry.name === 'sitemap-0.xml')
      text = (text.match(/<url>.*?<\/url>/g) ?? []).sort().join('\n');
    result.set(relative(dir, path), text);
  }
  return result;
}

async function inode(path: string): Promise<bigint> {
  return (await stat(path, { bigint: true })).ino;
}

function reusedCount(output: string): number {
  return Number(/(\d+) unchanged page\(s\) reused/.exec(output)?.[1] ?? -1);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dateline-incremental-'));
  content = join(work, 'content');
  dist = join(work, 'dist');
  await cp('tests/fixtures/site', content, { recursive: true });
});

afterAll(async () => {
  await rm(cacheDirFor(resolve(content), 'dateline'), { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

test('a rebuild with nothing changed reuses every page and publishes the same site', async () => {
  const first = await publishSite(content, dist);
  expect(first.code, first.output).toBe(0);
  expect(reusedCount(first.output)).toBe(0);
  const before = await snapshot(dist);
  const page = await inode(join(dist, untouched));
  const searchEntry = await inode(join(dist, 'pagefind/pagefind-entry.json'));

  const second = await publishSite(content, dist);
  expect(second.code, second.output).toBe(0);
  expect(reusedCount(second.output)).toBeGreaterThan(30);
  expect(await snapshot(dist)).toEqual(before);
  // The same file, linked from the published site rather than written again.
  expect(await inode(join(dist, untouched))).toBe(page);
  // No article page changed: the search index is the published one, not indexed again.
  expect(second.output).toMatch(/search index: unchanged, \d+ file\(s\) linked/);
  expect(await inode(join(dist, 'pagefind/pagefind-entry.json'))).toBe(searchEntry);
});

test('after one article is edited, its page shows the edit and the site equals a full build', async () => {
  const untouchedPage = await inode(join(dist, untouched));
  const article = join(content, edited);
  await writeFile(
    article,
    `${await readFile(article, 'utf8')}\nA sentence added after publication.\n`,
  );

  const result = await publishSite(content, dist);
  expect(result.code, result.output).toBe(0);
  expect(await readFile(join(dist, '2021/08/kabul-airport/index.html'), 'utf8')).toContain(
    'A sentence added after publication.',
  );
  expect(await inode(join(dist, untouched))).toBe(untouchedPage);
  expect(result.output).toMatch(/search index: \d+ page\(s\) in/);

  const full = await buildSite(content);
  expect(full.code, full.output).toBe(0);
  expect(await snapshot(dist)).toEqual(await snapshot(full.outDir));
  await rm(full.outDir, { recursive: true, force: true });
});

test('a site published from other content in between is never reused', async () => {
  expect((await publishSite('content', dist)).code).toBe(0);
  const result = await publishSite(content, dist);
  expect(result.code, result.output).toBe(0);
  expect(reusedCount(result.output)).toBe(0);
  const full = await buildSite(content);
  expect(await snapshot(dist)).toEqual(await snapshot(full.outDir));
  await rm(full.outDir, { recursive: true, force: true });
});
