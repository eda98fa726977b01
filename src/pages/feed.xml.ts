import { getSiteFeed } from '../data/feeds.ts';
import { createRss } from '../lib/feeds.ts';

/** `/feed.xml`: RSS 2.0 of the newest articles. */
export async function GET(): Promise<Response> {
  const { info, entries } = await getSiteFeed('/feed.xml');
  return new Response(createRss(info, entries), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
