import { formatMonth, type ArticleDate } from './dates.ts';

/** Number of articles in one calendar month. */
export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

/** One bar of the coverage chart, in SVG user units. */
export interface Bar extends MonthCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Articles per month from the first month to the last, months without
 * articles included as zero, by each date's month as written.
 */
export function countByMonth(dates: ArticleDate[]): MonthCount[] {
  if (dates.length === 0) return [];
  const key = (date: { year: number; month: number }) => date.year * 12 + (date.month - 1);
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(key(date), (counts.get(key(date)) ?? 0) + 1);
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, index) => ({
    year: Math.floor((first + index) / 12),
    month: ((first + index) % 12) + 1,
    count: counts.get(first + index) ?? 0,
  }));
}

/**
 * Lays out one bar per month in a `width` by `height` box; the tallest bar
 * fills the height, and a month with articles is never drawn flat.
 */
export function layoutBars(counts: MonthCount[], width: number, height: number): Bar[] {
  const max = Math.max(1, ...counts.map((item) => item.count));
  const slot = counts.length > 0 ? width / counts.length : width;
  const gap = slot > 4 ? 1 : 0;
  return counts.map((item, index) => {
    const barHeight = item.count === 0 ? 0 : Math.max(1, (item.count / max) * height);
    return {
      ...item,
      x: round(index * slot),
      y: round(height - barHeight),
      width: round(Math.max(slot - gap, 0.5)),
      height: round(barHeight),
    };
  });
}

/**
 * The chart's text alternative: the span, the total, the busiest month and
 * every month that had articles, in the site's language.
 */
export function describeCoverage(counts: MonthCount[], locale: string): string {
  if (counts.length === 0) return 'No articles yet.';
  const name = (item: MonthCount) => formatMonth(item, locale);
  const plural = (count: number) => `${count} article${count === 1 ? '' : 's'}`;
  const total = counts.reduce((sum, item) => sum + item.count, 0);
  if (counts.length === 1) return `${plural(total)}, all in ${name(counts[0]!)}.`;
  const busiest = counts.reduce((best, item) => (item.count > best.count ? item : best));
  const months = counts
    .filter((item) => item.count > 0)
    .map((item) => `${name(item)}: ${item.count}`);
  return `${plural(total)} from ${name(counts[0]!)} to ${name(counts.at(-1)!)}; the most in ${name(busiest)} (${busiest.count}). By month: ${months.join(', ')}.`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
