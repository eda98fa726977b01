import { describe, expect, test } from 'vitest';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { createRelatedFinder } from '../../src/lib/related.ts';
import { buildTopicIndex, type TopicArticle } from '../../src/lib/topics.ts';

function article(
  file: string,
  date: string,
  people: string[],
  places: string[],
  sources: string[] = [],
): TopicArticle {
  return {
    file,
    url: `/${file}/`,
    date: parseArticleDate(date, 'UTC'),
    people,
    places,
    sources: sources.map((name) => ({ name })),
  };
}

const subject = article('subject', '2021-08-31', ['Ali', 'Bibi'], ['Kabul'], ['AFP', 'Reuters']);
const articles = [
  subject,
  article('two-sources', '2021-08-30', [], [], ['AFP', 'Reuters']),
  article('one-person', '2021-08-01', ['Ali'], []),
  article('one-place-newer', '2021-08-20', [], ['Kabul']),
  article('person-and-place', '2020-01-01', ['Bibi'], ['Kabul']),
  article('one-source', '2021-08-29', [], [], ['AFP']),
  article('unrelated', '2021-08-31', ['Carl'], ['Herat'], ['BBC']),
  article('case-variant', '2019-01-01', ['ALI'], []),
];
const index = buildTopicIndex(articles, { people: [], places: [], sources: [] });

describe('createRelatedFinder', () => {
  test.each([
    [5, ['person-and-place', 'one-place-newer', 'one-person', 'case-variant', 'two-sources']],
    [2, ['person-and-place', 'one-place-newer']],
    [
      10,
      [
        'person-and-place',
        'one-place-newer',
        'one-person',
        'case-variant',
        'two-sources',
        'one-source',
      ],
    ],
  ])('the best %i', (limit, files) => {
    const findRelated = createRelatedFinder(articles, index, limit);
    expect(findRelated(subject).map((item) => item.file)).toEqual(files);
    // The score table is reused: a second call gives the same answer.
    expect(findRelated(subject).map((item) => item.file)).toEqual(files);
  });

  test('an article that shares nothing has no related articles', () => {
    const alone = articles.find((item) => item.file === 'unrelated')!;
    expect(createRelatedFinder(articles, index)(alone)).toEqual([]);
  });

  test('an article left out of the candidates still gets related ones, and is never one', () => {
    const candidates = articles.filter((item) => item !== subject);
    const findRelated = createRelatedFinder(candidates, index);
    expect(findRelated(subject).map((item) => item.file)).toEqual([
      'person-and-place',
      'one-place-newer',
      'one-person',
      'case-variant',
      'two-sources',
    ]);
    const other = articles.find((item) => item.file === 'one-person')!;
    expect(findRelated(other).map((item) => item.file)).not.toContain('subject');
  });

  test('in a large topic, only the articles near this one in time are compared', () => {
    // Twenty articles of one source, a day apart, newest first.
    const days = Array.from({ length: 20 }, (_, day) =>
      article(`day-${day}`, `2021-08-${String(31 - day).padStart(2, '0')}`, [], [], ['AFP']),
    );
    const topics = buildTopicIndex(days, { people: [], places: [], sources: [] });
    const findRelated = createRelatedFinder(days, topics, 10, 2);
    expect(findRelated(days[10]!).map((item) => item.file)).toEqual([
      'day-8',
      'day-9',
      'day-11',
      'day-12',
    ]);
    // A topic no larger than the window is compared whole.
    expect(createRelatedFinder(days, topics, 30, 10)(days[10]!)).toHaveLength(19);
  });
});
