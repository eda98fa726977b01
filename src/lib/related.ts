import { compareNewestFirst } from './articles.ts';
import {
  namesOf,
  resolveSlug,
  TOPIC_KINDS,
  type TopicArticle,
  type TopicIndex,
  type TopicKind,
} from './topics.ts';

/** How much one shared topic of each kind counts towards relatedness. */
export const RELATED_WEIGHTS: Record<TopicKind, number> = { people: 3, places: 3, sources: 1 };

/**
 * Makes a function that finds the articles related to one article: other
 * articles ranked by the topics they share with it, a shared person or place
 * weighing more than a shared source, ties going to the newer article. It
 * visits only articles that share something, keeps only the best `limit`,
 * and reuses its score table between calls, so that every article of a large
 * archive can be done in one build.
 */
export function createRelatedFinder<A extends TopicArticle>(
  articles: A[],
  index: TopicIndex<A>,
  limit = 5,
): (article: A) => A[] {
  const position = new Map(articles.map((article, at) => [article, at]));
  const scores = new Float64Array(articles.length);
  return (article) => {
    const touched: number[] = [];
    for (const kind of TOPIC_KINDS) {
      const slugs = new Set(
        namesOf(article, kind).map((name) => resolveSlug(index.aliases[kind], name)),
      );
      for (const slug of slugs) {
        for (const other of index.topics[kind].get(slug)?.articles ?? []) {
          const at = position.get(other);
          if (other === article || at === undefined) continue;
          if (scores[at] === 0) touched.push(at);
          scores[at] += RELATED_WEIGHTS[kind];
        }
      }
    }
    const better = (a: number, b: number) =>
      scores[a]! - scores[b]! || compareNewestFirst(articles[b]!, articles[a]!);
    const best: number[] = [];
    for (const candidate of touched) {
      if (best.length === limit && better(candidate, best[limit - 1]!) <= 0) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && better(candidate, best[at - 1]!) > 0) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = candidate;
    }
    const related = best.map((at) => articles[at]!);
    for (const at of touched) scores[at] = 0;
    return related;
  };
}
