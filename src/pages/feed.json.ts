import { getSiteFeed } from '../data/feeds.ts';
import { createJsonFeed } from '../lib/feeds.ts';

/** `/feed.json`: JSON Feed 1.1 of the newest articles. */
export async function GET(): Promise<Response> {
  const { info, entries } = await getSiteFeed('/feed.json');
  return new Response(JSON.stringify(createJsonFeed(info, entries)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
