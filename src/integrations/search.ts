import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import {
  digestSearchInput,
  readPublishedManifest,
  recordSearchInput,
} from '../data/incremental.ts';
import { linkFolder } from './links.ts';

/** Where the search index is written in the site: its scripts, index and fragments. */
export const SEARCH_BUNDLE = 'pagefind';

/**
 * Builds the search index with Pagefind once the pages are written (and the
 * unchanged ones linked in): every article page, by its headline, summary
 * and body, with its people, places and sources as filters and its date for
 * sorting (the `data-pagefind-*` attributes of `ArticlePage.astro`). When
 * every article page is as in the published site, and the index code too,
 * the published index is linked in instead: Pagefind has no partial update,
 * and a full index of 10,000 articles takes about 40 s.
 * @param publishedDir the published site, when the build publishes over one
 */
export function searchIndex(publishedDir: string | undefined): AstroIntegration {
  return {
    name: 'dateline-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const input = await digestSearchInput();
        if (input) recordSearchInput(input);
        const published = publishedDir && join(publishedDir, SEARCH_BUNDLE);
        if (
          published &&
          input &&
          existsSync(published) &&
          readPublishedManifest(publishedDir)?.search === input
        ) {
          const files = await linkFolder(published, join(out, SEARCH_BUNDLE));
          logger.info(`search index: unchanged, ${files} file(s) linked from ${publishedDir}`);
          return;
        }
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`the search index: ${errors.join('; ')}`);
        try {
          // Only article pages, `/<yyyy>/<mm>/<slug>/`, are searched.
          const added = await index.addDirectory({
            path: out,
            glob: '[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html',
          });
          const written = await index.writeFiles({ outputPath: join(out, SEARCH_BUNDLE) });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`the search index: ${problems.join('; ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`search index: ${added.page_count} page(s) in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
