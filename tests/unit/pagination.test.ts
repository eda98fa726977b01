import { describe, expect, test } from 'vitest';
import { pageUrl, paginate } from '../../src/lib/pagination.ts';

describe('pageUrl', () => {
  test.each([
    ['/', 1, '/'],
    ['/', 2, '/page/2/'],
    ['/people/kabul/', 3, '/people/kabul/page/3/'],
    ['/2021/08/', 2, '/2021/08/page/2/'],
  ])('%s page %i', (base, number, url) => {
    expect(pageUrl(base, number)).toBe(url);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);

  test('splits into pages of the given size with links between them', () => {
    const pages = paginate(items, 20, '/');
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((page) => page.url)).toEqual(['/', '/page/2/', '/page/3/']);
    expect(pages[0]).toMatchObject({ number: 1, count: 3, nextUrl: '/page/2/' });
    expect(pages[0]?.previousUrl).toBeUndefined();
    expect(pages[1]).toMatchObject({ previousUrl: '/', nextUrl: '/page/3/' });
    expect(pages[2]?.nextUrl).toBeUndefined();
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  test('an empty listing has one empty page', () => {
    expect(paginate([], 20, '/')).toEqual([{ number: 1, count: 1, items: [], url: '/' }]);
  });

  test('an exact multiple makes no empty last page', () => {
    expect(paginate(items.slice(0, 40), 20, '/')).toHaveLength(2);
  });
});
