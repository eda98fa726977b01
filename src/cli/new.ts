/**
 * `npm run new -- "Headline" [--date 2021-08-31T09:30:00+04:30] [--people "A, B"]
 * [--places "Kabul"] [--sources "AFP"] [--kind news] [--draft]`: creates
 * `content/articles/<yyyy>/<mm>/<slug>.md` with complete front-matter and
 * prints its path. It never overwrites a file, and refuses a slug already
 * used in that month, naming the file that uses it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticleBytes } from '../lib/articles.ts';
import { planNewArticle, writeNewArticle } from '../lib/authoring.ts';
import { dateAt, parseArticleDate } from '../lib/dates.ts';
import { ARTICLE_KINDS } from '../lib/schema.ts';
import { listMarkdownFiles } from '../loaders/files.ts';
import { buildTime, contentDir, site } from '../site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    people: { type: 'string', default: '' },
    places: { type: 'string', default: '' },
    sources: { type: 'string', default: '' },
    kind: { type: 'string', default: 'news' },
    draft: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const title = positionals.join(' ').trim();
if (title === '') fail('give the headline: npm run new -- "Headline"');
if (!(ARTICLE_KINDS as readonly string[]).includes(values.kind)) {
  fail(`--kind must be one of ${ARTICLE_KINDS.join(', ')}`);
}
const list = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

let date;
try {
  date = values.date
    ? parseArticleDate(values.date, site.timeZone)
    : dateAt(buildTime, site.timeZone);
} catch (error) {
  fail(`--date: ${(error as Error).message}`);
}
const article = {
  title,
  date,
  people: list(values.people),
  places: list(values.places),
  sources: list(values.sources),
  kind: values.kind,
  draft: values.draft,
};
const plan = planNewArticle(article);
const root = join(contentDir, 'articles');
for (const file of await listMarkdownFiles(root).catch(() => [])) {
  const checked = checkArticleBytes(file, await readFile(join(root, file)), site.timeZone);
  if (checked.ok && checked.url === plan.url) {
    fail(`${plan.url} is already used by ${relative(process.cwd(), join(root, file))}`);
  }
}
const path = join(contentDir, plan.path);
await mkdir(dirname(path), { recursive: true });
try {
  await writeFile(path, writeNewArticle(article), { flag: 'wx' });
} catch {
  fail(`${relative(process.cwd(), path)} already exists`);
}
console.log(relative(process.cwd(), path));
