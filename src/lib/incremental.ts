import { findNextPublication, type ArticleData } from './articles.ts';
import { findRecentExpiry } from './sitemaps.ts';

/** A page of a build: its site-relative path and the digest of everything it is made from. */
export interface PageRecord {
  path: string;
  digest: string;
}

/**
 * The file a page is written to under the output folder, as Astro writes
 * it with `build.format: 'directory'`: `/a/b/` is `a/b/index.html`, a path
 * with an extension is that file.
 */
export function outputFile(path: string): string {
  const relative = decodeURI(path).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * A page's digest: the digest of the site's code and settings with the
 * page's props, which are everything a page is rendered from. Props must be
 * plain data; key order is kept as built, which is deterministic.
 */
export function digestPage(
  global: string,
  props: unknown,
  generateDigest: (text: string) => string,
): string {
  return generateDigest(`${global}\n${JSON.stringify(props)}`);
}

/** Which pages to render and which to take unchanged from the published site. */
export interface PagePlan<T> {
  render: T[];
  reuse: string[];
}

/**
 * Splits a route's pages: a page is reused when the published site has it
 * with the same digest, and rendered otherwise.
 * @param previous digests of the published site's pages, by path
 * @param published whether the published site still has a page's file
 */
export function planPages<T extends PageRecord>(
  pages: T[],
  previous: ReadonlyMap<string, string>,
  published: (path: string) => boolean,
): PagePlan<T> {
  const plan: PagePlan<T> = { render: [], reuse: [] };
  for (const page of pages) {
    if (previous.get(page.path) === page.digest && published(page.path)) {
      plan.reuse.push(page.path);
    } else {
      plan.render.push(page);
    }
  }
  return plan;
}

/** What a published site was built from and for how long it stays what a build would make. */
export interface BuildValidity {
  /** Digest of everything the build read: content, code, settings (see `digestBuildInputs`). */
  inputs?: string;
  /** The build's notion of now, ISO 8601. */
  builtAt?: string;
  /** The first instant at which the passing of time alone changes a page, ISO 8601. */
  validUntil?: string;
}

/**
 * Whether a build at `now` from `inputs` would make the published site again:
 * nothing it was built from has changed, and `now` lies in the span in which
 * time alone changes nothing (no article has come out since, none has left
 * the news sitemap; a clock set back is never trusted).
 */
export function isUpToDate(published: BuildValidity, inputs: string, now: Date): boolean {
  if (published.inputs !== inputs || published.builtAt === undefined) return false;
  const time = now.getTime();
  if (time < Date.parse(published.builtAt)) return false;
  return published.validUntil === undefined || time < Date.parse(published.validUntil);
}

/**
 * The first instant after `now` at which time alone changes a page, in
 * milliseconds: the next article coming out, or the news sitemap's oldest
 * article leaving it; none when neither will happen.
 * @param all every article, drafts and articles still to come included
 * @param current the articles published at `now` and not retracted
 */
export function findValidUntil(
  all: ArticleData[],
  current: ArticleData[],
  now: Date,
): number | undefined {
  const changes = [findNextPublication(all, now), findRecentExpiry(current, now)];
  const times = changes.filter((time) => time !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}
