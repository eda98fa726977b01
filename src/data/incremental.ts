import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestPage, outputFile, planPages, type PageRecord } from '../lib/incremental.ts';
import { digestCode } from '../loaders/code.ts';
import { cacheDir, publishedDir, site } from '../site.ts';

/** A static path with the site-relative path of the page it makes. */
export interface StaticPage<Params, Props> {
  params: Params;
  props: Props;
  path: string;
}

/** What a route's pages were in this build: every page's digest, and those reused. */
export interface RouteRecord {
  pages: [path: string, digest: string][];
  reuse: string[];
}

/** What the published site was built from: each page's digest, by path. */
export interface PagesManifest {
  dir: string;
  /**
   * The published folder's identity (device and inode): every publish puts a
   * new folder in place, so a site published since by another build, from
   * other content, is never mistaken for this one.
   */
  folder: string;
  pages: [path: string, digest: string][];
}

/** The identity of a folder, as a manifest records it. */
export function identifyFolder(dir: string): string {
  const stats = statSync(dir, { bigint: true, throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}` : '';
}

const pagesDir = join(cacheDir, 'pages');

/** The manifest of the published site, and of this build once it is published. */
export const MANIFEST = join(pagesDir, 'manifest.json');
export const NEXT_MANIFEST = join(pagesDir, 'manifest.next.json');

/** Folder of this build's route records. */
export const ROUTES_DIR = join(pagesDir, 'routes');

const digestText = (text: string) => hash('sha256', text, 'base64url');

let global: Promise<string> | undefined;
let previous: Map<string, string> | undefined;

// Pages depend on the site's code (not its command-line tools) and on its settings.
const PAGE_CODE = [
  'src/components',
  'src/content.config.ts',
  'src/data',
  'src/layouts',
  'src/lib',
  'src/loaders',
  'src/pages',
  'src/site.ts',
  'src/styles',
  'astro.config.ts',
  'package-lock.json',
];

function digestGlobal(): Promise<string> {
  global ??= digestCode(PAGE_CODE, digestText).then((code) =>
    digestText(`${code}\n${JSON.stringify(site)}`),
  );
  return global;
}

function readPrevious(dir: string): Map<string, string> {
  if (previous) return previous;
  previous = new Map();
  if (existsSync(MANIFEST)) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PagesManifest;
    if (manifest.dir === dir && manifest.folder === identifyFolder(dir)) {
      previous = new Map(manifest.pages);
    }
  }
  return previous;
}

/**
 * The static paths of a route that this build must render. When the build
 * publishes over an earlier site (`npm run build`), a page whose digest is
 * the same as when that site was built is left out and recorded, so that the
 * build links its file from the published site instead of rendering it.
 */
export async function selectPages<Params, Props>(
  route: string,
  pages: StaticPage<Params, Props>[],
): Promise<{ params: Params; props: Props }[]> {
  if (publishedDir === undefined) return pages.map(({ params, props }) => ({ params, props }));
  const dir = publishedDir;
  const code = await digestGlobal();
  const records: (PageRecord & StaticPage<Params, Props>)[] = pages.map((page) => ({
    ...page,
    digest: digestPage(code, page.props, digestText),
  }));
  const plan = planPages(records, readPrevious(dir), (path) =>
    existsSync(join(dir, outputFile(path))),
  );
  const record: RouteRecord = {
    pages: records.map(({ path, digest }) => [path, digest]),
    reuse: plan.reuse,
  };
  mkdirSync(ROUTES_DIR, { recursive: true });
  writeFileSync(join(ROUTES_DIR, `${route}.json`), JSON.stringify(record));
  return plan.render.map(({ params, props }) => ({ params, props }));
}

/** A `getStaticPaths` that renders only the route's changed pages (see `selectPages`). */
export function reusePublished<Params, Props>(
  route: string,
  getPages: () => Promise<StaticPage<Params, Props>[]>,
): () => Promise<{ params: Params; props: Props }[]> {
  return async () => selectPages(route, await getPages());
}
