import { describe, expect, test } from 'vitest';
import { articleUrl, type ArticleData } from '../../src/lib/articles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { buildTopicIndex, type TopicKind, type TopicMeta } from '../../src/lib/topics.ts';
import { createArticleView } from '../../src/lib/views.ts';

const date = parseArticleDate('2021-08-31', 'Asia/Kabul');
const base: ArticleData = {
  title: 'Headline',
  date,
  summary: 'Deck.',
  sources: [{ name: 'AFP' }, { name: 'Reuters', url: 'https://www.reuters.com/' }],
  people: ['Zabihullah Mujahid'],
  places: ['Kabul', 'Afghanistan'],
  draft: false,
  slug: 'headline',
  url: articleUrl(date, 'headline'),
  file: '2021/08/headline.md',
  words: 610,
  corrections: [],
  kind: 'news',
  featured: false,
  aliases: [],
  pictures: [],
};

const metadata: Record<TopicKind, TopicMeta[]> = {
  people: [],
  places: [{ name: 'Kabul', aliases: ['Kabol'], file: 'topics/places.yaml' }],
  sources: [{ name: 'AFP', aliases: [], url: 'https://www.afp.com/', file: 'topics/sources.yaml' }],
};
const index = buildTopicIndex([base], metadata);

describe('createArticleView', () => {
  test('dates, dateline, topic links and reading time', () => {
    expect(createArticleView(base, 'en-GB', index)).toEqual({
      title: 'Headline',
      lang: 'en-GB',
      dir: 'ltr',
      translations: [],
      url: '/2021/08/headline/',
      summary: 'Deck.',
      published: { text: '31 August 2021', iso: '2021-08-31' },
      publishedInstant: '2021-08-30T19:30:00.000Z',
      placeline: 'Kabul',
      sources: [
        {
          kind: 'sources',
          slug: 'afp',
          name: 'AFP',
          url: '/sources/afp/',
          homepage: 'https://www.afp.com/',
        },
        {
          kind: 'sources',
          slug: 'reuters',
          name: 'Reuters',
          url: '/sources/reuters/',
          homepage: 'https://www.reuters.com/',
        },
      ],
      people: [
        {
          kind: 'people',
          slug: 'zabihullah-mujahid',
          name: 'Zabihullah Mujahid',
          url: '/people/zabihullah-mujahid/',
        },
      ],
      places: [
        { kind: 'places', slug: 'kabul', name: 'Kabul', url: '/places/kabul/' },
        { kind: 'places', slug: 'afghanistan', name: 'Afghanistan', url: '/places/afghanistan/' },
      ],
      readingMinutes: 3,
      corrections: [],
    });
  });

  test.each([
    ['2021-09-02T10:00:00+04:30', { text: '2 September 2021', iso: '2021-09-02T10:00:00+04:30' }],
    ['2021-08-30', undefined],
  ])('updated %s', (updated, expected) => {
    const view = createArticleView(
      { ...base, updated: parseArticleDate(updated, 'Asia/Kabul') },
      'en-GB',
      index,
    );
    expect(view.updated).toEqual(expected);
  });

  test('byline when given', () => {
    expect(createArticleView({ ...base, byline: 'Farida Ahmadi' }, 'en-GB', index).byline).toBe(
      'Farida Ahmadi',
    );
  });
});

test('an alias shows as its topic, in the dateline too', () => {
  const view = createArticleView({ ...base, places: ['Kabol'] }, 'en-GB', index);
  expect(view.placeline).toBe('Kabul');
  expect(view.places).toEqual([
    { kind: 'places', slug: 'kabul', name: 'Kabul', url: '/places/kabul/' },
  ]);
});

test('an article in Persian: its language, direction and dates, and a link to its original', () => {
  const persian = { ...base, lang: 'fa', url: '/2021/08/headline-fa/' };
  const view = createArticleView(persian, 'en-GB', index, [{ url: base.url }]);
  expect(view.lang).toBe('fa');
  expect(view.dir).toBe('rtl');
  expect(view.published.text).toBe('۹ شهریور ۱۴۰۰');
  expect(view.translations).toEqual([
    { lang: 'en-GB', dir: 'ltr', label: 'Read in English', url: '/2021/08/headline/' },
  ]);
  const original = createArticleView(base, 'en-GB', index, [persian]);
  expect(original.translations).toEqual([
    { lang: 'fa', dir: 'rtl', label: 'به فارسی بخوانید', url: '/2021/08/headline-fa/' },
  ]);
});
