import XMLBuilder from 'fast-xml-builder';
import type { ArticleKind, Correction } from './articles.ts';
import { kindLabel, lastChange } from './corrections.ts';
import { isoTimestamp, rfc822, type ArticleDate } from './dates.ts';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** One article as every feed format needs it. */
export interface FeedEntry {
  /** Stable id: the canonical URL. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitized body HTML with absolute links and images. */
  contentHtml: string;
  /** ISO 8601 with offset. */
  published: string;
  updated: string;
  /** RFC 822 dates for RSS. */
  publishedRfc822: string;
  authors: string[];
  /** People and places. */
  categories: string[];
  language: string;
  /** The lead picture, absolute, as a JPEG every reader shows. */
  image?: FeedImage;
}

/** A feed entry's picture. */
export interface FeedImage {
  url: string;
  width: number;
  height: number;
}

/** What describes a feed as a whole. */
export interface FeedInfo {
  title: string;
  description: string;
  /** The page the feed follows, absolute. */
  homeUrl: string;
  /** The feed's own URL, absolute. */
  feedUrl: string;
  language: string;
  /** Publisher, used where an entry has no byline. */
  publisher: string;
  /** ISO 8601 time of the newest change. */
  updated: string;
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    image?: string;
    date_modified: string;
    authors: { name: string }[];
    tags: string[];
    language: string;
  }[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster'];

// A URL that does not parse (migrated archives have some) is left as written.
function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

const URL_ATTRIBUTE = /\s(href|src|cite|poster|srcset)="([^"]*)"/g;

// Whether every URL of a fragment serialized by the site is already absolute
// as written, so that parsing it again would change nothing. Most bodies link
// only to other sites; a topic feed repeats each body many times.
function isAlreadyAbsolute(html: string): boolean {
  for (const [, name, value = ''] of html.matchAll(URL_ATTRIBUTE)) {
    if (name === 'srcset' || value.includes('&') || !URL.canParse(value)) return false;
    if (new URL(value).href !== value) return false;
  }
  return true;
}

/**
 * Makes every relative link and image of an HTML fragment absolute against
 * `base`, as feed readers show it out of the site's context.
 */
export function absolutizeHtml(html: string, base: string): string {
  if (isAlreadyAbsolute(html)) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value, base);
    }
    const srcset = node.properties.srcSet;
    if (typeof srcset === 'string') {
      node.properties.srcSet = srcset
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, base), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}

const xmlDeclaration = { '?xml': { '@version': '1.0', '@encoding': 'utf-8' } };

/**
 * An RSS 2.0 document, with Dublin Core creators and an Atom self link; an
 * entry without a body has its summary alone.
 */
export function createRss(info: FeedInfo, entries: (FeedEntryHead | FeedEntry)[]): string {
  return builder.build({
    ...xmlDeclaration,
    rss: {
      '@version': '2.0',
      '@xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@xmlns:media': 'http://search.yahoo.com/mrss/',
      channel: {
        title: info.title,
        link: info.homeUrl,
        description: info.description,
        language: info.language,
        lastBuildDate: entries[0]?.publishedRfc822,
        'atom:link': { '@href': info.feedUrl, '@rel': 'self', '@type': 'application/rss+xml' },
        item: entries.map((entry) => ({
          title: entry.title,
          link: entry.url,
          guid: { '@isPermaLink': 'true', '#text': entry.id },
          pubDate: entry.publishedRfc822,
          'dc:creator': entry.authors.length > 0 ? entry.authors : [info.publisher],
          description: entry.summary,
          ...('contentHtml' in entry ? { 'content:encoded': entry.contentHtml } : {}),
          category: entry.categories,
          ...(entry.image
            ? {
                'media:content': {
                  '@url': entry.image.url,
                  '@medium': 'image',
                  '@type': 'image/jpeg',
                  '@width': entry.image.width,
                  '@height': entry.image.height,
                },
              }
            : {}),
        })),
      },
    },
  });
}

