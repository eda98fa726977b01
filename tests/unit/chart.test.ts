import { describe, expect, test } from 'vitest';
import { countByMonth, describeCoverage, layoutBars } from '../../src/lib/chart.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

const dates = (...texts: string[]) => texts.map((text) => parseArticleDate(text, 'Asia/Kabul'));

describe('countByMonth', () => {
  test.each([
    [[], []],
    [['2021-08-31'], [{ year: 2021, month: 8, count: 1 }]],
    [
      ['2021-08-31', '2021-11-01', '2021-08-01', '2021-11-30'],
      [
        { year: 2021, month: 8, count: 2 },
        { year: 2021, month: 9, count: 0 },
        { year: 2021, month: 10, count: 0 },
        { year: 2021, month: 11, count: 2 },
      ],
    ],
    [
      ['2021-12-31T23:30:00-08:00', '2022-01-01'],
      [
        { year: 2021, month: 12, count: 1 },
        { year: 2022, month: 1, count: 1 },
      ],
    ],
  ])('%j', (texts, counts) => {
    expect(countByMonth(dates(...texts))).toEqual(counts);
  });
});

describe('layoutBars', () => {
  test('the tallest bar fills the height, an empty month is flat, a small one is visible', () => {
    const bars = layoutBars(
      [
        { year: 2021, month: 1, count: 100 },
        { year: 2021, month: 2, count: 0 },
        { year: 2021, month: 3, count: 1 },
        { year: 2021, month: 4, count: 50 },
      ],
      400,
      80,
    );
    expect(bars.map((bar) => [bar.x, bar.y, bar.width, bar.height])).toEqual([
      [0, 0, 99, 80],
      [100, 80, 99, 0],
      [200, 79, 99, 1],
      [300, 40, 99, 40],
    ]);
  });
});

describe('describeCoverage', () => {
  test.each([
    [[], 'No articles yet.'],
    [['2021-08-31'], '1 article, all in August 2021.'],
    [
      ['2021-08-31', '2021-10-01', '2021-10-02'],
      '3 articles from August 2021 to October 2021; the most in October 2021 (2). By month: August 2021: 1, October 2021: 2.',
    ],
  ])('%j', (texts, text) => {
    expect(describeCoverage(countByMonth(dates(...texts)), 'en-GB')).toBe(text);
  });
});
