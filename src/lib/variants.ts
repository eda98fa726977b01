import { TOPIC_KINDS, type TopicIndex, type TopicKind } from './topics.ts';

const KIND_NOUNS: Record<TopicKind, string> = {
  people: 'person',
  places: 'place',
  sources: 'source',
};

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits two names of this length may differ by and still look alike. */
function tolerance(length: number): number {
  if (length < 5) return 0;
  return length < 12 ? 1 : 2;
}

interface Candidate {
  name: string;
  slug: string;
  files: string[];
}

/**
 * Pairs of topics of the same kind whose names are probably one person,
 * place or source written two ways ("Kabul" and "Kabol"): a small edit
 * distance for their length. Names that differ only in digits are not paired.
 * Each warning lists the files of each and the alias entry that would merge
 * them. Names are compared within groups of the same initial, so that an
 * archive of thousands of names stays quick.
 */
export function findNameVariants(index: TopicIndex): string[] {
  const warnings: string[] = [];
  for (const kind of TOPIC_KINDS) {
    const groups = new Map<string, Candidate[]>();
    for (const topic of index.topics[kind].values()) {
      const files = [...new Set([...topic.spellings.values()].flat())];
      const group = groups.get(topic.slug[0] ?? '') ?? [];
      group.push({ name: topic.name, slug: topic.slug, files });
      groups.set(topic.slug[0] ?? '', group);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i += 1) {
        for (let j = i + 1; j < group.length; j += 1) {
          const [a, b] = [group[i]!, group[j]!];
          const limit = tolerance(Math.min(a.slug.length, b.slug.length));
          if (limit === 0 || a.slug.replace(/\d/g, '') === b.slug.replace(/\d/g, '')) continue;
          if (editDistance(a.slug, b.slug, limit) > limit) continue;
          const [main, other] = a.files.length >= b.files.length ? [a, b] : [b, a];
          warnings.push(
            `${kind}: "${main.name}" (${main.files.join(', ')}) and "${other.name}" (${other.files.join(', ')}) look like the same ${KIND_NOUNS[kind]}; to merge them, add to topics/${kind}.yaml: ${JSON.stringify(main.name)}: { aliases: [${JSON.stringify(other.name)}] }`,
          );
        }
      }
    }
  }
  return warnings;
}
