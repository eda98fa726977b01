import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { measureLiveBytes, planCompaction, type PackLocation } from '../lib/packs.ts';

// Rendered bodies live beside the data store rather than in it, so that the
// store stays small at any archive size and a page reads only the body it
// shows. They are appended to a few pack files, not written one file each:
// creating ten thousand small files cost the render workers seconds of
// kernel time, appending them costs a tenth of a second.

const INDEX = 'index.json';
const PACK = '.pack';

/** Appends bodies to a new pack file of its own, made on the first body. */
export interface PackWriter {
  append(html: string): PackLocation;
  close(): void;
}

/** Opens a writer for a new pack in `dir`, which exists. */
export function openPackWriter(dir: string): PackWriter {
  const name = `${randomUUID()}${PACK}`;
  let fd: number | undefined;
  let offset = 0;
  return {
    append(html) {
      fd ??= openSync(join(dir, name), 'wx');
      const bytes = Buffer.from(html, 'utf8');
      for (let written = 0; written < bytes.length;) {
        written += writeSync(fd, bytes, written, bytes.length - written, offset + written);
      }
      const location: PackLocation = [name, offset, bytes.length];
      offset += bytes.length;
      return location;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** Makes the folder of the rendered bodies, once before any is written. */
export function prepareBodies(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/**
 * Where each stored body is, by the digest of its Markdown file; bodies whose
 * pack is gone are left out, so that they are rendered again.
 */
export function readBodyIndex(dir: string): Map<string, PackLocation> {
  let entries: [string, PackLocation][];
  try {
    entries = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as [string, PackLocation][];
  } catch {
    return new Map();
  }
  const present = new Map<string, boolean>();
  const exists = (pack: string) => {
    if (!present.has(pack)) present.set(pack, existsSync(join(dir, pack)));
    return present.get(pack)!;
  };
  return new Map(entries.filter(([, [pack]]) => exists(pack)));
}

// Copies the wanted bodies of the given packs into one new pack.
function compact(
  dir: string,
  index: Map<string, PackLocation>,
  packs: readonly string[],
): Map<string, PackLocation> {
  const rewrite = new Set(packs);
  const writer = openPackWriter(dir);
  const compacted = new Map(index);
  try {
    for (const [digest, location] of index) {
      if (rewrite.has(location[0])) compacted.set(digest, writer.append(readAt(dir, location)));
    }
  } finally {
    writer.close();
  }
  return compacted;
}

/**
 * Keeps exactly the given bodies: writes their index, copies them out of
 * packs that are mostly left-behind bodies or too many (see
 * `planCompaction`), then removes every file of the folder that no body is
 * in. The index is replaced in one rename, so a build that stops midway
 * leaves the previous index and its packs whole.
 */
export async function keepBodies(dir: string, wanted: Map<string, PackLocation>): Promise<void> {
  const live = measureLiveBytes(wanted.values());
  const usage = [...live].map(([name, bytes]) => ({
    name,
    size: statSync(join(dir, name)).size,
    live: bytes,
  }));
  const packs = planCompaction(usage);
  const index = packs.length > 0 ? compact(dir, wanted, packs) : wanted;
  const next = join(dir, `${INDEX}.next`);
  writeFileSync(next, JSON.stringify([...index]));
  renameSync(next, join(dir, INDEX));
  const used = new Set([...index.values()].map(([pack]) => pack));
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name !== INDEX && !used.has(name))
      .map((name) => rm(join(dir, name), { force: true })),
  );
  forgetReader();
}

function readAt(dir: string, [pack, offset, length]: PackLocation): string {
  const fd = openSync(join(dir, pack), 'r');
  try {
    return readBytes(fd, offset, length);
  } finally {
    closeSync(fd);
  }
}

function readBytes(fd: number, offset: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  for (let read = 0; read < length;) {
    const count = readSync(fd, bytes, read, length - read, offset + read);
    if (count === 0) throw new Error('the pack ends before the body does');
    read += count;
  }
  return bytes.toString('utf8');
}

// The index and open packs of the folder last read from: a build reads
// thousands of bodies, each from a pack that stays open.
let reader: { dir: string; index: Map<string, PackLocation>; fds: Map<string, number> } | undefined;

function forgetReader(): void {
  for (const fd of reader?.fds.values() ?? []) closeSync(fd);
  reader = undefined;
}

function readStored(dir: string, digest: string, fresh: boolean): string | undefined {
  if (fresh || reader?.dir !== dir) {
    forgetReader();
    reader = { dir, index: readBodyIndex(dir), fds: new Map() };
  }
  const location = reader.index.get(digest);
  if (location === undefined) return undefined;
  const [pack, offset, length] = location;
  let fd = reader.fds.get(pack);
  if (fd === undefined) {
    fd = openSync(join(dir, pack), 'r');
    reader.fds.set(pack, fd);
  }
  return readBytes(fd, offset, length);
}

/**
 * Reads the rendered body stored under a digest; the index is read again
 * when the digest or its pack is not found (the dev server renders anew).
 * @throws Error when it is missing: the build's caches were removed mid-build.
 */
export function readBody(dir: string, digest: string): string {
  let body: string | undefined;
  try {
    body = readStored(dir, digest, false);
  } catch {
    body = undefined;
  }
  body ??= readStored(dir, digest, true);
  if (body === undefined) {
    throw new Error(`no rendered body for ${digest} in ${dir}: were the build's caches removed?`);
  }
  return body;
}
