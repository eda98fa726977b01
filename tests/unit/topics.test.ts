import { describe, expect, test } from 'vitest';
import { parseArticleDate } from '../../src/lib/dates.ts';
import {
  buildTopicIndex,
  findSpellingVariants,
  groupByInitial,
  initialOf,
  linkTopic,
  mostCovered,
  type TopicArticle,
  type TopicKind,
  type TopicMeta,
} from '../../src/lib/topics.ts';

function article(
  file: string,
  date: string,
  topics: { people?: string[]; places?: string[]; sources?: string[] },
): TopicArticle {
  return {
    file,
    url: `/${file}/`,
    date: parseArticleDate(date, 'UTC'),
    people: topics.people ?? [],
    places: topics.places ?? [],
    sources: (topics.sources ?? []).map((name) => ({ name })),
  };
}

function meta(
  entries: Partial<
    Record<TopicKind, Omit<TopicMeta, 'file' | 'aliases'>[] & { aliases?: string[] }[]>
  >,
) {
  const result: Record<TopicKind, TopicMeta[]> = { people: [], places: [], sources: [] };
  for (const [kind, list] of Object.entries(entries) as [
    TopicKind,
    (Omit<TopicMeta, 'file' | 'aliases'> & { aliases?: string[] })[],
  ][]) {
    result[kind] = list.map((entry) => ({ aliases: [], ...entry, file: `topics/${kind}.yaml` }));
  }
  return result;
}

const none = meta({});

describe('grouping names into topics', () => {
  test.each([
    [['Kabul', 'kabul ', 'KABUL'], ['kabul'], 'Kabul'],
    [['kabul', 'KABUL', 'Kabul', 'Kabul'], ['kabul'], 'Kabul'],
    [
      ['José Ramos-Horta', 'Jose Ramos Horta', 'José Ramos-Horta'],
      ['jose-ramos-horta'],
      'José Ramos-Horta',
    ],
    [['U.S.', 'U.S.', 'US'], ['u-s', 'us'], 'U.S.'],
    [['Al-Qaeda', 'al Qaeda', 'Al Qaeda'], ['al-qaeda'], 'Al-Qaeda'],
  ])('%j make the topics %j, shown as %s', (names, slugs, name) => {
    const articles = names.map((place, index) =>
      article(`a${index}`, '2021-08-01', { places: [place] }),
    );
    const index = buildTopicIndex(articles, none);
    expect([...index.topics.places.keys()]).toEqual(slugs);
    expect(index.topics.places.get(slugs[0]!)?.name).toBe(name);
  });

  test('an article naming a topic twice counts once', () => {
    const index = buildTopicIndex([article('a', '2021-08-01', { people: ['Ali', 'ALI'] })], none);
    expect(index.topics.people.get('ali')?.articles).toHaveLength(1);
  });

  test('articles of a topic are newest first', () => {
    const articles = [
      article('old', '2020-01-01', { people: ['Ali'] }),
      article('new', '2021-01-01', { people: ['Ali'] }),
      article('mid', '2020-06-01', { people: ['Ali'] }),
    ];
    const topic = buildTopicIndex(articles, none).topics.people.get('ali');
    expect(topic?.articles.map((item) => item.file)).toEqual(['new', 'mid', 'old']);
  });
});

