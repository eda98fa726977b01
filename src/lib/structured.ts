import type { TopicLink } from './topics.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as JSON escapes, so that no text in it (a headline
 * holding `</script>`, say) can end the element or be read as markup.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `BreadcrumbList` from the home page down to the page itself. */
export function createBreadcrumbs(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** What a `NewsArticle` is made from; URLs absolute. */
export interface NewsArticleSource {
  url: string;
  title: string;
  summary: string;
  published: string;
  modified: string;
  byline?: string | undefined;
  language: string;
  image: string[];
  people: TopicLink[];
  places: TopicLink[];
  sources: TopicLink[];
  /** Corrections and clarifications, each with its ISO 8601 date. */
  corrections: { date: string; text: string }[];
  publisher: { name: string; url: string; logo: string };
  /** Turns a site-relative URL absolute. */
  absolute: (path: string) => string;
}

/**
 * A schema.org `NewsArticle`: its people and places as what it is `about`,
 * its sources as what it `mentions`.
 */
export function createNewsArticle(article: NewsArticleSource): JsonLd {
  const thing = (type: string) => (topic: TopicLink) => ({
    '@type': type,
    name: topic.name,
    url: article.absolute(topic.url),
  });
  const publisher = {
    '@type': 'Organization',
    name: article.publisher.name,
    url: article.publisher.url,
    logo: { '@type': 'ImageObject', url: article.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    datePublished: article.published,
    dateModified: article.modified,
    inLanguage: article.language,
    image: article.image,
    author: article.byline ? { '@type': 'Person', name: article.byline } : publisher,
    publisher,
    about: [...article.people.map(thing('Person')), ...article.places.map(thing('Place'))],
    mentions: article.sources.map(thing('Organization')),
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: correction.date,
          })),
        }
      : {}),
  };
}
