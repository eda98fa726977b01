import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  digestPage,
  outputFile,
  planPages,
  type BuildValidity,
  type PageRecord,
} from '../lib/incremental.ts';
import { sortInSitemapOrder } from '../lib/sitemaps.ts';
import { digestCode, listFiles } from '../loaders/code.ts';
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
export interface PagesManifest extends BuildValidity {
  dir: string;
  /**
   * The published folder's identity (device and inode): every publish puts a
   * new folder in place, so a site published since by another build, from
   * other content, is never mistaken for this one.
   */
  folder: string;
  pages: [path: string, digest: string][];
  /** What the site's search index was built from (see `digestSearchInput`). */
  search?: string;
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

/** How long this build's pages stay current (see `recordValidity`). */
export const NEXT_VALIDITY = join(pagesDir, 'validity.next.json');

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

/** The manifest of the published site in `dir`, when it describes that very folder. */
export function readPublishedManifest(dir: string): PagesManifest | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PagesManifest;
  return manifest.dir === dir && manifest.folder === identifyFolder(dir) ? manifest : undefined;
}

function readPrevious(dir: string): Map<string, string> {
  previous ??= new Map(readPublishedManifest(dir)?.pages);
  return previous;
}

/**
 * What a build's search index is made from: the digest of every article page
 * (each covers the page's props, the site's code and the lock file, so the
 * indexer's version too) and the indexing code itself. The same value means
 * the same index; none when the build does not publish over a site.
 */
export async function digestSearchInput(): Promise<string | undefined> {
  const file = join(ROUTES_DIR, 'article.json');
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, 'utf8')) as RouteRecord;
  const code = await digestCode(['src/integrations/search.ts'], digestText);
  return digestText(`${code}\n${JSON.stringify([...record.pages].sort())}`);
}

/** Records in this build's manifest what its search index was built from. */
export function recordSearchInput(search: string): void {
  if (!existsSync(NEXT_MANIFEST)) return;
  const manifest = JSON.parse(readFileSync(NEXT_MANIFEST, 'utf8')) as PagesManifest;
  writeFileSync(NEXT_MANIFEST, JSON.stringify({ ...manifest, search }));
}

/**
 * The static paths of a route that this build must render. When the build
 * publishes over an earlier site (`npm run build`), a page whose digest is
 * the same as when that site was built is left out and recorded, so that the
 * build links its file from the published site instead of rendering it.
 */
export async function selectPages<Params, Props>(
  route: string,
  unsorted: StaticPage<Params, Props>[],
): Promise<{ params: Params; props: Props }[]> {
  // Astro lists built pages in this order, and the sitemap sorts them.
  const pages = sortInSitemapOrder([...unsorted], (page) => page.path);
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

/**
 * Records this build's notion of now and the first instant after it at which
 * time alone would change a page, for the manifest (see `isUpToDate`).
 */
export function recordValidity(builtAt: Date, validUntil: number | undefined): void {
  const validity: BuildValidity = {
    builtAt: builtAt.toISOString(),
    ...(validUntil === undefined ? {} : { validUntil: new Date(validUntil).toISOString() }),
  };
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(NEXT_VALIDITY, JSON.stringify(validity));
}

/** What `recordValidity` recorded in this build; nothing when it did not run. */
export function readValidity(): BuildValidity {
  return existsSync(NEXT_VALIDITY)
    ? (JSON.parse(readFileSync(NEXT_VALIDITY, 'utf8')) as BuildValidity)
    : {};
}

// Everything under these decides what a build makes, besides the content.
const BUILD_CODE = [
  'src',
  'public',
  'astro.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * A digest of everything a build reads: every byte of the content folder and
 * of the site's code, its dependencies' lock file, the Node version and the
 * given settings. The same digest means the same site, but for the passing
 * of time, which `isUpToDate` weighs.
 */
export async function digestBuildInputs(contentDir: string, settings: string): Promise<string> {
  const digest = createHash('sha256').update(`${process.version}\0${settings}\0`);
  for (const [place, root] of [contentDir, ...BUILD_CODE].entries()) {
    for (const file of await listFiles(root)) {
      digest
        .update(`${place}\0${relative(root, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
    }
  }
  return digest.digest('base64url');
}

/** Whether the published folder still holds every page that its manifest lists. */
export function hasEveryPage(manifest: PagesManifest): boolean {
  return manifest.pages.every(([path]) => existsSync(join(manifest.dir, outputFile(path))));
}

/** Adds to the published site's manifest the digest of what it was built from. */
export function recordInputs(inputs: string): void {
  if (!existsSync(MANIFEST)) return;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PagesManifest;
  const next = `${MANIFEST}.inputs`;
  writeFileSync(next, JSON.stringify({ ...manifest, inputs }));
  renameSync(next, MANIFEST);
}
