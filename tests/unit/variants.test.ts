import { describe, expect, test } from 'vitest';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { buildTopicIndex, type TopicKind, type TopicMeta } from '../../src/lib/topics.ts';
import { editDistance, findNameVariants } from '../../src/lib/variants.ts';

const none: Record<TopicKind, TopicMeta[]> = { people: [], places: [], sources: [] };
const article = (file: string, people: string[], places: string[] = []) => ({
  file,
  url: `/${file}/`,
  date: parseArticleDate('2021-08-31', 'UTC'),
  people,
  places,
  sources: [],
});

describe('editDistance', () => {
  test.each([
    ['kabul', 'kabol', 1],
    ['zabihullah-mujahid', 'zabiullah-mujahid', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s / %s', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  test('stops early past the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('findNameVariants', () => {
  test('warns of names that are probably the same, with files and the alias that merges them', () => {
    const index = buildTopicIndex(
      [
        article('a.md', ['Zabihullah Mujahid'], ['Kabul']),
        article('b.md', ['Zabiullah Mujahid'], ['Kabul']),
        article('c.md', ['Zabihullah Mujahid'], ['Kabol']),
      ],
      none,
    );
    expect(findNameVariants(index)).toEqual([
      'people: "Zabihullah Mujahid" (a.md, c.md) and "Zabiullah Mujahid" (b.md) look like the same person; to merge them, add to topics/people.yaml: "Zabihullah Mujahid": { aliases: ["Zabiullah Mujahid"] }',
      'places: "Kabul" (a.md, b.md) and "Kabol" (c.md) look like the same place; to merge them, add to topics/places.yaml: "Kabul": { aliases: ["Kabol"] }',
    ]);
  });

  test.each([
    [['Ali', 'Aly'], 'short names'],
    [['Person 12', 'Person 13'], 'names that differ only in digits'],
    [['Kabul', 'Kandahar'], 'different names'],
  ])('no warning for %j (%s)', (names) => {
    const index = buildTopicIndex([article('a.md', names)], none);
    expect(findNameVariants(index)).toEqual([]);
  });

  test('a declared alias silences the warning', () => {
    const index = buildTopicIndex(
      [article('a.md', ['Kabul']), article('b.md', ['Kabol'])].map((item) => ({
        ...item,
        places: item.people,
        people: [],
      })),
      {
        ...none,
        places: [{ name: 'Kabul', aliases: ['Kabol'], file: 'topics/places.yaml' }],
      },
    );
    expect(findNameVariants(index)).toEqual([]);
  });
});
