import { describe, expect, test } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
  test.each([
    ['Zabihullah Mujahid', 'zabihullah-mujahid'],
    ['  Kabul  ', 'kabul'],
    ['SITE Intelligence Group', 'site-intelligence-group'],
    ['Ahmad Shāh Massoud', 'ahmad-shah-massoud'],
    ['Mazār-i-Sharīf', 'mazar-i-sharif'],
    ["O'Neill & Sons", 'oneill-sons'],
    ['Côte d’Ivoire', 'cote-divoire'],
    ['کابل', 'کابل'],
    ['مزار شریف', 'مزار-شریف'],
    ['2019-03-26 A Year in the Life', '2019-03-26-a-year-in-the-life'],
    ['!!!', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('isSlug', () => {
  test.each([
    ['kabul-airport', true],
    ['2021-report', true],
    ['Kabul', false],
    ['kabul--airport', false],
    ['-kabul', false],
    ['kabul airport', false],
    ['', false],
  ])('%s is a slug: %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});
