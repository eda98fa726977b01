import { getCollection } from 'astro:content';
import { isPublished, sortNewestFirst, type ArticleData } from '../lib/articles.ts';
import { monthSegment } from '../lib/dates.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { createArticleView, type ArticleView } from '../lib/views.ts';
import { buildTime, site } from '../site.ts';

/** An article with its sanitized body HTML. */
export interface Article extends ArticleData {
  html: string;
}

let published: Promise<Article[]> | undefined;

/**
 * Published articles, newest first. `npm run dev` also shows drafts and
 * articles dated after the build time.
 */
export function getArticles(): Promise<Article[]> {
  published ??= getCollection('articles').then((entries) =>
    sortNewestFirst(
      entries
        .map((entry) => ({ ...(entry.data as ArticleData), html: entry.rendered?.html ?? '' }))
        .filter((article) =>
          isPublished(article, buildTime, import.meta.env.MODE === 'development'),
        ),
    ),
  );
  return published;
}

/** Pages of the front page's listing: `/`, then `/page/2/` and on. */
export async function getFrontPages(): Promise<Page<ArticleView>[]> {
  const articles = await getArticles();
  return paginate(
    articles.map((article) => createArticleView(article, site.language)),
    site.pageSize,
    '/',
  );
}

/** Static paths of the front page's later pages, `/page/<n>/`. */
export async function getFrontPagePaths() {
  const pages = await getFrontPages();
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Static paths of every article page, `/<yyyy>/<mm>/<slug>/`. */
export async function getArticlePaths() {
  const articles = await getArticles();
  return articles.map((article) => ({
    params: {
      year: String(article.date.year),
      month: monthSegment(article.date),
      slug: article.slug,
    },
    props: { view: createArticleView(article, site.language), html: article.html },
  }));
}
