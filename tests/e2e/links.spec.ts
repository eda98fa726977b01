import { expect, test } from '@playwright/test';
import { findScripts } from '../support/gates.ts';

/** Internal references of a page: links, and the sources of assets. */
function references(html: string, from: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1]!.replaceAll('&amp;', '&');
    const url = new URL(value, from);
    if (url.origin === new URL(from).origin) found.push(url.pathname);
  }
  return found;
}

test('every page reachable from the front page exists, its links resolve, and none loads a script', async ({
  request,
  baseURL,
}) => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const scripted: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (!response.ok()) {
      broken.push(`${path}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    // Scripts other than JSON data; only the search page may have them.
    if (findScripts(html).length > 0 && !path.startsWith('/search/')) scripted.push(path);
    for (const reference of references(html, new URL(path, baseURL).href)) {
      const decoded = decodeURI(reference);
      if (!seen.has(decoded)) {
        seen.add(decoded);
        queue.push(reference);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(scripted).toEqual([]);
  const pages = [...seen];
  // The crawl reached every kind of page, non-Latin and punctuated names included.
  for (const expected of [
    '/people/',
    '/places/',
    '/sources/',
    '/archive/',
    '/2014/',
    '/2021/page/2/',
    '/people/احمد-شاه-مسعود/',
    '/places/مزار-شریف/',
    '/places/北京/',
    '/places/cote-divoire/',
    '/sources/at-t/',
    '/places/afghanistan/page/2/',
  ]) {
    expect(pages).toContain(expected);
  }
});
