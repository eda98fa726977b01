import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { ArticleData } from '../lib/articles.ts';
import { lastChange } from '../lib/corrections.ts';
import { isoTimestamp } from '../lib/dates.ts';

/** What the sitemap and the redirects need of an article. */
export interface ArticleSummary {
  /** ISO 8601 time of the last change: update, correction or retraction. */
  lastmod: string;
  aliases: string[];
}

/**
 * Writes each article's last change and aliases, by its site-relative URL,
 * for the sitemap and the redirects file, which are written after the pages.
 * Drafts are left out.
 */
export async function writeArticleSummaries(file: string, articles: ArticleData[]): Promise<void> {
  const summaries: [string, ArticleSummary][] = articles
    .filter((article) => !article.draft)
    .map((article) => [
      article.url,
      { lastmod: isoTimestamp(lastChange(article)), aliases: article.aliases },
    ]);
  await writeFile(file, JSON.stringify(summaries));
}

/** The summaries that the articles loader wrote for this build; none before it has run. */
export function readArticleSummaries(file: string): Map<string, ArticleSummary> {
  if (!existsSync(file)) return new Map();
  return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, ArticleSummary][]);
}
