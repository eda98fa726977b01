/**
 * Where a stored item is: the name of its pack file, the byte offset of the
 * item in it and its length in bytes.
 */
export type PackLocation = [pack: string, offset: number, length: number];

/** A pack file as it stands: its size, and how many of its bytes are still wanted. */
export interface PackUsage {
  name: string;
  size: number;
  live: number;
}

/** Packs kept at most before the smallest are merged into one. */
export const MAX_PACKS = 16;

/**
 * Sums, for every pack that the given locations point into, the bytes of the
 * items still wanted.
 */
export function measureLiveBytes(locations: Iterable<PackLocation>): Map<string, number> {
  const live = new Map<string, number>();
  for (const [pack, , length] of locations) live.set(pack, (live.get(pack) ?? 0) + length);
  return live;
}

/**
 * The packs whose wanted items should be copied into one new pack: those of
 * which less than half is still wanted (items of changed articles are never
 * overwritten, only left behind), and, when more than `maxPacks` would stay,
 * the smallest of the rest (every rebuild that renders anything adds a pack).
 * Packs with nothing wanted are not listed: they are simply removed.
 */
export function planCompaction(packs: readonly PackUsage[], maxPacks = MAX_PACKS): string[] {
  const wanted = packs.filter((pack) => pack.live > 0);
  const rewrite = new Set(wanted.filter((pack) => pack.live * 2 < pack.size).map((p) => p.name));
  const kept = wanted.filter((pack) => !rewrite.has(pack.name)).sort((a, b) => a.size - b.size);
  // The merged pack counts as one more.
  while (kept.length + (rewrite.size > 0 ? 1 : 0) > maxPacks) {
    rewrite.add(kept.shift()!.name);
  }
  return [...rewrite].sort();
}
