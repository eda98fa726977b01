import type { APIContext } from 'astro';
import { completeEntries, getTopicFeedPaths, type DraftEntry } from '../../../data/feeds.ts';
import { reusePublished } from '../../../data/incremental.ts';
import { createRss, type FeedInfo } from '../../../lib/feeds.ts';

export const getStaticPaths = reusePublished('topic-feed', getTopicFeedPaths);

/** `/<kind>/<slug>/feed.xml`: RSS 2.0 of a topic's newest articles. */
export function GET({ props }: APIContext<{ info: FeedInfo; entries: DraftEntry[] }>): Response {
  return new Response(createRss(props.info, completeEntries(props.entries)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
