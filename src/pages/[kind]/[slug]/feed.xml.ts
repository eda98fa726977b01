import type { APIContext } from 'astro';
import { getTopicFeedPaths } from '../../../data/feeds.ts';
import { reusePublished } from '../../../data/incremental.ts';
import { createRss, type FeedEntryHead, type FeedInfo } from '../../../lib/feeds.ts';

export const getStaticPaths = reusePublished('topic-feed', getTopicFeedPaths);

/** `/<kind>/<slug>/feed.xml`: RSS 2.0 of a topic's newest articles, with their summaries. */
export function GET({ props }: APIContext<{ info: FeedInfo; entries: FeedEntryHead[] }>): Response {
  return new Response(createRss(props.info, props.entries), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
