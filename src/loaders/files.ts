import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';

/** Markdown files under `root`, as sorted paths relative to it with `/` separators. */
export async function listMarkdownFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true });
  return names
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}
