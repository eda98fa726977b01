/**
 * `npm run check`: reports every problem in the content folder in one run,
 * by file: front-matter errors, unknown keys, URL clashes, topic metadata
 * problems, topics spelled more than one way or probably so, pictures that
 * are missing, unreadable, without alt text or from a host not allowed, and
 * what sanitizing removes from each body. Exits 1 when there is any error.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { checkArticleBytes, findUrlClashes } from '../lib/articles.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { createProcessorOptions, readBodyFacts, rehypeReportSanitized } from '../lib/markdown.ts';
import { formatReport, summarizeReports, type FileReport } from '../lib/report.ts';
import { buildTopicIndex, findSpellingVariants, type TopicArticle } from '../lib/topics.ts';
import { linkTranslations, type TranslatableArticle } from '../lib/translations.ts';
import { findNameVariants } from '../lib/variants.ts';
import { listMarkdownFiles } from '../loaders/files.ts';
import { checkArticlePictures, createPictureInspector } from '../loaders/images.ts';
import { readTopicMetadata } from '../loaders/topics.ts';
import { contentDir, site } from '../site.ts';

const root = join(contentDir, 'articles');
let removed: string[];
const renderer = await unified(
  createProcessorOptions([
    [rehypeReportSanitized, { report: (list: string[]) => (removed = list) }],
  ]),
).createRenderer({ syntaxHighlight: false });

const inspect = createPictureInspector();
const reports: FileReport[] = [];
const urls: { url: string; file: string }[] = [];
const articles: TopicArticle[] = [];
const translatable: TranslatableArticle[] = [];
for (const file of await listMarkdownFiles(root)) {
  const shown = relative(process.cwd(), join(root, file));
  const checked = checkArticleBytes(file, await readFile(join(root, file)), site.timeZone);
  removed = [];
  const errors = checked.ok ? [] : checked.errors;
  if (checked.ok) {
    urls.push({ url: checked.url, file: shown });
    articles.push({ ...checked.frontmatter, url: checked.url, file: shown });
    translatable.push({ ...checked.frontmatter, url: checked.url, slug: checked.slug, file });
    const { metadata } = await renderer.render(readFrontmatter(checked.text).body, {
      frontmatter: {},
    });
    const pictures = await checkArticlePictures(
      checked.frontmatter.image?.src,
      readBodyFacts(metadata.frontmatter).pictures,
      { articleFile: join(root, file), contentDir, hosts: site.imageHosts, inspect },
    );
    errors.push(...pictures.problems);
  }
  reports.push({
    file: shown,
    errors,
    warnings: checked.warnings,
    sanitized: removed,
  });
}

const { metadata, problems } = readTopicMetadata(contentDir);
const topics = buildTopicIndex(articles, metadata);
const findings = {
  errors: [
    ...findUrlClashes(urls),
    ...problems,
    ...topics.problems,
    ...linkTranslations(translatable).problems.map(
      (problem) => `${relative(process.cwd(), join(root, problem.file))}: ${problem.message}`,
    ),
  ],
  warnings: [...findSpellingVariants(topics), ...findNameVariants(topics)],
};
console.log(formatReport(reports, findings));
process.exitCode = summarizeReports(reports, findings).errors > 0 ? 1 : 0;
