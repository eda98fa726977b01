// First path segments the site's own routes use.
const RESERVED = new Set([
  'people',
  'places',
  'sources',
  'archive',
  'search',
  'page',
  '404',
  'corrections',
]);

/**
 * Why a newsroom page's slug cannot be used, or `undefined` when it can: it
 * must not take the address of one of the site's own routes or of a year.
 */
export function findSlugConflict(slug: string): string | undefined {
  if (RESERVED.has(slug)) return `"${slug}" is the address of the site's own /${slug}/ pages`;
  if (/^\d{4}$/.test(slug)) return `"${slug}" is the address of a year's archive`;
  return undefined;
}
