import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkArticleBytes } from '../lib/articles.ts';
import { lastChange } from '../lib/corrections.ts';
import { isoTimestamp } from '../lib/dates.ts';
import { listMarkdownFiles } from './files.ts';

/** What the sitemap and the redirects need of an article, read before the build. */
export interface ArticleSummary {
  /** ISO 8601 time of the last change: update, correction or retraction. */
  lastmod: string;
  aliases: string[];
}

/**
 * Each published article's last change and aliases, by its site-relative URL.
 * Files with errors are left to the build to report; drafts are left out.
 */
export async function readArticleSummaries(
  contentDir: string,
  timeZone: string,
): Promise<Map<string, ArticleSummary>> {
  const root = join(contentDir, 'articles');
  const result = new Map<string, ArticleSummary>();
  for (const file of await listMarkdownFiles(root)) {
    const checked = checkArticleBytes(file, await readFile(join(root, file)), timeZone);
    if (checked.ok && !checked.frontmatter.draft) {
      result.set(checked.url, {
        lastmod: isoTimestamp(lastChange(checked.frontmatter)),
        aliases: checked.frontmatter.aliases,
      });
    }
  }
  return result;
}
