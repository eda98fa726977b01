import { dateValue, monthSegment, type ArticleDate } from './dates.ts';
import { decodeText, readFrontmatter } from './frontmatter.ts';
import type { BodyFacts, BodyPicture } from './markdown.ts';
import {
  ARTICLE_KINDS,
  createFrontmatterSchema,
  findUnknownKeys,
  formatIssue,
  type Frontmatter,
  type Source,
} from './schema.ts';
import { slugify } from './slugs.ts';

/** An article's data as the pages use it. */
export type ArticleData = {
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  summary: string;
  byline?: string;
  sources: Source[];
  people: string[];
  places: string[];
  draft: boolean;
  slug: string;
  /** Site-relative URL, `/<yyyy>/<mm>/<slug>/`. */
  url: string;
  /** Path of the source file, relative to the content folder. */
  file: string;
  words: number;
  /** BCP 47 language, when it is not the site's. */
  lang?: string;
  /** Path or slug of the article this one translates. */
  translationOf?: string;
  corrections: Correction[];
  retracted?: { date: ArticleDate; reason: string };
  kind: ArticleKind;
  featured: boolean;
  /** Old paths that redirect to this article. */
  aliases: string[];
  /** The lead picture, shown under the headline and in listings, feeds and share cards. */
  image?: LeadPicture;
  /** The body's pictures, in the order of their slots in the body. */
  pictures: BodyPicture[];
};

/**
 * A lead picture. Its `src` is a picture file's path in the content folder,
 * or a URL of an allowed host. Alt text is empty only for a decorative picture.
 */
export interface LeadPicture {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** A dated correction or clarification of an article. */
export interface Correction {
  date: ArticleDate;
  text: string;
  kind: 'correction' | 'clarification';
}

export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Result of reading one article file's front-matter. */
export type CheckedFile =
  | {
      ok: true;
      frontmatter: Frontmatter;
      slug: string;
      url: string;
      /** The Markdown after the front-matter. */
      body: string;
      warnings: string[];
    }
  | { ok: false; errors: string[]; warnings: string[] };

const SUMMARY_LENGTH = 200;
const WORDS_PER_MINUTE = 200;

/** Site-relative URL of an article: year and month of its date as written. */
export function articleUrl(date: ArticleDate, slug: string): string {
  return `/${date.year}/${monthSegment(date)}/${slug}/`;
}

/** Default slug of an article: its file name without the extension. */
export function slugFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  return slugify(name.replace(/\.md$/i, ''));
}

/**
 * Plain-text summary from a lead paragraph: whitespace collapsed, at most
 * about `maxLength` characters, cut at a word boundary with an ellipsis.
 */
export function deriveSummary(text: string, maxLength = SUMMARY_LENGTH): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : plain.slice(0, maxLength);
  return `${words.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Reads and validates an article file's front-matter. Every problem is
 * reported as `field: what is wrong`; keys the site does not use are warnings.
 */
export function checkArticleFile(file: string, text: string, timeZone: string): CheckedFile {
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = readFrontmatter(text));
  } catch (error) {
    return { ok: false, errors: [(error as Error).message], warnings: [] };
  }
  const warnings = findUnknownKeys(data).map((key) => `${key}: unknown key, ignored`);
  const result = createFrontmatterSchema(timeZone).safeParse(data);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => formatIssue(issue)), warnings };
  }
  const frontmatter = result.data;
  const slug = frontmatter.slug ?? slugFromFile(file);
  if (slug === '') {
    return { ok: false, errors: ['slug: the file name gives no slug; set one'], warnings };
  }
  return { ok: true, frontmatter, slug, url: articleUrl(frontmatter.date, slug), body, warnings };
}

/**
 * Decodes an article file's bytes and checks its front-matter; the decoded
 * text comes back for rendering. Bytes that are not UTF-8 are an error.
 */
export function checkArticleBytes(
  file: string,
  bytes: Uint8Array,
  timeZone: string,
): CheckedFile & { text: string } {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message], warnings: [], text: '' };
  }
  return { ...checkArticleFile(file, text, timeZone), text };
}

/**
 * Puts together an article's data from its checked front-matter, body facts
 * and pictures (their `src` as checked by the loader).
 */
export function createArticleData(
  file: string,
  checked: Extract<CheckedFile, { ok: true }>,
  facts: BodyFacts,
  pictures: { lead?: string | undefined; body: BodyPicture[] } = { body: [] },
): ArticleData {
  const { frontmatter } = checked;
  const image = frontmatter.image;
  return {
    title: frontmatter.title,
    date: frontmatter.date,
    ...(frontmatter.updated ? { updated: frontmatter.updated } : {}),
    summary: frontmatter.summary ?? deriveSummary(facts.lead),
    ...(frontmatter.byline ? { byline: frontmatter.byline } : {}),
    sources: frontmatter.sources,
    people: frontmatter.people,
    places: frontmatter.places,
    draft: frontmatter.draft,
    slug: checked.slug,
    url: checked.url,
    file,
    words: facts.words,
    ...(frontmatter.lang ? { lang: frontmatter.lang } : {}),
    ...(frontmatter.translationOf ? { translationOf: frontmatter.translationOf } : {}),
    corrections: frontmatter.corrections,
    ...(frontmatter.retracted ? { retracted: frontmatter.retracted } : {}),
    kind: frontmatter.kind,
    featured: frontmatter.featured,
    aliases: frontmatter.aliases,
    ...(image && pictures.lead
      ? {
          image: {
            src: pictures.lead,
            alt: image.decorative ? '' : (image.alt ?? ''),
            ...(image.caption ? { caption: image.caption } : {}),
            ...(image.credit ? { credit: image.credit } : {}),
          },
        }
      : {}),
    pictures: pictures.body,
  };
}

/**
 * Finds articles that would be written to the same URL.
 * @returns one message per URL taken more than once, naming every file.
 */
export function findUrlClashes(articles: { url: string; file: string }[]): string[] {
  const byUrl = new Map<string, string[]>();
  for (const { url, file } of articles) byUrl.set(url, [...(byUrl.get(url) ?? []), file]);
  return [...byUrl]
    .filter(([, files]) => files.length > 1)
    .map(
      ([url, files]) => `${url} is the URL of more than one article: ${files.sort().join(', ')}`,
    );
}

/**
 * Whether an article is published at `now`: not a draft and not dated in the
 * future. Previews (`npm run dev`) pass `includeUnpublished` to show them all.
 */
export function isPublished(article: ArticleData, now: Date, includeUnpublished = false): boolean {
  if (includeUnpublished) return true;
  return !article.draft && dateValue(article.date) <= now.getTime();
}

/**
 * The first instant after `now` at which an article that is not a draft
 * becomes published (see `isPublished`), in milliseconds; none when no
 * article waits.
 */
export function findNextPublication(articles: ArticleData[], now: Date): number | undefined {
  let next: number | undefined;
  for (const article of articles) {
    const time = dateValue(article.date);
    if (!article.draft && time > now.getTime() && (next === undefined || time < next)) next = time;
  }
  return next;
}

/**
 * Order of articles newest first, ties broken by URL so that it never varies.
 * Compares the UTC instants as text, which sorts them in time and is cheap.
 */
export function compareNewestFirst(
  a: { date: ArticleDate; url: string },
  b: { date: ArticleDate; url: string },
): number {
  if (a.date.instant !== b.date.instant) return a.date.instant < b.date.instant ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Articles newest first; ties broken by URL so the order never varies. */
export function sortNewestFirst<T extends { date: ArticleDate; url: string }>(articles: T[]): T[] {
  return [...articles].sort(compareNewestFirst);
}
