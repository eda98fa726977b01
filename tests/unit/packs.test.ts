import { describe, expect, test } from 'vitest';
import { measureLiveBytes, planCompaction, type PackUsage } from '../../src/lib/packs.ts';

test('measureLiveBytes sums the wanted bytes of each pack', () => {
  const live = measureLiveBytes([
    ['a.pack', 0, 100],
    ['b.pack', 0, 40],
    ['a.pack', 100, 25],
  ]);
  expect([...live]).toEqual([
    ['a.pack', 125],
    ['b.pack', 40],
  ]);
});

describe('planCompaction', () => {
  const pack = (name: string, size: number, live: number): PackUsage => ({ name, size, live });

  test.each<[string, PackUsage[], number, string[]]>([
    ['every pack mostly wanted', [pack('a', 100, 60), pack('b', 10, 10)], 16, []],
    ['a pack less than half wanted', [pack('a', 100, 49), pack('b', 10, 10)], 16, ['a']],
    ['a pack exactly half wanted', [pack('a', 100, 50)], 16, []],
    ['a pack with nothing wanted is removed, not copied', [pack('a', 100, 0)], 16, []],
    [
      'too many packs: the smallest go into one',
      [pack('a', 30, 30), pack('b', 10, 10), pack('c', 20, 20), pack('d', 40, 40)],
      3,
      ['b', 'c'],
    ],
    [
      'too many packs, one already copied: the merged pack counts once',
      [pack('a', 30, 30), pack('b', 10, 10), pack('c', 200, 20), pack('d', 40, 40)],
      3,
      ['b', 'c'],
    ],
  ])('%s', (_, packs, maxPacks, expected) => {
    expect(planCompaction(packs, maxPacks)).toEqual(expected);
  });

  test('after compaction no more than the limit of packs remain', () => {
    const packs = Array.from({ length: 40 }, (_, index) =>
      pack(`p${index}`, 10 + index, 10 + index),
    );
    const rewritten = planCompaction(packs, 16);
    expect(packs.length - rewritten.length + 1).toBe(16);
  });
});
