import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import {
  checkArticleBytes,
  createArticleData,
  findUrlClashes,
  type ArticleData,
} from '../lib/articles.ts';
import { readBodyFacts } from '../lib/markdown.ts';
import { linkTranslations } from '../lib/translations.ts';
import { listMarkdownFiles } from './files.ts';

/** Where the loader finds articles and how it reads their dates. */
export interface ArticleLoaderOptions {
  /** The content folder; articles are `articles/**\/*.md` under it. */
  contentDir: string;
  /** Time zone of dates written without an offset. */
  timeZone: string;
}

/**
 * A digest of the code that turns a file into stored data (the loader, the
 * libraries, the config and the locked dependencies), so that a stored entry
 * rendered by older code is never reused.
 */
async function readPipelineDigest(generateDigest: (text: string) => string): Promise<string> {
  const sources = await Promise.all(
    [
      ...(await readdir('src/lib')).map((name) => join('src/lib', name)),
      ...(await readdir('src/loaders')).map((name) => join('src/loaders', name)),
      'astro.config.ts',
      'package-lock.json',
    ]
      .sort()
      .map((path) => readFile(path, 'utf8').catch(() => '')),
  );
  return generateDigest(sources.join('\0'));
}

/**
 * Loads every article of the content folder into the collection. Each file is
 * its own entry (its id is its path), so two files never merge. An unchanged
 * file keeps its stored rendering. Problems are gathered over the whole
 * folder and fail the load together, each naming its file and field.
 */
export function articleLoader({ contentDir, timeZone }: ArticleLoaderOptions): Loader {
  return {
    name: 'dateline-articles',
    async load({ store, renderMarkdown, generateDigest, logger }) {
      const root = join(contentDir, 'articles');
      const pipeline = await readPipelineDigest(generateDigest);
      const files = await listMarkdownFiles(root);
      const problems: string[] = [];
      const loaded: { id: string; data: ArticleData }[] = [];
      const changed: Parameters<typeof store.set>[0][] = [];
      let warned = 0;

      for (const file of files) {
        const path = join(root, file);
        const shown = relative(process.cwd(), path);
        const bytes = await readFile(path);
        const digest = generateDigest(`${pipeline}\n${timeZone}\n${bytes.toString('latin1')}`);
        const id = file.replace(/\.md$/i, '');
        const stored = store.get<ArticleData>(id);
        if (stored?.digest === digest) {
          loaded.push({ id, data: stored.data });
          continue;
        }
        const checked = checkArticleBytes(file, bytes, timeZone);
        if (checked.warnings.length > 0) warned += 1;
        if (!checked.ok) {
          problems.push(...checked.errors.map((error) => `${shown}: ${error}`));
          continue;
        }
        const rendered = await renderMarkdown(checked.text, { fileURL: pathToFileURL(path) });
        const data = createArticleData(
          file,
          checked,
          readBodyFacts(rendered.metadata?.frontmatter),
        );
        loaded.push({ id, data });
        changed.push({
          id,
          data,
          digest,
          filePath: relative(process.cwd(), path),
          rendered: { html: rendered.html, metadata: { headings: rendered.metadata?.headings } },
        });
      }

      const folder = relative(process.cwd(), root);
      const datas = loaded.map(({ data }) => data);
      problems.push(
        ...findUrlClashes(datas.map((data) => ({ url: data.url, file: join(folder, data.file) }))),
        ...linkTranslations(datas).problems.map(
          (problem) => `${join(folder, problem.file)}: ${problem.message}`,
        ),
      );
      if (problems.length > 0) {
        throw new Error(
          `${problems.length} problem(s) in the articles:\n  ${problems.join('\n  ')}`,
        );
      }
      if (warned > 0) {
        logger.warn(
          `${warned} article(s) have front-matter keys the site ignores; npm run check lists them`,
        );
      }

      const ids = new Set(loaded.map(({ id }) => id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const entry of changed) store.set(entry);
    },
  };
}
