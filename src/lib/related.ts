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
 * Articles on either side of an article in each of its topics that it is
 * compared with: news relates mostly to the news of its time, and a bound
 * keeps the cost per article flat however large a topic grows.
 */
export const RELATED_WINDOW = 250;

/**
 * Makes a function that finds the articles related to one article: other
 * articles ranked by the topics they share with it, a shared person or place
 * weighing more than a shared source, ties going to the newer article. In
 * each topic it looks at the `window` articles on either side of this one in
 * the topic's order (newest first), keeps only the best `limit`, and reuses
 * its score table between calls, so that every article of a large archive
 * can be done in one build.
 */
export function createRelatedFinder<A extends TopicArticle>(
  articles: A[],
  index: TopicIndex<A>,
  limit = 5,
  window = RELATED_WINDOW,
): (article: A) => A[] {
  const position = new Map(articles.map((article, at) => [article, at]));
  const scores = new Float64Array(articles.length);
  // For each topic's list: where each of its articles stands in `articles`
  // (-1 when it is not there), and where it stands in the list; made when
  // first needed, so that the inner loop reads arrays rather than maps.
  const lists = new Map<A[], { at: Int32Array; placeOf: Map<A, number> }>();
  const indexList = (list: A[]) => {
    let indexed = lists.get(list);
    if (!indexed) {
      indexed = {
        at: Int32Array.from(list, (item) => position.get(item) ?? -1),
        placeOf: new Map(list.map((item, at) => [item, at])),
      };
      lists.set(list, indexed);
    }
    return indexed;
  };
  return (article) => {
    const self = position.get(article) ?? -1;
    const touched: number[] = [];
    for (const kind of TOPIC_KINDS) {
      const weight = RELATED_WEIGHTS[kind];
      const slugs = new Set(
        namesOf(article, kind).map((name) => resolveSlug(index.aliases[kind], name)),
      );
      for (const slug of slugs) {
        const list = index.topics[kind].get(slug)?.articles ?? [];
        const { at, placeOf } = indexList(list);
        const bounded = list.length > 2 * window + 1;
        const middle = bounded ? (placeOf.get(article) ?? 0) : 0;
        const first = Math.max(0, middle - window);
        const last = bounded ? Math.min(list.length, middle + window + 1) : list.length;
        for (let from = first; from < last; from += 1) {
          const other = at[from]!;
          if (other < 0 || other === self) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other] += weight;
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
