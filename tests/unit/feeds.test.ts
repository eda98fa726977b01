import { describe, expect, test } from 'vitest';
import { parseArticleDate, rfc822 } from '../../src/lib/dates.ts';
import { absolutizeHtml, createFeedEntryHead } from '../../src/lib/feeds.ts';

const base = 'https://news.example/2021/08/story/';

describe('absolutizeHtml', () => {
  test.each([
    ['<a href="/people/ali/">Ali</a>', '<a href="https://news.example/people/ali/">Ali</a>'],
    ['<a href="#notes">notes</a>', '<a href="https://news.example/2021/08/story/#notes">notes</a>'],
    [
      '<a href="../../07/older/">older</a>',
      '<a href="https://news.example/2021/07/older/">older</a>',
    ],
    [
      '<img src="photo.jpg" alt="">',
      '<img src="https://news.example/2021/08/story/photo.jpg" alt="">',
    ],
    ['<a href="https://other.example/x">x</a>', '<a href="https://other.example/x">x</a>'],
    [
      '<img srcset="/a.jpg 1x, /b.jpg 2x" alt="">',
      '<img srcset="https://news.example/a.jpg 1x, https://news.example/b.jpg 2x" alt="">',
    ],
    // A fragment whose links are all absolute already is returned as it is.
    [
      '<p>Text &#x26; more <a href="https://a.example/x">x</a></p>',
      '<p>Text &#x26; more <a href="https://a.example/x">x</a></p>',
    ],
    ['<a href="https://other.example">x</a>', '<a href="https://other.example/">x</a>'],
    [
      '<a href="/x/" title="a &#x26; b">x</a>',
      '<a href="https://news.example/x/" title="a &#x26; b">x</a>',
    ],
    ['<a href="http://[not a host">x</a>', '<a href="http://[not a host">x</a>'],
  ])('%s', (html, expected) => {
    expect(absolutizeHtml(html, base)).toBe(expected);
  });
});

describe('rfc822', () => {
  test.each([
    ['2021-08-31T09:30:00+04:30', 'Tue, 31 Aug 2021 09:30:00 +0430'],
    ['2014-04-18 1:00:01 -0400', 'Fri, 18 Apr 2014 01:00:01 -0400'],
    ['2021-08-31T05:00:00Z', 'Tue, 31 Aug 2021 05:00:00 +0000'],
  ])('%s', (text, expected) => {
    expect(rfc822(parseArticleDate(text, 'UTC'))).toBe(expected);
  });
});

describe('createFeedEntryHead', () => {
  test('dates with offsets, the later date as updated, the byline as author', () => {
    const entry = createFeedEntryHead(
      {
        url: '/2021/08/story/',
        title: 'Story',
        summary: 'Sum',
        date: parseArticleDate('2021-08-31', 'Asia/Kabul'),
        updated: parseArticleDate('2021-09-01T10:00:00+04:30', 'Asia/Kabul'),
        byline: 'Farida Ahmadi',
        corrections: [],
        kind: 'news',
      },
      { siteUrl: 'https://news.example/', language: 'en-GB', categories: ['Kabul'] },
    );
    expect(entry).toEqual({
      id: base,
      url: base,
      title: 'Story',
      summary: 'Sum',
      published: '2021-08-31T00:00:00+04:30',
      updated: '2021-09-01T10:00:00+04:30',
      publishedRfc822: 'Tue, 31 Aug 2021 00:00:00 +0430',
      authors: ['Farida Ahmadi'],
      categories: ['Kabul'],
      language: 'en-GB',
    });
  });
});

test('an opinion is labelled in the title, and a correction is the last change', () => {
  const entry = createFeedEntryHead(
    {
      url: '/2021/08/view/',
      title: 'Why it matters',
      summary: 'Sum',
      date: parseArticleDate('2021-08-31', 'Asia/Kabul'),
      corrections: [
        {
          date: parseArticleDate('2021-09-02', 'Asia/Kabul'),
          text: 'Fixed a name.',
          kind: 'correction',
        },
      ],
      kind: 'opinion',
    },
    { siteUrl: 'https://news.example/', language: 'en-GB', categories: [] },
  );
  expect(entry.title).toBe('Opinion: Why it matters');
  expect(entry.updated).toBe('2021-09-02T00:00:00+04:30');
});
