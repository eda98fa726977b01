import { gzipSync } from 'node:zlib';

/** What `npm run bench` is asked to do. */
export interface BenchOptions {
  /** Archive sizes to build, in articles. */
  sizes: number[];
  /** Seed of the synthetic corpus. */
  seed: number;
  /** Builds of each kind at each size; the figures are their medians. */
  runs: number;
  /** Where to write the figures as JSON, if anywhere. */
  json?: string;
  /** Whether to build the plain setup (at 10,000 articles) for the ratios. */
  plain: boolean;
  /** Whether to measure image processing on generated pictures. */
  pictures: boolean;
}

/** Pictures that the image measurement generates, one a lead picture of an article. */
export const PICTURE_COUNT = 100;

/** Size at which the plain setup is built, for the ratios. */
export const PLAIN_SIZE = 10_000;

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value?.replaceAll('_', ''));
  if (!value || !Number.isInteger(number) || number < 1) {
    throw new Error(`${flag}: "${value ?? ''}" is not a whole number above zero`);
  }
  return number;
}

/**
 * Reads the benchmark's command line: `--articles 1000,10000`, `--seed 7`,
 * `--runs 3`, `--json figures.json`, `--no-plain`, `--no-pictures`.
 * @throws Error naming the flag that is wrong
 */
export function parseBenchArguments(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [PLAIN_SIZE],
    seed: 1,
    runs: 1,
    plain: true,
    pictures: true,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const value = () => {
      index += 1;
      return argv[index];
    };
    if (flag === '--articles') {
      options.sizes = (value() ?? '').split(',').map((size) => positiveInteger(flag, size));
    } else if (flag === '--seed') options.seed = positiveInteger(flag, value());
    else if (flag === '--runs') options.runs = positiveInteger(flag, value());
    else if (flag === '--json') {
      const path = value();
      if (!path) throw new Error('--json: give the path of the file to write');
      options.json = path;
    } else if (flag === '--no-plain') options.plain = false;
    else if (flag === '--no-pictures') options.pictures = false;
    else throw new Error(`${flag}: unknown option; see the README for the benchmark's options`);
  }
  return options;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What a page costs the reader. */
export interface PageWeight {
  bytes: number;
  gzipBytes: number;
  /** Bytes of JavaScript the page runs: inline scripts and script files. */
  scriptBytes: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * Weighs a page: its HTML raw and gzipped, and the JavaScript it loads.
 * JSON-LD blocks are data, not scripts. `readScript` gives the size of a
 * script file by its URL.
 */
export function weighPage(html: string, readScript: (src: string) => number): PageWeight {
  let scriptBytes = 0;
  for (const [, attributes = '', content = ''] of html.matchAll(SCRIPT)) {
    if (/type\s*=\s*["']?application\/ld\+json/i.test(attributes)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    scriptBytes += src ? readScript(src) : Buffer.byteLength(content);
  }
  return {
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html, { level: 9 }).length,
    scriptBytes,
  };
}

/** Lays out rows as a plain-text table, the first row its header. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const [header = [], ...body] = rows;
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}

/** Bytes for people: `5.4 KB`, `698 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** What a build's log says of its image processing. */
export interface ImagePhase {
  /** Files encoded in this build. */
  encoded: number;
  /** Files copied from Astro's cache of earlier builds. */
  reused: number;
  /** Wall time of the phase, in seconds. */
  seconds: number;
}

/**
 * Reads the image phase of an Astro build's log: one line a file, marked
 * `(reused cache entry)` or with its sizes when it was encoded, and the
 * phase's `✓ Completed in 2.24s.` (or `250ms`, `1m 8s`). None when the log has no
 * image phase.
 */
export function readImagePhase(log: string): ImagePhase | undefined {
  const start = log.indexOf('generating optimized images');
  if (start === -1) return undefined;
  const phase = log.slice(start);
  const done = /Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(phase);
  const lines = phase.slice(0, done?.index ?? phase.length).split('\n');
  const files = lines.filter((line) => line.includes('▶ '));
  const reused = files.filter((line) => line.includes('(reused cache entry)')).length;
  const seconds = done
    ? Number(done[1] ?? 0) * 60 + Number(done[2]) / (done[3] === 'ms' ? 1000 : 1)
    : Number.NaN;
  return { encoded: files.length - reused, reused, seconds };
}
