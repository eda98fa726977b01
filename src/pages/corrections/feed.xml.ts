import { getCorrectionsFeed } from '../../data/corrections.ts';
import { createRss } from '../../lib/feeds.ts';

/** `/corrections/feed.xml`: RSS 2.0 of the newest corrections. */
export async function GET(): Promise<Response> {
  const { info, entries } = await getCorrectionsFeed();
  return new Response(createRss(info, entries), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
