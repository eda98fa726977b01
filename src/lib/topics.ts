import { compareNewestFirst } from './articles.ts';
import type { ArticleDate } from './dates.ts';
import { slugify } from './slugs.ts';

/** The three kinds of topic; each is also the first segment of its URLs. */
export const TOPIC_KINDS = ['people', 'places', 'sources'] as const;

export type TopicKind = (typeof TOPIC_KINDS)[number];

/** A topic as an article links to it. */
export interface TopicLink {
  kind: TopicKind;
  slug: string;
  name: string;
  url: string;
}

/** Optional facts about one topic, from the content folder's topic files. */
export interface TopicMeta {
  /** The topic's name as the newsroom spells it. */
  name: string;
  description?: string;
  /** Other spellings that mean this topic. */
  aliases: string[];
  /** For places: the larger place. */
  within?: string;
  /** For sources: the homepage. */
  url?: string;
  /** The file the entry comes from, for messages. */
  file: string;
}

/** What the topic index needs of an article. */
export interface TopicArticle {
  url: string;
  file: string;
  date: ArticleDate;
  people: string[];
  places: string[];
  sources: { name: string }[];
}

/** One person, place or source with its articles. */
export interface Topic<A extends TopicArticle = TopicArticle> {
  kind: TopicKind;
  slug: string;
  name: string;
  url: string;
  description?: string;
  homepage?: string;
  /** Slug of the larger place, for places. */
  parent?: string;
  /** Slugs of the places within this one. */
  children: string[];
  /** Every spelling used in the articles, with the files that use it. */
  spellings: Map<string, string[]>;
  /** Articles naming this topic, newest first. */
  articles: A[];
  /** Articles naming this topic or one within it, newest first. */
  allArticles: A[];
}

/** All topics of a site, by kind and slug, with the problems found building them. */
export interface TopicIndex<A extends TopicArticle = TopicArticle> {
  topics: Record<TopicKind, Map<string, Topic<A>>>;
  /** Alias slug → canonical slug, per kind. */
  aliases: Record<TopicKind, Map<string, string>>;
  problems: string[];
}

/** Site-relative URL of a topic page, such as `/people/zabihullah-mujahid/`. */
export function topicUrl(kind: TopicKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** The names an article gives for one kind of topic. */
export function namesOf(article: TopicArticle, kind: TopicKind): string[] {
  return kind === 'sources' ? article.sources.map((source) => source.name) : article[kind];
}

function emptyRecord<T>(make: () => T): Record<TopicKind, T> {
  return { people: make(), places: make(), sources: make() };
}

function newestFirst<A extends TopicArticle>(articles: Iterable<A>): A[] {
  return [...new Set(articles)].sort(compareNewestFirst);
}

function buildAliases(
  kind: TopicKind,
  entries: TopicMeta[],
  problems: string[],
): Map<string, string> {
  const aliases = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const canonical = slugify(entry.name);
    for (const alias of entry.aliases) {
      const slug = slugify(alias);
      const owner = owners.get(slug);
      if (owner !== undefined && owner !== entry.name) {
        problems.push(
          `${entry.file}: ${kind}: alias "${alias}" points at both "${owner}" and "${entry.name}"`,
        );
        continue;
      }
      owners.set(slug, entry.name);
      if (slug !== canonical) aliases.set(slug, canonical);
    }
  }
  for (const entry of entries) {
    const owner = owners.get(slugify(entry.name));
    if (owner !== undefined && owner !== entry.name) {
      problems.push(
        `${entry.file}: ${kind}: "${entry.name}" is also listed as an alias of "${owner}"`,
      );
    }
  }
  return aliases;
}

/** The slug a name resolves to, aliases followed. */
export function resolveSlug(aliases: Map<string, string>, name: string): string {
  const slug = slugify(name);
  return aliases.get(slug) ?? slug;
}

// Ties go to the spelling met first, that is in the newest article when the
// articles come newest first (the sort is stable).
function mostFrequentSpelling(spellings: Map<string, string[]>): string {
  return [...spellings].sort(([, a], [, b]) => b.length - a.length)[0]![0];
}

function linkPlaces<A extends TopicArticle>(
  places: Map<string, Topic<A>>,
  meta: Map<string, TopicMeta>,
  problems: string[],
): void {
  for (const [slug, entry] of meta) {
    if (entry.within === undefined) continue;
    const parent = slugify(entry.within);
    const topic = places.get(slug);
    if (!places.has(parent)) {
      problems.push(
        `${entry.file}: places: "${entry.name}" is within "${entry.within}", which names no known place`,
      );
    } else if (topic) {
      topic.parent = parent;
      places.get(parent)!.children.push(slug);
    }
  }
  for (const [slug, topic] of places) {
    const seen = [slug];
    for (let parent = topic.parent; parent !== undefined; parent = places.get(parent)?.parent) {
      if (seen.includes(parent)) {
        if (parent === slug) {
          const chain = [...seen, parent].map((item) => places.get(item)!.name).join(' → ');
          problems.push(`${meta.get(slug)!.file}: places: "within" makes a cycle: ${chain}`);
        }
        topic.parent = undefined;
        break;
      }
      seen.push(parent);
    }
  }
}

