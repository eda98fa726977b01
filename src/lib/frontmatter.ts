import { parse } from 'yaml';

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown file split into its front-matter and its body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Reads the YAML front-matter of a Markdown file. It uses the YAML 1.2 core
 * schema, which has no timestamp type, so dates stay as the text written.
 * @throws Error naming what is wrong (no front-matter, invalid YAML).
 */
export function readFrontmatter(text: string): SplitFile {
  const match = FENCE.exec(text);
  if (!match) throw new Error('front-matter: missing; start the file with a --- block');
  let data: unknown;
  try {
    data = parse(match[1], { schema: 'core', uniqueKeys: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new Error(`front-matter: not valid YAML: ${message}`, { cause: error });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('front-matter: must be a set of key: value lines');
  }
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes an article file. A byte-order mark is dropped; bytes that are not
 * UTF-8 are an error rather than replacement characters in the page.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('file: not valid UTF-8 text; save it as UTF-8');
  }
}
