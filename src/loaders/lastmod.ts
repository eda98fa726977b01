import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkArticleBytes } from '../lib/articles.ts';
import { lastChange } from '../lib/corrections.ts';
import { isoTimestamp } from '../lib/dates.ts';
import { listMarkdownFiles } from './files.ts';

/**
 * Each article's last modification by its site-relative URL, for the
 * sitemap: `updated` when later, else `date`. Files with errors are left to
 * the build to report.
 */
export async function readLastModified(
  contentDir: string,
  timeZone: string,
): Promise<Map<string, string>> {
  const root = join(contentDir, 'articles');
  const result = new Map<string, string>();
  for (const file of await listMarkdownFiles(root)) {
    const checked = checkArticleBytes(file, await readFile(join(root, file)), timeZone);
    if (checked.ok) {
      result.set(checked.url, isoTimestamp(lastChange(checked.frontmatter)));
    }
  }
  return result;
}
