import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishSite } from '../support/build.ts';

async function npmBuild(contentDir: string, outDir: string): Promise<number> {
  return (await publishSite(contentDir, outDir, { BUILD_TIME: '' })).code;
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, await readFile(path, 'utf8')] as const;
      }),
  );
  return new Map(entries);
}

test('a failed build leaves the previous site exactly as it was', async () => {
  const outDir = join(await mkdtemp(join(tmpdir(), 'dateline-atomic-')), 'dist');
  expect(await npmBuild('tests/fixtures/site', outDir)).toBe(0);
  const before = await snapshot(outDir);
  expect(before.size).toBeGreaterThan(20);

  expect(await npmBuild('tests/fixtures/broken', outDir)).not.toBe(0);
  expect(await snapshot(outDir)).toEqual(before);
  expect(await readdir(join(outDir, '..'))).toEqual(['dist']);

  // A good build then replaces the site.
  expect(await npmBuild('content', outDir)).toBe(0);
  expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('Taliban affirm');
});