function gatherDescendants<A extends TopicArticle>(places: Map<string, Topic<A>>): void {
  const done = new Set<string>();
  const gather = (topic: Topic<A>): A[] => {
    if (!done.has(topic.slug)) {
      done.add(topic.slug);
      const nested = topic.children.flatMap((child) => gather(places.get(child)!));
      topic.allArticles = newestFirst([...topic.articles, ...nested]);
    }
    return topic.allArticles;
  };
  for (const topic of places.values()) gather(topic);
}

/**
 * Builds every topic of a site in one pass: names that share a slug, or that
 * the metadata lists as aliases, are one topic under its metadata name or
 * else its most frequent spelling. Places take their `within` hierarchy, and
 * a place's `allArticles` includes the articles of the places within it.
 * Metadata that names no known topic, conflicting aliases and cycles of
 * `within` are returned as problems, each naming its file.
 */
export function buildTopicIndex<A extends TopicArticle>(
  articles: A[],
  metadata: Record<TopicKind, TopicMeta[]>,
): TopicIndex<A> {
  const problems: string[] = [];
  const topics = emptyRecord(() => new Map<string, Topic<A>>());
  const aliases = emptyRecord(() => new Map<string, string>());

  for (const kind of TOPIC_KINDS) {
    aliases[kind] = buildAliases(kind, metadata[kind], problems);
    const meta = new Map(metadata[kind].map((entry) => [slugify(entry.name), entry]));
    const map = topics[kind];
    for (const article of articles) {
      for (const name of new Set(namesOf(article, kind))) {
        const slug = resolveSlug(aliases[kind], name);
        let topic = map.get(slug);
        if (!topic) {
          topic = {
            kind,
            slug,
            name,
            url: topicUrl(kind, slug),
            children: [],
            spellings: new Map(),
            articles: [],
            allArticles: [],
          };
          map.set(slug, topic);
        }
        const spelling = name.trim();
        // Appended in place: copying the list for each article made the index
        // quadratic, 46 s of a 100,000-article build (sources named by thousands).
        const files = topic.spellings.get(spelling);
        if (files) files.push(article.file);
        else topic.spellings.set(spelling, [article.file]);
        if (topic.articles.at(-1) !== article) topic.articles.push(article);
      }
    }
    for (const topic of map.values()) {
      const entry = meta.get(topic.slug);
      topic.name = entry?.name ?? mostFrequentSpelling(topic.spellings);
      if (entry?.description) topic.description = entry.description;
      if (entry?.url) topic.homepage = entry.url;
      topic.articles = newestFirst(topic.articles);
      topic.allArticles = topic.articles;
    }
    for (const [slug, entry] of meta) {
      if (!map.has(slug)) {
        problems.push(`${entry.file}: ${kind}: "${entry.name}" names no known topic`);
      }
    }
    if (kind === 'places') {
      linkPlaces(map, meta, problems);
      gatherDescendants(map);
    }
  }
  return { topics, aliases, problems };
}

/** The link for a name an article gives, merged into its topic. */
export function linkTopic(index: TopicIndex, kind: TopicKind, name: string): TopicLink {
  const slug = resolveSlug(index.aliases[kind], name);
  const topic = index.topics[kind].get(slug);
  return { kind, slug, name: topic?.name ?? name.trim(), url: topicUrl(kind, slug) };
}

/**
 * Topics written more than one way, for `npm run check`: each with its
 * spellings and the files that use them.
 */
export function findSpellingVariants(index: TopicIndex): string[] {
  const lines: string[] = [];
  for (const kind of TOPIC_KINDS) {
    for (const topic of index.topics[kind].values()) {
      if (topic.spellings.size < 2) continue;
      const variants = [...topic.spellings]
        .map(([spelling, files]) => `"${spelling}" in ${files.join(', ')}`)
        .join('; ');
      lines.push(`${kind}: "${topic.name}" is written ${topic.spellings.size} ways: ${variants}`);
    }
  }
  return lines;
}

// One collator a locale: making one costs far more than a comparison.
const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

/** Topics of one kind sorted by name, by the locale's collation. */
export function sortTopicsByName<T extends { name: string }>(
  topics: Iterable<T>,
  locale: string,
): T[] {
  const collator = collatorFor(locale);
  return [...topics].sort((a, b) => collator.compare(a.name, b.name));
}

/** The initial a topic is filed under: its first letter, Latin accents folded; `#` for digits and symbols. */
export function initialOf(name: string, locale: string): string {
  const first =
    [
      ...name
        .trim()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, ''),
    ][0] ?? '#';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(locale) : '#';
}

/** Topics grouped by initial, in collation order of names. */
export function groupByInitial<T extends { name: string }>(
  topics: Iterable<T>,
  locale: string,
): { initial: string; topics: T[] }[] {
  const groups: { initial: string; topics: T[] }[] = [];
  for (const topic of sortTopicsByName(topics, locale)) {
    const initial = initialOf(topic.name, locale);
    const group = groups.find((item) => item.initial === initial);
    if (group) group.topics.push(topic);
    else groups.push({ initial, topics: [topic] });
  }
  return groups;
}

/** The most covered topics: most articles first, then by name. */
export function mostCovered<T extends { name: string; allArticles: unknown[] }>(
  topics: Iterable<T>,
  count: number,
  locale: string,
): T[] {
  const collator = collatorFor(locale);
  return [...topics]
    .sort((a, b) => b.allArticles.length - a.allArticles.length || collator.compare(a.name, b.name))
    .slice(0, count);
}
