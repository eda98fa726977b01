import { slugify } from './slugs.ts';

/** The three kinds of topic; each is also the first segment of its URLs. */
export const TOPIC_KINDS = ['people', 'places', 'sources'] as const;

export type TopicKind = (typeof TOPIC_KINDS)[number];

/** A topic as an article links to it. */
export interface TopicLink {
  kind: TopicKind;
  name: string;
  url: string;
}

/** Site-relative URL of a topic page, such as `/people/zabihullah-mujahid/`. */
export function topicUrl(kind: TopicKind, name: string): string {
  return `/${kind}/${slugify(name)}/`;
}

/** Links to the topic pages of a list of names of one kind. */
export function linkTopics(kind: TopicKind, names: string[]): TopicLink[] {
  return names.map((name) => ({ kind, name, url: topicUrl(kind, name) }));
}
