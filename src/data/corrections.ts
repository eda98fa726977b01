import { listCorrections, noticeLabel } from '../lib/corrections.ts';
import { createNoticeEntry, type FeedInfo } from '../lib/feeds.ts';
import { createDateView } from '../lib/views.ts';
import { absoluteUrl, site } from '../site.ts';
import { getSiteData } from './articles.ts';
import { FEED_SIZE } from './feeds.ts';

/** Every correction, clarification and retraction, newest first, ready to show. */
export async function getCorrections() {
  const { articles, view } = await getSiteData();
  return listCorrections(articles).map((entry) => ({
    label: noticeLabel(entry.kind),
    date: createDateView(entry.date, site.language),
    text: entry.text,
    article: view(entry.article),
    // A retraction's notice tops the article; corrections are listed at its end.
    href: entry.kind === 'retraction' ? entry.article.url : `${entry.article.url}#corrections`,
  }));
}

/** The corrections feed, `/corrections/feed.xml`. */
export async function getCorrectionsFeed() {
  const { articles } = await getSiteData();
  const entries = listCorrections(articles)
    .slice(0, FEED_SIZE)
    .map((entry) =>
      createNoticeEntry(
        {
          url: entry.article.url,
          title: entry.article.title,
          label: noticeLabel(entry.kind),
          date: entry.date,
          text: entry.text,
          index:
            entry.kind === 'retraction'
              ? entry.article.corrections.length
              : entry.article.corrections.findIndex((item) => item.date === entry.date),
        },
        { siteUrl: site.url, language: site.language, publisher: site.name },
      ),
    );
  const info: FeedInfo = {
    title: `Corrections · ${site.name}`,
    description: `Every correction, clarification and retraction published by ${site.name}.`,
    homeUrl: absoluteUrl('/corrections/'),
    feedUrl: absoluteUrl('/corrections/feed.xml'),
    language: site.language,
    publisher: site.name,
    updated: entries[0]?.updated ?? '',
  };
  return { info, entries };
}
