import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { digestBuildInputs } from '../../src/data/incremental.ts';
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

const upToDate = /Nothing has changed since .* was built/;

test('a rebuild with nothing changed leaves the published site as it is', async () => {
  const first = await publishSite(content, dist);
  expect(first.code, first.output).toBe(0);
  expect(first.output).not.toMatch(upToDate);
  const before = await snapshot(dist);
  const folder = await inode(dist);

  const second = await publishSite(content, dist);
  expect(second.code, second.output).toBe(0);
  expect(second.output).toMatch(upToDate);
  expect(await inode(dist)).toBe(folder);
  expect(await snapshot(dist)).toEqual(before);

  // A page gone from the published folder is built again.
  await rm(join(dist, untouched));
  const third = await publishSite(content, dist);
  expect(third.code, third.output).toBe(0);
  expect(third.output).not.toMatch(upToDate);
  expect(await snapshot(dist)).toEqual(before);
});

test('what a build reads changes with any byte of the content, and with the settings', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'dateline-inputs-'));
  try {
    const inputs = await digestBuildInputs(content, 'settings');
    expect(await digestBuildInputs(content, 'settings')).toBe(inputs);
    expect(await digestBuildInputs(content, 'other settings')).not.toBe(inputs);
    // The same bytes elsewhere read the same; the folder itself is among the settings.
    await cp(content, copy, { recursive: true });
    expect(await digestBuildInputs(copy, 'settings')).toBe(inputs);
    await writeFile(join(copy, edited), `${await readFile(join(copy, edited), 'utf8')} `);
    expect(await digestBuildInputs(copy, 'settings')).not.toBe(inputs);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test('a forced rebuild with nothing changed reuses every page and publishes the same site', async () => {
  const before = await snapshot(dist);
  const page = await inode(join(dist, untouched));
  const searchEntry = await inode(join(dist, 'pagefind/pagefind-entry.json'));

  const second = await publishSite(content, dist, {}, ['--force']);
  expect(second.code, second.output).toBe(0);
  expect(second.output).not.toMatch(upToDate);
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

test('time that publishes an embargoed article rebuilds the site; time that changes nothing does not', async () => {
  const embargoed = join(dist, '2030/01/embargoed/index.html');
  const later = await publishSite(content, dist, { BUILD_TIME: '2029-12-31T00:00:00Z' });
  expect(later.output).toMatch(upToDate);
  // A clock set back is never trusted: what it shows may not be out yet.
  const earlier = await publishSite(content, dist, { BUILD_TIME: '2025-12-31T00:00:00Z' });
  expect(earlier.code, earlier.output).toBe(0);
  expect(earlier.output).not.toMatch(upToDate);

  const out = await publishSite(content, dist, { BUILD_TIME: '2030-01-01T08:00:00Z' });
  expect(out.code, out.output).toBe(0);
  expect(out.output).not.toMatch(upToDate);
  expect(await readFile(embargoed, 'utf8')).toContain('<h1');
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
