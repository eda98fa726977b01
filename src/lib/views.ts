import { readingMinutes, type ArticleData } from './articles.ts';
import { kindLabel, lastChange, noticeLabel } from './corrections.ts';
import { formatDay, isoDateTime } from './dates.ts';
import { readInLabel, textDirection } from './languages.ts';
import type { PictureView } from './pictures.ts';
import { linkTopic, type TopicIndex, type TopicLink } from './topics.ts';

/** A date ready for a `<time>` element. */
export interface DateView {
  /** The day in words, in the site's language. */
  text: string;
  /** ISO 8601 for the `datetime` attribute. */
  iso: string;
}

/** A source as an article shows it: its topic page, and its own page when known. */
export interface SourceView extends TopicLink {
  /** The source's own address, from the article or else from the topic metadata. */
  homepage?: string;
}

/** A link to one translation of an article, labelled in its own language. */
export interface TranslationLink {
  lang: string;
  dir: 'ltr' | 'rtl';
  label: string;
  url: string;
}

/** What a page shows of an article, in listings and on its own page. */
export interface ArticleView {
  title: string;
  /** The article's language and writing direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  translations: TranslationLink[];
  url: string;
  summary: string;
  published: DateView;
  /** The moment of publication in UTC (ISO 8601), which sorts as text: for search. */
  publishedInstant: string;
  updated?: DateView;
  /** First place of the article, for the dateline. */
  placeline?: string;
  byline?: string;
  sources: SourceView[];
  people: TopicLink[];
  places: TopicLink[];
  readingMinutes: number;
  /** "Opinion", "Analysis" and the like; none for news. */
  kindLabel?: string;
  /** Corrections and clarifications, oldest first, for the notices and the list. */
  corrections: { label: string; date: DateView; text: string }[];
  retraction?: { date: DateView; reason: string };
  /** The lead picture, cropped small for listings. */
  thumbnail?: PictureView;
}

/** Formats a date for a `<time>` element. */
export function createDateView(date: ArticleData['date'], locale: string): DateView {
  return { text: formatDay(date, locale), iso: isoDateTime(date) };
}

/**
 * Prepares an article for display. Dates are written as the day the writer
 * gave, in the article's own language; "Updated" appears only when it is later. Topic
 * names go through the index, so aliases show as their topic.
 */
export function createArticleView(
  article: ArticleData,
  siteLanguage: string,
  index: TopicIndex,
  translations: { lang?: string | undefined; url: string }[] = [],
  thumbnail?: PictureView,
): ArticleView {
  // Dates are written in the article's own language; labels stay the site's.
  const lang = article.lang ?? siteLanguage;
  // "Updated" is the last change: an update, a correction or a retraction.
  const changed = lastChange(article);
  const updated =
    changed.instant > article.date.instant ? { updated: createDateView(changed, lang) } : {};
  const label = kindLabel(article.kind);
  const places = article.places.map((name) => linkTopic(index, 'places', name));
  return {
    title: article.title,
    lang,
    dir: textDirection(lang),
    translations: translations.map((translation) => {
      const other = translation.lang ?? siteLanguage;
      return {
        lang: other,
        dir: textDirection(other),
        label: readInLabel(other),
        url: translation.url,
      };
    }),
    url: article.url,
    summary: article.summary,
    published: createDateView(article.date, lang),
    publishedInstant: article.date.instant,
    ...updated,
    ...(places[0] ? { placeline: places[0].name } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    sources: article.sources.map((source) => {
      const link = linkTopic(index, 'sources', source.name);
      const homepage = source.url ?? index.topics.sources.get(link.slug)?.homepage;
      return { ...link, ...(homepage ? { homepage } : {}) };
    }),
    people: article.people.map((name) => linkTopic(index, 'people', name)),
    places,
    readingMinutes: readingMinutes(article.words),
    ...(label ? { kindLabel: label } : {}),
    corrections: article.corrections.map((correction) => ({
      label: noticeLabel(correction.kind),
      date: createDateView(correction.date, siteLanguage),
      text: correction.text,
    })),
    ...(article.retracted
      ? {
          retraction: {
            date: createDateView(article.retracted.date, siteLanguage),
            reason: article.retracted.reason,
          },
        }
      : {}),
    ...(thumbnail ? { thumbnail } : {}),
  };
}