describe('metadata', () => {
  const articles = [
    article('a', '2021-08-01', {
      places: ['Kabol', 'Afghanistan'],
      sources: ['Agence France-Presse'],
    }),
    article('b', '2021-08-02', { places: ['Kabul'], sources: ['AFP'] }),
    article('c', '2021-08-03', { places: ['Mazar-i-Sharif'] }),
    article('d', '2021-08-04', { places: ['Karte Sakhi'] }),
  ];
  const metadata = meta({
    places: [
      { name: 'Afghanistan', description: 'A country.' },
      { name: 'Kabul', within: 'Afghanistan', aliases: ['Kabol'] },
      { name: 'Mazar-i-Sharif', within: 'Afghanistan' },
      { name: 'Karte Sakhi', within: 'Kabul' },
    ],
    sources: [{ name: 'AFP', url: 'https://www.afp.com/', aliases: ['Agence France-Presse'] }],
  });
  const index = buildTopicIndex(articles, metadata);

  test('aliases merge into their topic, on article links too', () => {
    expect(index.problems).toEqual([]);
    expect(index.topics.places.get('kabul')?.articles.map((item) => item.file)).toEqual(['b', 'a']);
    expect(index.topics.places.has('kabol')).toBe(false);
    expect(linkTopic(index, 'places', 'Kabol')).toEqual({
      kind: 'places',
      slug: 'kabul',
      name: 'Kabul',
      url: '/places/kabul/',
    });
    expect(index.topics.sources.get('afp')).toMatchObject({
      name: 'AFP',
      homepage: 'https://www.afp.com/',
    });
  });

  test('a larger place lists the articles of the places within it, at every depth', () => {
    const afghanistan = index.topics.places.get('afghanistan')!;
    expect(afghanistan.description).toBe('A country.');
    expect(afghanistan.articles.map((item) => item.file)).toEqual(['a']);
    expect(afghanistan.allArticles.map((item) => item.file)).toEqual(['d', 'c', 'b', 'a']);
    expect(afghanistan.children.sort()).toEqual(['kabul', 'mazar-i-sharif']);
    expect(index.topics.places.get('kabul')?.parent).toBe('afghanistan');
    expect(index.topics.places.get('karte-sakhi')?.parent).toBe('kabul');
    expect(index.topics.places.get('kabul')?.allArticles.map((item) => item.file)).toEqual([
      'd',
      'b',
      'a',
    ]);
  });

  test.each([
    [
      'metadata for an unknown topic',
      meta({ people: [{ name: 'Nobody Here' }] }),
      ['topics/people.yaml: people: "Nobody Here" names no known topic'],
    ],
    [
      'an alias that points at two topics',
      meta({
        places: [
          { name: 'Kabul', aliases: ['Kabol'] },
          { name: 'Afghanistan', aliases: ['kabol'] },
        ],
      }),
      ['topics/places.yaml: places: alias "kabol" points at both "Kabul" and "Afghanistan"'],
    ],
    [
      'a within that names no place',
      meta({ places: [{ name: 'Kabul', within: 'Atlantis' }] }),
      ['topics/places.yaml: places: "Kabul" is within "Atlantis", which names no known place'],
    ],
    [
      'a cycle of within',
      meta({
        places: [
          { name: 'Kabul', within: 'Afghanistan' },
          { name: 'Afghanistan', within: 'Kabul' },
        ],
      }),
      ['topics/places.yaml: places: "within" makes a cycle: Kabul → Afghanistan → Kabul'],
    ],
  ])('%s is a problem', (_, metadata, problems) => {
    const simple = [article('a', '2021-08-01', { places: ['Kabul', 'Afghanistan', 'Kabol'] })];
    expect(buildTopicIndex(simple, metadata).problems).toEqual(problems);
  });
});

describe('spelling variants', () => {
  test('lists every topic written more than one way, with the files', () => {
    const index = buildTopicIndex(
      [
        article('a.md', '2021-08-01', { people: ['José Ramos-Horta'] }),
        article('b.md', '2021-08-02', { people: ['Jose Ramos Horta'] }),
        article('c.md', '2021-08-03', { people: ['José Ramos-Horta', 'Ali'] }),
      ],
      none,
    );
    expect(findSpellingVariants(index)).toEqual([
      'people: "José Ramos-Horta" is written 2 ways: "José Ramos-Horta" in a.md, c.md; "Jose Ramos Horta" in b.md',
    ]);
  });
});

describe('indexes', () => {
  test.each([
    ['Ahmad', 'A'],
    ['Ōsaka', 'O'],
    ['émile', 'E'],
    ['کابل', 'ک'],
    ['Москва', 'М'],
    ['北京', '北'],
    ['9/11 Commission', '#'],
    ['“Quoted”', '#'],
  ])('%s is filed under %s', (name, initial) => {
    expect(initialOf(name, 'en')).toBe(initial);
  });

  test('groups follow the locale collation', () => {
    const topics = ['Zahir', 'émile', 'Ali', 'Eric', 'ali baba', 'Ölgii'].map((name) => ({ name }));
    expect(groupByInitial(topics, 'en')).toEqual([
      { initial: 'A', topics: [{ name: 'Ali' }, { name: 'ali baba' }] },
      { initial: 'E', topics: [{ name: 'émile' }, { name: 'Eric' }] },
      { initial: 'O', topics: [{ name: 'Ölgii' }] },
      { initial: 'Z', topics: [{ name: 'Zahir' }] },
    ]);
  });

  test('most covered: by articles, then by name', () => {
    const topics = [
      { name: 'B', allArticles: [1, 2] },
      { name: 'A', allArticles: [1, 2] },
      { name: 'C', allArticles: [1, 2, 3] },
      { name: 'D', allArticles: [1] },
    ];
    expect(mostCovered(topics, 3, 'en').map((topic) => topic.name)).toEqual(['C', 'A', 'B']);
  });
});
