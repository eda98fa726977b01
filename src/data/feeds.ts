import { createFeedEntry, type FeedEntry, type FeedInfo } from '../lib/feeds.ts';
import { linkTopic, TOPIC_KINDS } from '../lib/topics.ts';
import { absoluteUrl, site } from '../site.ts';
import { getSiteData, type Article } from './articles.ts';
import { KIND_LABELS } from './topics.ts';

/** Entries in each feed. */
export const FEED_SIZE = 50;

async function entriesOf(articles: Article[]): Promise<FeedEntry[]> {
  const { topics } = await getSiteData();
  return articles.slice(0, FEED_SIZE).map((article) =>
    createFeedEntry(article, {
      siteUrl: site.url,
      language: article.lang ?? site.language,
      categories: [
        ...article.people.map((name) => linkTopic(topics, 'people', name).name),
        ...article.places.map((name) => linkTopic(topics, 'places', name).name),
      ],
    }),
  );
}

function info(
  title: string,
  description: string,
  home: string,
  feed: string,
  entries: FeedEntry[],
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
      const entries = await entriesOf(topic.allArticles.filter((article) => !article.retracted));
      paths.push({
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
