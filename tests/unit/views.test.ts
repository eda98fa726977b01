import { describe, expect, test } from 'vitest';
import { articleUrl, type ArticleData } from '../../src/lib/articles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
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
};

describe('createArticleView', () => {
  test('dates, dateline, topic links and reading time', () => {
    expect(createArticleView(base, 'en-GB')).toEqual({
      title: 'Headline',
      url: '/2021/08/headline/',
      summary: 'Deck.',
      published: { text: '31 August 2021', iso: '2021-08-31' },
      placeline: 'Kabul',
      sources: base.sources,
      people: [{ kind: 'people', name: 'Zabihullah Mujahid', url: '/people/zabihullah-mujahid/' }],
      places: [
        { kind: 'places', name: 'Kabul', url: '/places/kabul/' },
        { kind: 'places', name: 'Afghanistan', url: '/places/afghanistan/' },
      ],
      readingMinutes: 3,
    });
  });

  test.each([
    ['2021-09-02T10:00:00+04:30', { text: '2 September 2021', iso: '2021-09-02T10:00:00+04:30' }],
    ['2021-08-30', undefined],
  ])('updated %s', (updated, expected) => {
    const view = createArticleView(
      { ...base, updated: parseArticleDate(updated, 'Asia/Kabul') },
      'en-GB',
    );
    expect(view.updated).toEqual(expected);
  });

  test('byline when given', () => {
    expect(createArticleView({ ...base, byline: 'Farida Ahmadi' }, 'en-GB').byline).toBe(
      'Farida Ahmadi',
    );
  });
});
