import { parse } from 'yaml';
import * as z from 'zod';
import { formatIssue } from './schema.ts';
import { slugify } from './slugs.ts';
import type { TopicKind, TopicMeta } from './topics.ts';

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });

function entrySchema(kind: TopicKind) {
  return z
    .object({
      description: text.optional(),
      aliases: z.array(text, { error: 'must be a list of names' }).default([]),
      ...(kind === 'places' ? { within: text.optional() } : {}),
      ...(kind === 'sources' ? { url: httpUrl.optional() } : {}),
    })
    .strict();
}

/** The topic metadata of one kind read from a file, with any problems in it. */
export interface TopicFile {
  entries: TopicMeta[];
  problems: string[];
}

/**
 * Reads a topic file (`topics/people.yaml` and the like): a mapping from each
 * topic's name to its `description`, `aliases`, and `within` (places) or
 * `url` (sources). Problems name the file and the entry.
 */
export function parseTopicFile(kind: TopicKind, file: string, source: string): TopicFile {
  let data: unknown;
  try {
    data = parse(source, { schema: 'core', uniqueKeys: true }) ?? {};
  } catch (error) {
    return {
      entries: [],
      problems: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { entries: [], problems: [`${file}: must map each topic's name to its details`] };
  }
  const entries: TopicMeta[] = [];
  const problems: string[] = [];
  const schema = entrySchema(kind);
  for (const [name, value] of Object.entries(data)) {
    if (slugify(name) === '') {
      problems.push(`${file}: "${name}": the name has no letters or digits to make a URL from`);
      continue;
    }
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      problems.push(
        ...result.error.issues.map((issue) => `${file}: "${name}": ${formatIssue(issue, 'entry')}`),
      );
      continue;
    }
    const { description, aliases } = result.data;
    const within = 'within' in result.data ? (result.data.within as string | undefined) : undefined;
    const url = 'url' in result.data ? (result.data.url as string | undefined) : undefined;
    entries.push({
      name,
      aliases,
      file,
      ...(description ? { description } : {}),
      ...(within ? { within } : {}),
      ...(url ? { url } : {}),
    });
  }
  return { entries, problems };
}
