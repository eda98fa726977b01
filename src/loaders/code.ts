import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The files at `path`: every file under it when it is a folder, itself when it is a file. */
export async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => null);
  if (entries === null) return existsSync(path) ? [path] : [];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
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
