import { getSiteData } from '../data/articles.ts';
import { createNewsSitemap } from '../lib/sitemaps.ts';
import { buildTime, site } from '../site.ts';

/** `/news-sitemap.xml`: the articles of the last two days, for Google News. */
export async function GET(): Promise<Response> {
  const { current } = await getSiteData();
  const xml = createNewsSitemap(current, {
    now: buildTime,
    siteUrl: site.url,
    publication: site.name,
    language: site.language,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
