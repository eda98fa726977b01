import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * Links a published file into the new site. A hard link costs no copy and
 * leaves the published file as it is: the new build never writes to a
 * reused file, it only adds a name for it. Copies where links cannot be made.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Runs a task a few hundred items at a time: an archive has hundreds of thousands of files. */
export async function inBatches<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < items.length; index += 256) {
    await Promise.all(items.slice(index, index + 256).map(task));
  }
}

/** Links every file of a published folder into the same place in the new site. */
export async function linkFolder(from: string, to: string): Promise<number> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)));
  const folders = [...new Set(files.map((file) => dirname(join(to, file))))];
  await inBatches(folders, (folder) => mkdir(folder, { recursive: true }));
  await inBatches(files, (file) => linkOrCopy(join(from, file), join(to, file)));
  return files.length;
}
