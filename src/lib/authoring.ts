import { stringify } from 'yaml';
import { articleUrl } from './articles.ts';
import { isoDay, type ArticleDate } from './dates.ts';
import { slugify } from './slugs.ts';

/** What a reporter gives `npm run new`. */
export interface NewArticle {
  title: string;
  date: ArticleDate;
  people: string[];
  places: string[];
  sources: string[];
  kind: string;
  draft: boolean;
}

/** Where a new article goes: `articles/<yyyy>/<mm>/<slug>.md`, and its URL. */
export function planNewArticle(article: NewArticle): { slug: string; path: string; url: string } {
  const slug = slugify(article.title);
  if (slug === '') throw new Error('the headline has no letters or digits to make a URL from');
  const [year, month] = isoDay(article.date).split('-');
  return {
    slug,
    path: `articles/${year}/${month}/${slug}.md`,
    url: articleUrl(article.date, slug),
  };
}

/**
 * A new article file: complete front-matter, every field present so that the
 * reporter only fills in, and a body to replace.
 */
export function writeNewArticle(article: NewArticle): string {
  const frontmatter = stringify(
    {
      title: article.title,
      date: article.date.text,
      summary: '',
      byline: '',
      kind: article.kind,
      people: article.people,
      places: article.places,
      sources: article.sources,
      draft: article.draft,
    },
    { lineWidth: 0 },
  );
  // Optional fields left empty are noted, not written, so the file is valid as it is.
  const lines = frontmatter
    .split('\n')
    .map((line) =>
      /^(summary|byline): ""$/.test(line) ? `# ${line.replace(' ""', '')} (optional)` : line,
    );
  return `---\n${lines.join('\n').trimEnd()}\n---\nWrite the article here.\n`;
}
