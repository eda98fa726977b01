import {
  absolutizeHtml,
  createFeedEntryHead,
  type FeedEntry,
  type FeedEntryHead,
  type FeedInfo,
} from '../lib/feeds.ts';
import { linkTopic, TOPIC_KINDS } from '../lib/topics.ts';
import { absoluteUrl, site } from '../site.ts';
import { getSiteData, readArticleBody, type Article } from './articles.ts';
import { KIND_LABELS } from './topics.ts';

/** Entries in each feed. */
export const FEED_SIZE = 50;

/** A feed entry whose body is read only when its feed is written. */
export type DraftEntry = FeedEntryHead & { body: string };

async function draftsOf(articles: Article[]): Promise<DraftEntry[]> {
  const { topics } = await getSiteData();
  return articles.slice(0, FEED_SIZE).map((article) => {
    const entry = createFeedEntryHead(article, {
      siteUrl: site.url,
      language: article.lang ?? site.language,
      categories: [
        ...article.people.map((name) => linkTopic(topics, 'people', name).name),
        ...article.places.map((name) => linkTopic(topics, 'places', name).name),
      ],
    });
    return { ...entry, body: article.bodyDigest };
  });
}

// Topic feeds repeat the newest articles many times over; a bounded cache of
// their feed bodies saves reading and rewriting each one again.
const FEED_BODY_CACHE = 10_000;
const feedBodies = new Map<string, string>();

function feedBody(body: string, url: string): string {
  let html = feedBodies.get(body);
  if (html === undefined) {
    html = absolutizeHtml(readArticleBody(body), url);
    if (feedBodies.size >= FEED_BODY_CACHE) feedBodies.delete(feedBodies.keys().next().value!);
  } else {
    feedBodies.delete(body);
  }
  feedBodies.set(body, html);
  return html;
}

/** Feed entries with their bodies, links made absolute for feed readers. */
export function completeEntries(drafts: DraftEntry[]): FeedEntry[] {
  return drafts.map(({ body, ...entry }) => ({ ...entry, contentHtml: feedBody(body, entry.url) }));
}

async function entriesOf(articles: Article[]): Promise<FeedEntry[]> {
  return completeEntries(await draftsOf(articles));
}

function info(
  title: string,
  description: string,
  home: string,
  feed: string,
  entries: { updated: string }[],
): FeedInfo {
  return {
    title,
    description,
    homeUrl: absoluteUrl(home),
    feedUrl: absoluteUrl(feed),
    language: site.language,
    publisher: site.name,
    updated: entries.reduce(
      (latest, entry) => (entry.updated > latest ? entry.updated : latest),
      '',
    ),
  };
}

/** The site feed's entries and description, for `/feed.xml`, `/atom.xml` and `/feed.json`. */
export async function getSiteFeed(feedPath: string) {
  const entries = await entriesOf((await getSiteData()).current);
  return { info: info(site.name, site.description, '/', feedPath, entries), entries };
}

/** Static paths of every topic's RSS feed, `/<kind>/<slug>/feed.xml`. */
export async function getTopicFeedPaths() {
  const { topics } = await getSiteData();
  const paths = [];
  for (const kind of TOPIC_KINDS) {
    for (const topic of topics.topics[kind].values()) {
      const entries = await draftsOf(topic.allArticles.filter((article) => !article.retracted));
      paths.push({
        path: `${topic.url}feed.xml`,
        params: { kind, slug: topic.slug },
        props: {
          info: info(
            `${topic.name} · ${site.name}`,
            `${KIND_LABELS[kind].singular}: the newest articles about ${topic.name}.`,
            topic.url,
            `${topic.url}feed.xml`,
            entries,
          ),
          entries,
        },
      });
    }
  }
  return paths;
}
