import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

// Rendered bodies live in files beside the data store rather than in it, so
// that the store stays small at any archive size and a page reads only the
// body it shows.

/** The file of an article's rendered body, under the digest of its Markdown file. */
export function bodyPath(dir: string, digest: string): string {
  return join(dir, `${digest}.html`);
}

/** Makes the folder of the rendered bodies, once before any is written. */
export async function prepareBodies(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/**
 * Reads the rendered body stored under a digest.
 * @throws Error when it is missing: the build's caches were removed mid-build.
 */
export function readBody(dir: string, digest: string): string {
  return readFileSync(bodyPath(dir, digest), 'utf8');
}

/** The digests that have a stored body. */
export async function listBodies(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch(() => []);
  return new Set(names.filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5)));
}

/** Removes the stored bodies of files that are gone or changed. */
export async function pruneBodies(dir: string, keep: Set<string>): Promise<void> {
  const stale = [...(await listBodies(dir))].filter((digest) => !keep.has(digest));
  await Promise.all(stale.map((digest) => rm(bodyPath(dir, digest), { force: true })));
}
