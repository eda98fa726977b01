/** One page of a paginated listing. */
export interface Page<T> {
  /** Page number, from 1. */
  number: number;
  /** Number of pages in the listing. */
  count: number;
  items: T[];
  url: string;
  previousUrl?: string;
  nextUrl?: string;
}

/** URL of page `number` of the listing at `baseUrl`: the base itself, then `page/<n>/` under it. */
export function pageUrl(baseUrl: string, number: number): string {
  return number <= 1 ? baseUrl : `${baseUrl}page/${number}/`;
}

/**
 * Splits a listing into pages of `size` items. An empty listing still has
 * one (empty) page, so that its first URL always exists.
 */
export function paginate<T>(items: T[], size: number, baseUrl: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      number,
      count,
      items: items.slice(index * size, number * size),
      url: pageUrl(baseUrl, number),
      ...(number > 1 ? { previousUrl: pageUrl(baseUrl, number - 1) } : {}),
      ...(number < count ? { nextUrl: pageUrl(baseUrl, number + 1) } : {}),
    };
  });
}
