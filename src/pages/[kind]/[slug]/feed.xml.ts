import type { APIContext } from 'astro';
import { getTopicFeedPaths } from '../../../data/feeds.ts';
import { createRss, type FeedEntry, type FeedInfo } from '../../../lib/feeds.ts';

export const getStaticPaths = getTopicFeedPaths;

/** `/<kind>/<slug>/feed.xml`: RSS 2.0 of a topic's newest articles. */
export function GET({ props }: APIContext<{ info: FeedInfo; entries: FeedEntry[] }>): Response {
  return new Response(createRss(props.info, props.entries), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
