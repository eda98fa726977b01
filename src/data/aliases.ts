import { findAliasConflicts, type Alias } from '../lib/aliases.ts';
import { groupByMonth } from '../lib/archives.ts';
import { TOPIC_KINDS } from '../lib/topics.ts';
import { getSiteData } from './articles.ts';
import { getNewsroomPages } from './pages.ts';

/** Every alias of the published articles. */
export async function getAliases(): Promise<(Alias & { title: string })[]> {
  const { articles } = await getSiteData();
  return articles.flatMap((article) =>
    article.aliases.map((path) => ({
      path,
      target: article.url,
      file: article.file,
      title: article.title,
    })),
  );
}

/** The addresses of the pages the site builds itself, which no alias may take. */
async function takenPaths(): Promise<Set<string>> {
  const { articles, topics } = await getSiteData();
  const taken = new Set(['/', '/archive/', '/corrections/', '/search/']);
  for (const article of articles) taken.add(article.url);
  for (const kind of TOPIC_KINDS) {
    taken.add(`/${kind}/`);
    for (const topic of topics.topics[kind].values()) taken.add(topic.url);
  }
  for (const year of groupByMonth(articles)) {
    taken.add(year.url);
    for (const month of year.months) taken.add(month.url);
  }
  for (const page of await getNewsroomPages()) taken.add(page.url);
  return taken;
}

/** Static paths of the redirect pages, one for each alias. */
export async function getAliasPaths() {
  const aliases = await getAliases();
  const problems = findAliasConflicts(aliases, await takenPaths());
  if (problems.length > 0) throw new Error(`Aliases:\n  ${problems.join('\n  ')}`);
  return aliases.map((alias) => ({
    params: { alias: alias.path.replace(/^\/|\/$/g, '') },
    props: { target: alias.target, title: alias.title },
  }));
}
