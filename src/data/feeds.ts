import {
  absolutizeHtml,
  createFeedEntryHead,
  type FeedEntry,
  type FeedEntryHead,
  type FeedImage,
  type FeedInfo,
} from '../lib/feeds.ts';
import { renderPicture, type PictureView } from '../lib/pictures.ts';
import { linkTopic, TOPIC_KINDS } from '../lib/topics.ts';
import { absoluteUrl, site } from '../site.ts';
import { getSiteData, readArticleHtml, type Article } from './articles.ts';
import { KIND_LABELS } from './topics.ts';

/** Entries in each feed. */
export const FEED_SIZE = 50;

// The lead picture's JPEG, for feed readers; none for a picture shown from a URL.
function feedImage(lead: PictureView | undefined): FeedImage | undefined {
  return lead?.width && lead.height && lead.sources.length > 0
    ? { url: lead.src, width: lead.width, height: lead.height }
    : undefined;
}

async function headsOf(articles: Article[]): Promise<FeedEntryHead[]> {
  const { topics, pictures } = await getSiteData();
  return articles.slice(0, FEED_SIZE).map((article) =>
    createFeedEntryHead(article, {
      siteUrl: site.url,
      language: article.lang ?? site.language,
      image: feedImage(pictures(article).lead),
      categories: [
        ...article.people.map((name) => linkTopic(topics, 'people', name).name),
        ...article.places.map((name) => linkTopic(topics, 'places', name).name),
      ],
    }),
  );
}

// The site feeds carry each article's full text, links made absolute for feed readers.
async function entriesOf(articles: Article[]): Promise<FeedEntry[]> {
  const heads = await headsOf(articles);
  const { pictures } = await getSiteData();
  return heads.map((head, index) => {
    const article = articles[index]!;
    const html = readArticleHtml(article.bodyDigest, pictures(article).body.map(renderPicture));
    return { ...head, contentHtml: absolutizeHtml(html, head.url) };
  });
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

/**
 * Static paths of every topic's RSS feed, `/<kind>/<slug>/feed.xml`. Topic
 * feeds carry each article's summary, not its text: the full text is in the
 * site feeds, and thousands of topic feeds repeating it would be a third of
 * the site's size.
 */
export async function getTopicFeedPaths() {
  const { topics } = await getSiteData();
  const paths = [];
  for (const kind of TOPIC_KINDS) {
    for (const topic of topics.topics[kind].values()) {
      const entries = await headsOf(topic.allArticles.filter((article) => !article.retracted));
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
