import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  identifyFolder,
  NEXT_MANIFEST,
  NEXT_VALIDITY,
  readValidity,
  ROUTES_DIR,
  type PagesManifest,
  type RouteRecord,
} from '../data/incremental.ts';
import { outputFile } from '../lib/incremental.ts';
import { sortInSitemapOrder } from '../lib/sitemaps.ts';
import { inBatches, linkOrCopy } from './links.ts';

async function readRecords(): Promise<RouteRecord[]> {
  const names = await readdir(ROUTES_DIR).catch(() => []);
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(ROUTES_DIR, name), 'utf8'))),
  );
}

/**
 * Completes an incremental build (see `data/incremental.ts`): links the
 * reused pages from the published site into the new output, lists them for
 * the sitemap, and writes the manifest that `npm run build` keeps once the
 * new site is published.
 * @param publishedDir the published site, when the build publishes over one
 * @param reusedUrls filled with the absolute URLs of the reused HTML pages, for the sitemap
 */
export function publishedSite(
  publishedDir: string | undefined,
  siteUrl: string,
  reusedUrls: string[],
): AstroIntegration {
  return {
    name: 'dateline-published-site',
    hooks: {
      'astro:build:start': async () => {
        await rm(ROUTES_DIR, { recursive: true, force: true });
        await rm(NEXT_MANIFEST, { force: true });
        await rm(NEXT_VALIDITY, { force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (publishedDir === undefined) return;
        const out = fileURLToPath(dir);
        const records = await readRecords();
        const reused = records.flatMap((record) => record.reuse);
        const files = reused.map(outputFile);
        const folders = [...new Set(files.map((file) => dirname(join(out, file))))];
        await inBatches(folders, (folder) => mkdir(folder, { recursive: true }));
        await inBatches(files, (file) => linkOrCopy(join(publishedDir, file), join(out, file)));
        for (const path of reused) {
          if (path.endsWith('/')) reusedUrls.push(new URL(path, siteUrl).href);
        }
        sortInSitemapOrder(reusedUrls, (url) => url);
        const manifest: PagesManifest = {
          dir: publishedDir,
          // The new output keeps its identity when it is moved into place.
          folder: identifyFolder(out),
          pages: records.flatMap((record) => record.pages),
          ...readValidity(),
        };
        await writeFile(NEXT_MANIFEST, JSON.stringify(manifest));
        logger.info(`${reused.length} unchanged page(s) reused from ${publishedDir}`);
      },
    },
  };
}
