import { dateValue } from './dates.ts';
import {
  resolveSlug,
  TOPIC_KINDS,
  namesOf,
  type TopicArticle,
  type TopicIndex,
  type TopicKind,
} from './topics.ts';

/** How much one shared topic of each kind counts towards relatedness. */
export const RELATED_WEIGHTS: Record<TopicKind, number> = { people: 3, places: 3, sources: 1 };

/**
 * Other articles ranked by the topics they share with `article`: a shared
 * person or place weighs more than a shared source; ties go to the newer
 * article. Uses the topic index, so each call only visits articles that
 * share something.
 */
export function findRelated<A extends TopicArticle>(
  article: A,
  index: TopicIndex<A>,
  limit = 5,
): A[] {
  const scores = new Map<A, number>();
  for (const kind of TOPIC_KINDS) {
    const slugs = new Set(
      namesOf(article, kind).map((name) => resolveSlug(index.aliases[kind], name)),
    );
    for (const slug of slugs) {
      for (const other of index.topics[kind].get(slug)?.articles ?? []) {
        if (other !== article) scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHTS[kind]);
      }
    }
  }
  return [...scores]
    .sort(
      ([a, scoreA], [b, scoreB]) =>
        scoreB - scoreA || dateValue(b.date) - dateValue(a.date) || a.url.localeCompare(b.url),
    )
    .slice(0, limit)
    .map(([other]) => other);
}
