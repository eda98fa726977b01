import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTopicFile } from '../lib/topicmeta.ts';
import { TOPIC_KINDS, type TopicKind, type TopicMeta } from '../lib/topics.ts';

/** Every kind's topic metadata from `topics/<kind>.yaml` in the content folder. */
export interface TopicMetadata {
  metadata: Record<TopicKind, TopicMeta[]>;
  problems: string[];
}

/** Reads `topics/people.yaml`, `topics/places.yaml` and `topics/sources.yaml`, where present. */
export function readTopicMetadata(contentDir: string): TopicMetadata {
  const metadata: Record<TopicKind, TopicMeta[]> = { people: [], places: [], sources: [] };
  const problems: string[] = [];
  for (const kind of TOPIC_KINDS) {
    const path = join(contentDir, 'topics', `${kind}.yaml`);
    if (!existsSync(path)) continue;
    const parsed = parseTopicFile(kind, relative(process.cwd(), path), readFileSync(path, 'utf8'));
    metadata[kind] = parsed.entries;
    problems.push(...parsed.problems);
  }
  return { metadata, problems };
}
