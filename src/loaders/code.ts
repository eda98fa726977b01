import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => null);
  if (entries === null) return [path];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A digest of the code found at the given files and folders (folders read
 * whole), so that whatever was made by older code is never reused.
 */
export async function digestCode(
  paths: string[],
  generateDigest: (text: string) => string,
): Promise<string> {
  const files = (await Promise.all(paths.map(listFiles))).flat().sort();
  const sources = await Promise.all(
    files.map(async (file) => `${file}\0${await readFile(file, 'utf8').catch(() => '')}`),
  );
  return generateDigest(sources.join('\0'));
}
