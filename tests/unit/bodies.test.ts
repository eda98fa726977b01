import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  keepBodies,
  openPackWriter,
  prepareBodies,
  readBody,
  readBodyIndex,
} from '../../src/loaders/bodies.ts';
import type { PackLocation } from '../../src/lib/packs.ts';

let dir: string;

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'dateline-bodies-')), 'bodies');
  prepareBodies(dir);
});

afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

function store(bodies: Record<string, string>): Map<string, PackLocation> {
  const writer = openPackWriter(dir);
  const index = new Map(
    Object.entries(bodies).map(([digest, html]) => [digest, writer.append(html)]),
  );
  writer.close();
  return index;
}

test('bodies read back as written, whatever their characters', async () => {
  const bodies = { a: '<p>Kabul</p>', b: '<p>کابل — «سلام»</p>', c: '' };
  await keepBodies(dir, store(bodies));
  for (const [digest, html] of Object.entries(bodies)) expect(readBody(dir, digest)).toBe(html);
  expect([...readBodyIndex(dir).keys()].sort()).toEqual(['a', 'b', 'c']);
});

test('a body no longer wanted is forgotten, and a pack with nothing wanted removed', async () => {
  const first = store({ a: '<p>one</p>', b: '<p>two</p>' });
  const second = store({ c: '<p>three</p>' });
  await keepBodies(dir, new Map([...first, ...second]));
  await keepBodies(dir, new Map([['c', second.get('c')!]]));
  expect([...readBodyIndex(dir).keys()]).toEqual(['c']);
  expect(() => readBody(dir, 'a')).toThrow(/no rendered body for a in .*bodies/);
  expect(await readdir(dir)).toEqual(['index.json', second.get('c')![0]].sort());
});

test('a pack mostly left behind is copied out, and its bodies still read', async () => {
  const old = store({ a: 'x'.repeat(10), b: 'y'.repeat(1000) });
  await keepBodies(dir, old);
  await keepBodies(dir, new Map([['a', old.get('a')!]]));
  const [pack] = readBodyIndex(dir).get('a')!;
  expect(pack).not.toBe(old.get('a')![0]);
  expect(readBody(dir, 'a')).toBe('x'.repeat(10));
  expect((await readdir(dir)).length).toBe(2);
});

test('a body whose pack is gone is not listed, so that it is rendered again', async () => {
  const index = store({ a: '<p>one</p>' });
  await keepBodies(dir, index);
  await rm(join(dir, index.get('a')![0]));
  expect(readBodyIndex(dir).size).toBe(0);
});
