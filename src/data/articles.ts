import { getCollection } from 'astro:content';
import { isPublished, sortNewestFirst, type ArticleData } from '../lib/articles.ts';
import { isoTimestamp, monthSegment } from '../lib/dates.ts';
import { findValidUntil } from '../lib/incremental.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { lastChange, orderFrontPage } from '../lib/corrections.ts';
import { createRelatedFinder } from '../lib/related.ts';
import { createReplyLinks } from '../lib/replies.ts';
import { linkTranslations } from '../lib/translations.ts';
import { createBreadcrumbs, createNewsArticle, type JsonLd } from '../lib/structured.ts';
import { buildTopicIndex, linkTopic, type TopicIndex } from '../lib/topics.ts';
import { createArticleView, type ArticleView } from '../lib/views.ts';
import { fillPictureSlots, renderFigure, renderPicture } from '../lib/pictures.ts';
import { readTopicMetadata } from '../loaders/topics.ts';
import { readBody } from '../loaders/bodies.ts';
import {
  articleLoaderKind,
  bodiesDir,
  buildTime,
  contentDir,
  absoluteUrl,
  publishedDir,
  site,
} from '../site.ts';
import { recordValidity } from './incremental.ts';
import { getNewsroomPages } from './pages.ts';
import { createArticlePictures, type ArticlePictures } from './pictures.ts';
import { readGlobArticles, readGlobBody } from './plain.ts';

/** An article with the digest under which its sanitized body HTML is stored. */
export type Article = ArticleData & { bodyDigest: string };

/** Everything the pages are built from, computed once per build. */
export interface SiteData {
  /** Published articles, newest first, retracted ones included (the archives keep them). */
  articles: Article[];
  /** Published articles that are not retracted: the front page, topics and feeds list these. */
  current: Article[];
  topics: TopicIndex<Article>;
  /** The listing view of each article. */
  view: (article: Article) => ArticleView;
  /** Every picture of each article. */
  pictures: (article: Article) => ArticlePictures;
}

let data: Promise<SiteData> | undefined;