/** An Atom 1.0 document; each entry carries its language in `xml:lang`. */
export function createAtom(info: FeedInfo, entries: FeedEntry[]): string {
  return builder.build({
    ...xmlDeclaration,
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': info.language,
      id: info.homeUrl,
      title: { '@type': 'text', '#text': info.title },
      subtitle: { '@type': 'text', '#text': info.description },
      updated: info.updated,
      link: [
        { '@rel': 'alternate', '@type': 'text/html', '@href': info.homeUrl },
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': info.feedUrl },
      ],
      author: { name: info.publisher },
      entry: entries.map((entry) => ({
        '@xml:lang': entry.language,
        id: entry.id,
        title: { '@type': 'text', '#text': entry.title },
        link: [
          { '@rel': 'alternate', '@type': 'text/html', '@href': entry.url },
          ...(entry.image
            ? [{ '@rel': 'enclosure', '@type': 'image/jpeg', '@href': entry.image.url }]
            : []),
        ],
        published: entry.published,
        updated: entry.updated,
        author: entry.authors.map((name) => ({ name })),
        summary: { '@type': 'text', '#text': entry.summary },
        content: { '@type': 'html', '#text': entry.contentHtml },
        category: entry.categories.map((term) => ({ '@term': term })),
      })),
    },
  });
}

/** A JSON Feed 1.1 document, as a typed object for `JSON.stringify`. */
export function createJsonFeed(info: FeedInfo, entries: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.feedUrl,
    description: info.description,
    language: info.language,
    authors: [{ name: info.publisher }],
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: entry.published,
      ...(entry.image ? { image: entry.image.url } : {}),
      date_modified: entry.updated,
      authors: (entry.authors.length > 0 ? entry.authors : [info.publisher]).map((name) => ({
        name,
      })),
      tags: entry.categories,
      language: entry.language,
    })),
  };
}

/** What a feed entry is made from. */
export interface FeedSource {
  url: string;
  title: string;
  summary: string;
  date: ArticleDate;
  updated?: ArticleDate | undefined;
  byline?: string | undefined;
  corrections: Correction[];
  retracted?: { date: ArticleDate; reason: string } | undefined;
  kind: ArticleKind;
}

/** A feed entry without its body: everything a feed says of an article but its text. */
export type FeedEntryHead = Omit<FeedEntry, 'contentHtml'>;

/**
 * Describes an article as a feed entry, its body left out: canonical URL as
 * its stable id, dates with their offsets.
 */
export function createFeedEntryHead(
  article: FeedSource,
  options: {
    siteUrl: string;
    language: string;
    categories: string[];
    image?: FeedImage | undefined;
  },
): FeedEntryHead {
  const url = new URL(article.url, options.siteUrl).href;
  const label = kindLabel(article.kind);
  return {
    id: url,
    url,
    // A label such as "Opinion" leads the title, so no reader mistakes it for news.
    title: label ? `${label}: ${article.title}` : article.title,
    summary: article.summary,
    published: isoTimestamp(article.date),
    updated: isoTimestamp(lastChange(article)),
    publishedRfc822: rfc822(article.date),
    authors: article.byline ? [article.byline] : [],
    categories: options.categories,
    language: options.language,
    ...(options.image
      ? { image: { ...options.image, url: new URL(options.image.url, options.siteUrl).href } }
      : {}),
  };
}

/**
 * A feed entry for a correction, clarification or retraction: titled with
 * its label and the article's headline, dated when it was made, with a stable
 * id of its own under the article's URL.
 */
export function createNoticeEntry(
  notice: {
    url: string;
    title: string;
    label: string;
    date: ArticleDate;
    text: string;
    index: number;
  },
  options: { siteUrl: string; language: string; publisher: string },
): FeedEntry {
  const url = new URL(notice.url, options.siteUrl).href;
  return {
    id: `${url}#corrections-${notice.index + 1}`,
    url: `${url}#corrections`,
    title: `${notice.label}: ${notice.title}`,
    summary: notice.text,
    contentHtml: toHtml({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: notice.text }],
    }),
    published: isoTimestamp(notice.date),
    updated: isoTimestamp(notice.date),
    publishedRfc822: rfc822(notice.date),
    authors: [options.publisher],
    categories: [notice.label],
    language: options.language,
  };
}
