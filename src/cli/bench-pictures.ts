/**
 * The benchmark's image line: a small archive whose every article has a
 * generated photograph as its lead picture, built cold and again unchanged;
 * Astro's image phase is read from each build's log, apart from the pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { formatBytes, formatTable, median, PICTURE_COUNT, type ImagePhase } from '../lib/bench.ts';
import { createCorpus, createPicturePixels } from '../lib/corpus.ts';

/** Size of the generated photographs: a newsroom's usual export. */
const PICTURE_SIZE = { width: 1600, height: 1067 };

/** A build's figures as the benchmark records them. */
interface Run {
  seconds: number;
  images?: ImagePhase;
}

/** What the image measurement needs of the benchmark. */
export interface PictureBenchContext {
  work: string;
  seed: number;
  progress: (message: string) => void;
  /** Builds the pictures corpus as often as the benchmark's runs say. */
  build: (label: string, prepare?: (run: number) => Promise<void>) => Promise<Run[]>;
  removeCaches: () => Promise<void>;
}

// Every article of a small corpus, each with its own photograph beside it.
async function writePictureCorpus(dir: string, seed: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  let index = 0;
  for (const file of createCorpus({ articles: PICTURE_COUNT, seed })) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    if (!path.includes('/articles/')) {
      await writeFile(path, file.text);
      continue;
    }
    index += 1;
    const picture = `${basename(path, '.md')}.jpg`;
    const pixels = createPicturePixels(
      seed * 1000 + index,
      PICTURE_SIZE.width,
      PICTURE_SIZE.height,
    );
    await sharp(pixels, { raw: { ...PICTURE_SIZE, channels: 3 } })
      .jpeg({ quality: 88 })
      .toFile(join(dirname(path), picture));
    const image = `image:\n  src: ${picture}\n  alt: A landscape of hills under the sky\n`;
    await writeFile(path, file.text.replace(/^---\n/, `---\n${image}`));
  }
}

// Bytes of the pictures a build wrote, by format.
function pictureBytes(out: string): Record<string, number> {
  const dir = join(out, '_astro');
  const bytes: Record<string, number> = {};
  if (!existsSync(dir)) return bytes;
  for (const name of readdirSync(dir)) {
    const format = /\.(avif|webp|jpg)$/.exec(name)?.[1];
    if (format) bytes[format] = (bytes[format] ?? 0) + statSync(join(dir, name)).size;
  }
  return bytes;
}

// The 375-pixel AVIF of each article's lead picture, in bytes.
function smallLeadBytes(out: string): number[] {
  const sizes: number[] = [];
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html' || !/\/\d{4}\/\d{2}\/[^/]+$/.test(entry.parentPath)) continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const lead = /<figure class="lead-picture">.*?type="image\/avif" srcset="(\S+) 375w/s.exec(
      html,
    );
    if (lead?.[1]) sizes.push(statSync(join(out, lead[1])).size);
  }
  return sizes;
}

const phase = (runs: Run[], pick: (images: ImagePhase) => number) =>
  median(runs.map((run) => (run.images ? pick(run.images) : Number.NaN)));

/** Builds the pictures corpus cold and unchanged and reports its image phase. */
export async function measurePictures(context: PictureBenchContext) {
  const corpus = join(context.work, 'corpus-pictures');
  const out = join(context.work, 'site-pictures');
  context.progress(`pictures: writing ${PICTURE_COUNT} articles, each with a photograph`);
  await writePictureCorpus(corpus, context.seed);
  const cold = await context.build('pictures: cold build', () => context.removeCaches());
  const unchanged = await context.build('pictures: rebuild with nothing changed');
  const leads = smallLeadBytes(out);
  const figures = {
    pictures: PICTURE_COUNT,
    size: PICTURE_SIZE,
    coldSeconds: phase(cold, (images) => images.seconds),
    coldBuildSeconds: median(cold.map((run) => run.seconds)),
    encoded: phase(cold, (images) => images.encoded),
    unchangedSeconds: phase(unchanged, (images) => images.seconds),
    unchangedEncoded: phase(unchanged, (images) => images.encoded),
    unchangedReused: phase(unchanged, (images) => images.reused),
    bytes: pictureBytes(out),
    leadAvif375: { median: median(leads), largest: Math.max(...leads), count: leads.length },
    runs: { cold, unchanged },
  };
  await rm(out, { recursive: true, force: true });
  return figures;
}

/** The image line of the benchmark's report. */
export function formatPictures(figures: Awaited<ReturnType<typeof measurePictures>>): string {
  const perPicture = (figures.coldSeconds / figures.pictures) * 1000;
  const perFile = (figures.coldSeconds / figures.encoded) * 1000;
  return [
    `Image processing, ${figures.pictures} generated photographs of ${figures.size.width}×${figures.size.height}` +
      ` (median of runs; the page build apart)`,
    '',
    formatTable([
      ['build', 'image phase', 'files encoded', 'from cache', 'whole build'],
      [
        'cold',
        `${figures.coldSeconds.toFixed(1)} s`,
        String(figures.encoded),
        '0',
        `${figures.coldBuildSeconds.toFixed(1)} s`,
      ],
      [
        'unchanged',
        `${figures.unchangedSeconds.toFixed(2)} s`,
        String(figures.unchangedEncoded),
        String(figures.unchangedReused),
        '',
      ],
    ]),
    `  per picture ${perPicture.toFixed(0)} ms, per file ${perFile.toFixed(0)} ms (wall, all cores)`,
    `  written: ${Object.entries(figures.bytes)
      .map(([format, bytes]) => `${format} ${formatBytes(bytes)}`)
      .join(', ')}`,
    `  lead picture at 375 px as AVIF: median ${formatBytes(figures.leadAvif375.median)},` +
      ` largest ${formatBytes(figures.leadAvif375.largest)} (${figures.leadAvif375.count} articles)`,
  ].join('\n');
}