async function loadSiteData(): Promise<SiteData> {
  const entries = await getCollection('articles');
  const all =
    articleLoaderKind === 'glob'
      ? readGlobArticles(entries)
      : entries.map((entry) => ({
          ...(entry.data as ArticleData),
          bodyDigest: String(entry.digest),
        }));
  // `npm run dev` previews drafts and articles dated after the build time.
  const preview = import.meta.env.MODE === 'development';
  const articles = sortNewestFirst(
    all.filter((article) => isPublished(article, buildTime, preview)),
  );
  const { metadata, problems } = readTopicMetadata(contentDir);
  // Metadata is checked against every article, drafts included, so that a
  // topic prepared for a draft is not an error.
  problems.push(...buildTopicIndex(all, metadata).problems);
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem(s) in the topics:\n  ${problems.join('\n  ')}`);
  }
  const topics = buildTopicIndex(articles, metadata);
  const { translations } = linkTranslations(articles);
  // Every picture is asked of Astro's pipeline here, by whichever route runs
  // first, so that each is written even when the pages that show it are
  // reused from the published site.
  const made = new Map<Article, ArticlePictures>();
  await Promise.all(
    articles
      .filter((article) => article.image || article.pictures.length > 0)
      .map(async (article) => made.set(article, await createArticlePictures(article))),
  );
  const pictures = (article: Article) => made.get(article) ?? { body: [] };
  const views = new Map<Article, ArticleView>();
  const view = (article: Article) => {
    let result = views.get(article);
    if (!result) {
      result = createArticleView(
        article,
        site.language,
        topics,
        translations.get(article),
        made.get(article)?.thumbnail,
      );
      views.set(article, result);
    }
    return result;
  };
  const current = articles.filter((article) => !article.retracted);
  if (publishedDir !== undefined) {
    recordValidity(buildTime, findValidUntil(all, current, buildTime));
  }
  return { articles, current, topics, view, pictures };
}

/** The site's data, loaded and indexed once per build and shared by every page. */
export function getSiteData(): Promise<SiteData> {
  data ??= loadSiteData();
  return data;
}

/** The sanitized body HTML of an article, by its `bodyDigest`. */
export function readArticleBody(bodyDigest: string): string {
  return articleLoaderKind === 'glob' ? readGlobBody(bodyDigest) : readBody(bodiesDir, bodyDigest);
}

/** An article's body HTML with its pictures in their slots. */
export function readArticleHtml(bodyDigest: string, pictures: readonly string[]): string {
  return fillPictureSlots(readArticleBody(bodyDigest), pictures);
}

/** Pages of a listing of articles under `baseUrl`, as views. */
export async function paginateArticles(
  articles: Article[],
  baseUrl: string,
): Promise<Page<ArticleView>[]> {
  const { view } = await getSiteData();
  return paginate(articles.map(view), site.pageSize, baseUrl);
}

/** Pages of the front page's listing: `/`, then `/page/2/` and on. */
export async function getFrontPages(): Promise<Page<ArticleView>[]> {
  return paginateArticles(orderFrontPage((await getSiteData()).current), '/');
}

/** Static paths of the front page's later pages, `/page/<n>/`. */
export async function getFrontPagePaths() {
  const pages = await getFrontPages();
  return pages.slice(1).map((page) => ({
    path: page.url,
    params: { page: String(page.number) },
    props: { page },
  }));
}

/** The structured data of an article page: the article and its breadcrumbs. */
function articleJsonLd(article: Article, view: ArticleView, shapes?: string[]): JsonLd[] {
  const firstPlace = view.places[0];
  return [
    createNewsArticle({
      url: absoluteUrl(article.url),
      title: article.title,
      summary: article.summary,
      published: isoTimestamp(article.date),
      modified: isoTimestamp(lastChange(article)),
      corrections: article.corrections.map((correction) => ({
        date: isoTimestamp(correction.date),
        text: correction.text,
      })),
      byline: article.byline,
      language: view.lang,
      image: shapes ? shapes.map(absoluteUrl) : [absoluteUrl('/share.png')],
      people: view.people,
      places: view.places,
      sources: view.sources,
      publisher: { name: site.name, url: site.url, logo: absoluteUrl('/share.png') },
      absolute: absoluteUrl,
    }),
    createBreadcrumbs([
      { name: site.name, url: site.url },
      ...(firstPlace ? [{ name: firstPlace.name, url: absoluteUrl(firstPlace.url) }] : []),
      { name: article.title, url: absoluteUrl(article.url) },
    ]),
  ];
}

// What an article page shows of its pictures: markup, and the share card.
function articlePictureProps(article: Article, made: ArticlePictures) {
  const image = article.image;
  return {
    ...(made.lead && image
      ? {
          lead: renderFigure(
            made.lead,
            { caption: image.caption, credit: image.credit },
            'lead-picture',
          ),
        }
      : {}),
    pictures: made.body.map(renderPicture),
    ...(made.share ? { shareImage: made.share.card } : {}),
  };
}

/** Static paths of every article page, `/<yyyy>/<mm>/<slug>/`, with related articles. */
export async function getArticlePaths() {
  const { articles, current, topics, view, pictures } = await getSiteData();
  // Related lists offer only articles that stand: no retracted ones.
  const findRelated = createRelatedFinder(current, topics);
  const policy = (await getNewsroomPages()).find((page) => page.slug === 'corrections-policy');
  return articles.map((article) => ({
    path: article.url,
    params: {
      year: String(article.date.year),
      month: monthSegment(article.date),
      slug: article.slug,
    },
    props: {
      view: view(article),
      body: article.bodyDigest,
      ...articlePictureProps(article, pictures(article)),
      related: findRelated(article).map(view),
      ...(article.places[0] ? { moreOn: linkTopic(topics, 'places', article.places[0]) } : {}),
      replies: createReplyLinks(
        site,
        {
          title: article.title,
          canonicalUrl: absoluteUrl(article.url),
        },
        policy?.url,
      ),
      webmentionEndpoint: site.webmentionEndpoint,
      jsonLd: articleJsonLd(article, view(article), pictures(article).share?.shapes),
    },
  }));
}
