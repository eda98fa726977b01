import { createRobotsTxt } from '../lib/sitemaps.ts';
import { site } from '../site.ts';

/** `/robots.txt`, naming both sitemaps. */
export function GET(): Response {
  return new Response(createRobotsTxt(site.url), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
