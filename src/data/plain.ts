import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkArticleBytes, createArticleData } from '../lib/articles.ts';
import { readBodyFacts } from '../lib/markdown.ts';
import { contentDir, site } from '../site.ts';
import type { Article } from './articles.ts';

// The benchmark's plain setup (`DATELINE_LOADER=glob`): Astro's own `glob()`
// loader keeps each rendered body in its data store, in memory.
const bodies = new Map<string, string>();

/** An entry of the `glob()` loader, as the plain setup reads it. */
export interface GlobEntry {
  filePath?: string | undefined;
  digest?: string | number | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * The articles of the `glob()` loader's entries, read with the site's own
 * front-matter rules so that the pages are the same as with its own loader.
 * @throws Error naming the file and its problems
 */
export function readGlobArticles(entries: GlobEntry[]): Article[] {
  const root = join(contentDir, 'articles');
  return entries.map((entry) => {
    const path = resolve(entry.filePath ?? '');
    const file = relative(root, path);
    const checked = checkArticleBytes(file, readFileSync(path), site.timeZone);
    if (!checked.ok) throw new Error(`${entry.filePath}: ${checked.errors.join('; ')}`);
    const bodyDigest = String(entry.digest);
    bodies.set(bodyDigest, entry.rendered?.html ?? '');
    const facts = readBodyFacts(
      entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined,
    );
    return { ...createArticleData(file, checked, facts), bodyDigest };
  });
}

/** A body that the `glob()` loader rendered, by its entry's digest. */
export function readGlobBody(bodyDigest: string): string {
  return bodies.get(bodyDigest) ?? '';
}
