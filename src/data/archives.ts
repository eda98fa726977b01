import { groupByMonth } from '../lib/archives.ts';
import { formatMonth, monthSegment } from '../lib/dates.ts';
import { site } from '../site.ts';
import { getSiteData, paginateArticles } from './articles.ts';

// Rest parameter of a listing: none for its first page, `page/<n>` after.
const pageParam = (number: number) => (number > 1 ? `page/${number}` : undefined);

/** Static paths of every year's archive, `/<yyyy>/` and `/<yyyy>/page/<n>/`. */
export async function getYearPaths() {
  const years = groupByMonth((await getSiteData()).articles);
  const paths = [];
  for (const year of years) {
    const months = year.months.map((month) => ({
      name: formatMonth(month, site.language),
      url: month.url,
      count: month.articles.length,
    }));
    for (const page of await paginateArticles(year.articles, year.url)) {
      paths.push({
        path: page.url,
        params: { year: String(year.year), page: pageParam(page.number) },
        props: { heading: String(year.year), months, page },
      });
    }
  }
  return paths;
}

/** Static paths of every month's archive, `/<yyyy>/<mm>/` and `/<yyyy>/<mm>/page/<n>/`. */
export async function getMonthPaths() {
  const years = groupByMonth((await getSiteData()).articles);
  const paths = [];
  for (const month of years.flatMap((year) => year.months)) {
    const heading = formatMonth(month, site.language);
    for (const page of await paginateArticles(month.articles, month.url)) {
      paths.push({
        path: page.url,
        params: {
          year: String(month.year),
          month: monthSegment(month),
          page: pageParam(page.number),
        },
        props: { heading, yearUrl: `/${month.year}/`, page },
      });
    }
  }
  return paths;
}

/** `/archive/`: every year and month with its number of articles. */
export async function getArchive() {
  return groupByMonth((await getSiteData()).articles).map((year) => ({
    year: year.year,
    url: year.url,
    count: year.articles.length,
    months: year.months.map((month) => ({
      name: formatMonth(month, site.language),
      url: month.url,
      count: month.articles.length,
    })),
  }));
}
