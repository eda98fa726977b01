import { monthSegment, type ArticleDate } from './dates.ts';

/** A year of the archive with its months that have articles. */
export interface ArchiveYear<A> {
  year: number;
  url: string;
  articles: A[];
  months: ArchiveMonth<A>[];
}

/** A month of the archive. */
export interface ArchiveMonth<A> {
  year: number;
  month: number;
  url: string;
  articles: A[];
}

/** Site-relative URL of a year's archive, `/<yyyy>/`. */
export function yearUrl(year: number): string {
  return `/${year}/`;
}

/** Site-relative URL of a month's archive, `/<yyyy>/<mm>/`. */
export function monthUrl(date: { year: number; month: number }): string {
  return `/${date.year}/${monthSegment(date)}/`;
}

/**
 * Groups articles (already newest first) into years and months by their
 * dates as written, newest year and month first, keeping the order within.
 */
export function groupByMonth<A extends { date: ArticleDate }>(articles: A[]): ArchiveYear<A>[] {
  const years = new Map<number, ArchiveYear<A>>();
  for (const article of articles) {
    const { year, month } = article.date;
    let entry = years.get(year);
    if (!entry) {
      entry = { year, url: yearUrl(year), articles: [], months: [] };
      years.set(year, entry);
    }
    entry.articles.push(article);
    let monthEntry = entry.months.find((item) => item.month === month);
    if (!monthEntry) {
      monthEntry = { year, month, url: monthUrl({ year, month }), articles: [] };
      entry.months.push(monthEntry);
    }
    monthEntry.articles.push(article);
  }
  const sorted = [...years.values()].sort((a, b) => b.year - a.year);
  for (const year of sorted) year.months.sort((a, b) => b.month - a.month);
  return sorted;
}
