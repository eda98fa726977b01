import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatTable,
  median,
  parseBenchArguments,
  readImagePhase,
  weighPage,
} from '../../src/lib/bench.ts';

describe('parseBenchArguments', () => {
  test('defaults to one run of 10,000 articles with the plain setup', () => {
    expect(parseBenchArguments([])).toEqual({
      sizes: [10000],
      seed: 1,
      runs: 1,
      plain: true,
      pictures: true,
    });
  });

  test('reads every option', () => {
    expect(
      parseBenchArguments([
        '--articles',
        '1000,10_000',
        '--seed',
        '7',
        '--runs',
        '3',
        '--json',
        'out.json',
        '--no-plain',
        '--no-pictures',
      ]),
    ).toEqual({
      sizes: [1000, 10000],
      seed: 7,
      runs: 3,
      json: 'out.json',
      plain: false,
      pictures: false,
    });
  });

  test.each([
    [['--articles', '10k'], '--articles: "10k" is not a whole number above zero'],
    [['--runs', '0'], '--runs: "0" is not a whole number above zero'],
    [['--json'], '--json: give the path of the file to write'],
    [['--fast'], '--fast: unknown option'],
  ])('%j fails with a message naming the flag', (argv, message) => {
    expect(() => parseBenchArguments(argv)).toThrow(message);
  });
});

describe('median', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('weighPage', () => {
  test('counts script files and inline scripts but not JSON-LD', () => {
    const html =
      '<html><script type="application/ld+json">{"a":1}</script>' +
      '<script type="module" src="/search.js"></script><script>let a = 1;</script></html>';
    const weight = weighPage(html, (src) => (src === '/search.js' ? 1000 : 0));
    expect(weight.scriptBytes).toBe(1000 + 'let a = 1;'.length);
    expect(weight.bytes).toBe(html.length);
    expect(weight.gzipBytes).toBeGreaterThan(0);
  });

  test('a page without scripts carries no JavaScript', () => {
    expect(weighPage('<p>Hello</p>', () => 99).scriptBytes).toBe(0);
  });
});

describe('formatting', () => {
  test.each([
    [512, '512 B'],
    [5514, '5.38 KB'],
    [731_906_048, '698.0 MB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  test('a table aligns its columns', () => {
    expect(
      formatTable([
        ['name', 'n'],
        ['cold', '52.1 s'],
      ]),
    ).toBe('name       n\n----  ------\ncold  52.1 s');
  });
});

describe('readImagePhase', () => {
  const log = [
    '12:00:01 [build] 17 page(s) built',
    ' generating optimized images ',
    '12:00:01   ▶ /_astro/a.B-Wg_k.avif (before: 334kB, after: 3kB) (+15ms) (1/3)',
    '12:00:01   ▶ /_astro/a.B-Wg_n.webp (reused cache entry) (+1ms) (2/3)',
    '12:00:02   ▶ /_astro/a.B-Wg_z.jpg (before: 334kB, after: 23kB) (+57ms) (3/3)',
    '12:00:02 ✓ Completed in 2.24s.',
    '12:00:03 [build] ✓ Completed in 3.24s.',
  ].join('\n');

  test.each([
    [log, { encoded: 2, reused: 1, seconds: 2.24 }],
    [log.replace('2.24s', '250ms'), { encoded: 2, reused: 1, seconds: 0.25 }],
    [log.replace('2.24s', '1m 8s'), { encoded: 2, reused: 1, seconds: 68 }],
    ['12:00:01 [build] 17 page(s) built', undefined],
  ])('%#', (text, expected) => {
    expect(readImagePhase(text)).toEqual(expected);
  });
});
