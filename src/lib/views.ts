import { readingMinutes, type ArticleData } from './articles.ts';
import { formatDay, isoDateTime } from './dates.ts';
import { linkTopics, type TopicLink } from './topics.ts';

/** A date ready for a `<time>` element. */
export interface DateView {
  /** The day in words, in the site's language. */
  text: string;
  /** ISO 8601 for the `datetime` attribute. */
  iso: string;
}

/** What a page shows of an article, in listings and on its own page. */
export interface ArticleView {
  title: string;
  url: string;
  summary: string;
  published: DateView;
  updated?: DateView;
  /** First place of the article, for the dateline. */
  placeline?: string;
  byline?: string;
  sources: { name: string; url?: string }[];
  people: TopicLink[];
  places: TopicLink[];
  readingMinutes: number;
}

/**
 * Prepares an article for display. Dates are written as the day the writer
 * gave, in `locale`; "Updated" appears only when it is a later day or time.
 */
export function createArticleView(article: ArticleData, locale: string): ArticleView {
  const updated =
    article.updated && article.updated.instant > article.date.instant
      ? { updated: { text: formatDay(article.updated, locale), iso: isoDateTime(article.updated) } }
      : {};
  return {
    title: article.title,
    url: article.url,
    summary: article.summary,
    published: { text: formatDay(article.date, locale), iso: isoDateTime(article.date) },
    ...updated,
    ...(article.places[0] ? { placeline: article.places[0] } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    sources: article.sources,
    people: linkTopics('people', article.people),
    places: linkTopics('places', article.places),
    readingMinutes: readingMinutes(article.words),
  };
}
