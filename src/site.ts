import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';

const settingsSchema = z
  .object({
    /** The newsroom's name, in the header and the page titles. */
    name: z.string().trim().min(1),
    /** One sentence about the site, for the front page's description. */
    description: z.string().trim().min(1),
    /** Canonical origin of the published site; links and feeds are built on it. */
    url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/*$/, '/')),
    /** BCP 47 language of the site, for `lang` and for dates in words. */
    language: z.string().refine((tag) => Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0, {
      error: 'must be a BCP 47 language tag such as en-GB',
    }),
    /** IANA time zone for dates and times written without an offset. */
    timeZone: z.string().refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'must be an IANA time zone such as Asia/Kabul' },
    ),
    /** Articles on each page of a listing. */
    pageSize: z.int().min(1).max(500),
    /** Where readers' replies go (the reply section). */
    replyEmail: z.email({
      error: (issue) =>
        issue.input === undefined || issue.input === null || issue.input === ''
          ? 'the reply section needs an email address: set "replyEmail" in site.json'
          : `"${String(issue.input)}" is not an email address: set "replyEmail" in site.json to one`,
    }),
    /** Where suggested corrections go; the reply address when not set. */
    correctionsEmail: z
      .email({ error: 'must be an email address, or left out to use "replyEmail"' })
      .optional(),
    /** Heading of the reply section. */
    replyHeading: z.string().trim().min(1),
    /** A Webmention endpoint announced on article pages, for replies written elsewhere. */
    webmentionEndpoint: z.url({ protocol: /^https?$/ }).optional(),
    /** Hosts whose pictures articles may show by URL; pictures from anywhere else are refused. */
    imageHosts: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9.-]+$/i, { error: 'must be a host name such as images.example.org' }),
      )
      .default([]),
    /** A "Discuss elsewhere" link: a URL with `{url}` where the article's address goes. */
    discussUrlTemplate: z
      .url({ protocol: /^https?$/ })
      .refine((template) => template.includes('{url}'), {
        error: 'must contain {url} where the article address goes',
      })
      .optional(),
  })
  .strict();

export type SiteSettings = z.output<typeof settingsSchema>;

/** Defaults: they build the seed site. A content folder's `site.json` overrides any of them. */
export const DEFAULT_SETTINGS: SiteSettings = {
  name: 'Dateline',
  description: 'News from Afghanistan and the region, with its sources.',
  url: 'https://dateline.example/',
  language: 'en-GB',
  timeZone: 'Asia/Kabul',
  pageSize: 20,
  replyEmail: 'newsroom@dateline.example',
  replyHeading: 'Leave a Reply',
  imageHosts: [],
};

/**
 * Merges a `site.json` object over the defaults and validates the result.
 * @throws Error naming the file and every bad field.
 */
export function resolveSettings(overrides: unknown, file: string): SiteSettings {
  const result = settingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(overrides as Record<string, unknown>),
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) =>
      `${issue.path.join('.') || ('keys' in issue ? issue.keys.join(', ') : 'settings')}: ${issue.message}`,
  );
  throw new Error(`${file}: invalid site settings\n  ${problems.join('\n  ')}`);
}

/**
 * Parses `BUILD_TIME`, the build's notion of now.
 * @throws Error when it is set but is not an ISO 8601 date-time.
 */
export function resolveBuildTime(value: string | undefined, now: Date): Date {
  if (value === undefined || value === '') return now;
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time)) {
    throw new Error(`BUILD_TIME: "${value}" is not an ISO 8601 date-time`);
  }
  return new Date(time);
}

function readSiteJson(file: string): unknown {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Folder of the content: `CONTENT_DIR`, else `./content`. */
export const contentDir = resolve(process.env.CONTENT_DIR || 'content');

/** Folder the site is written to: `OUT_DIR`, else `./dist`. */
export const outDir = resolve(process.env.OUT_DIR || 'dist');

/**
 * Which loader reads the articles: the site's own, or Astro's `glob()` when
 * `DATELINE_LOADER=glob`, the plain setup that the benchmark compares with.
 */
export const articleLoaderKind: 'dateline' | 'glob' =
  process.env.DATELINE_LOADER === 'glob' ? 'glob' : 'dateline';

/**
 * Folder of the build's caches: one a content folder and loader, so that
 * builds of different folders never share a data store or a rendered body.
 */
export const cacheDir = cacheDirFor(contentDir, articleLoaderKind);

/** The cache folder of a content folder and loader (see `cacheDir`). */
export function cacheDirFor(content: string, loader: typeof articleLoaderKind): string {
  const key = createHash('sha256').update(`${content}\n${loader}`).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro', key);
}

/** Folder of the articles' rendered bodies, kept between builds. */
export const bodiesDir = resolve(cacheDir, 'bodies');

/** Where the articles loader lists the build's picture files. */
export const picturesFile = resolve(cacheDir, 'pictures.json');

/** Where the articles loader leaves what the sitemap and the redirects need. */
export const summariesFile = resolve(cacheDir, 'summaries.json');

/**
 * The site as last published, whose unchanged pages a build may reuse:
 * `PUBLISHED_DIR`, which `npm run build` sets; none otherwise.
 */
export const publishedDir = process.env.PUBLISHED_DIR
  ? resolve(process.env.PUBLISHED_DIR)
  : undefined;

const siteJson = resolve(contentDir, 'site.json');

/** The site's settings in force for this build. */
export const site: SiteSettings = resolveSettings(readSiteJson(siteJson), siteJson);

/**
 * The build's notion of now: `BUILD_TIME`, else the clock. Whatever a page
 * takes from it must count in how long a build stays current (the
 * `recordValidity` call in `data/articles.ts`), or `npm run build` would keep
 * a site that time has changed.
 */
export const buildTime: Date = resolveBuildTime(process.env.BUILD_TIME, new Date());

/** The absolute URL of a site-relative path on the published site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
