/**
 * `npm run bench`: builds a seeded synthetic archive cold, again with nothing
 * changed (as `npm run build` finds it, then with `--force`) and again after
 * one article is edited, each as its own process,
 * and reports time, peak memory, output size and page weights; builds the
 * plain setup (Astro's `glob()` loader) on the same corpus for the ratios.
 * Options are in the README.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PLAIN_SIZE,
  formatBytes,
  formatTable,
  median,
  parseBenchArguments,
  readImagePhase,
  weighPage,
  type ImagePhase,
  type PageWeight,
} from '../lib/bench.ts';
import { createCorpus } from '../lib/corpus.ts';
import { formatPictures, measurePictures } from './bench-pictures.ts';
import { measureSearch } from './bench-search.ts';
import { cacheDirFor } from '../site.ts';

const options = (() => {
  try {
    return parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();

const work = resolve('node_modules/.cache/dateline-bench');
const pictureEnv = {
  CONTENT_DIR: join(work, 'corpus-pictures'),
  OUT_DIR: join(work, 'site-pictures'),
  BUILD_TIME: '2026-06-01T00:00:00Z',
};
const started = Date.now();

function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  console.error(`[${seconds} s] ${message}`);
}

/** One build's wall time and the peak resident memory of its processes. */
interface Run {
  seconds: number;
  peakBytes: number;
  /** Time the search index took within the build, as the build reports it. */
  searchIndexSeconds?: number;
  /** Astro's image processing within the build, as its log reports it. */
  images?: ImagePhase;
}

/**
 * Waits, untimed, until the site that the last build replaced is gone: it is
 * removed in the background, and a newsroom's builds are minutes apart, not
 * back to back as here.
 */
async function settleRemovals(out: string | undefined): Promise<void> {
  if (!out) return;
  const leftovers = () =>
    existsSync(dirname(out)) &&
    readdirSync(dirname(out)).some((name) => name.startsWith(`${basename(out)}.previous-`));
  for (let waited = 0; leftovers() && waited < 600; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs one build as its own process, with every Node process's peak memory recorded. */
async function build(command: string[], env: Record<string, string>): Promise<Run> {
  await settleRemovals(env.OUT_DIR);
  const peakFile = join(work, `peak-memory-${process.pid}.txt`);
  await rm(peakFile, { force: true });
  const preload = pathToFileURL(resolve('src/cli/peak-memory.ts')).href;
  const start = performance.now();
  let log = '';
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, command, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...env,
        NODE_ENV: 'production',
        DATELINE_PEAK_FILE: peakFile,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
      },
    });
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    child.on('close', (status) => {
      if (status !== 0) console.error(errors);
      done(status ?? 1);
    });
  });
  const seconds = (performance.now() - start) / 1000;
  const found = /search index: \d+ page\(s\) in ([\d.]+) s/.exec(log);
  const searchIndexSeconds = found ? Number(found[1]) : undefined;
  const images = readImagePhase(log);
  if (code !== 0) throw new Error(`the build failed (exit ${code}): ${command.join(' ')}`);
  // The processes of a build run side by side, so their peaks add up.
  const peaks = existsSync(peakFile)
    ? readFileSync(peakFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => Number(line.split(' ')[1]))
    : [];
  await rm(peakFile, { force: true });
  return {
    seconds,
    peakBytes: peaks.reduce((sum, peak) => sum + peak, 0),
    ...(searchIndexSeconds === undefined ? {} : { searchIndexSeconds }),
    ...(images ? { images } : {}),
  };
}

// The page build alone: the search index is reported apart.
const pageSeconds = (runs: Run[]) =>
  median(runs.map((run) => run.seconds - (run.searchIndexSeconds ?? 0)));
const totalSeconds = (runs: Run[]) => median(runs.map((run) => run.seconds));

/** Runs `options.runs` builds of one kind, after `prepare` each time, reporting each. */
async function repeatBuild(
  label: string,
  command: string[],
  env: Record<string, string>,
  prepare: (run: number) => Promise<void> = async () => undefined,
): Promise<Run[]> {
  const runs: Run[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    await prepare(run);
    progress(`${label} ${run} of ${options.runs}`);
    runs.push(await build(command, env));
    progress(`  ${runs.at(-1)!.seconds.toFixed(1)} s`);
  }
  return runs;
}

// No caches of any kind: the data store and rendered bodies, the output, Astro's own folder.
async function removeCaches(corpus: string, loader: 'dateline' | 'glob', out: string) {
  await rm(cacheDirFor(corpus, loader), { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  await rm('.astro', { recursive: true, force: true });
}

async function writeCorpus(dir: string, articles: number): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  let edited = '';
  for (const file of createCorpus({ articles, seed: options.seed })) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    // The article in the middle of the corpus is the one the edit runs change.
    if (file.path.endsWith(`/article-${Math.ceil(articles / 2)}.md`)) edited = path;
  }
  return edited;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function weigh(out: string, page: string): PageWeight {
  return weighPage(readFileSync(join(out, page), 'utf8'), (src) => {
    const path = join(out, new URL(src, 'https://site.invalid/').pathname);
    return existsSync(path) ? statSync(path).size : 0;
  });
}

// The topic page that lists the most articles: the heaviest of its kind.
function heaviestTopicPage(out: string): string {
  let heaviest = { page: '', size: -1 };
  for (const slug of readdirSync(join(out, 'people'))) {
    const page = join('people', slug, 'index.html');
    const size = existsSync(join(out, page)) ? statSync(join(out, page)).size : -1;
    if (size > heaviest.size) heaviest = { page, size };
  }
  return heaviest.page;
}

// The page of a corpus article: its file sits in the year and month of its URL.
function articlePage(articleFile: string): string {
  const [year, month, name] = articleFile.split('/').slice(-3);
  return join(year!, month!, name!.replace(/\.md$/, ''), 'index.html');
}

async function runSize(articles: number) {
  const corpus = join(work, `corpus-${articles}`);
  const out = join(work, `site-${articles}`);
  progress(`${articles} articles: writing the corpus`);
  const edited = await writeCorpus(corpus, articles);
  const env = { CONTENT_DIR: corpus, OUT_DIR: out, BUILD_TIME: '2026-06-01T00:00:00Z' };
  const command = ['src/cli/build.ts'];
  const cold = await repeatBuild(`${articles} articles: cold build`, command, env, () =>
    removeCaches(corpus, 'dateline', out),
  );
  const unchanged = await repeatBuild(
    `${articles} articles: rebuild with nothing changed`,
    command,
    env,
  );
  // What the incremental build costs when it must run: every page weighed, none rendered.
  const forced = await repeatBuild(
    `${articles} articles: rebuild with nothing changed, --force`,
    [...command, '--force'],
    env,
  );
  const edit: Run[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const marker = `Edited for the benchmark, run ${run}.`;
    await writeFile(edited, `${await readFile(edited, 'utf8')}\n${marker}\n`);
    progress(`${articles} articles: rebuild after one article is edited ${run} of ${options.runs}`);
    edit.push(await build(command, env));
    progress(`  ${edit.at(-1)!.seconds.toFixed(1)} s`);
    if (!readFileSync(join(out, articlePage(edited)), 'utf8').includes(marker)) {
      throw new Error(`the edited article's page does not show the edit: ${edited}`);
    }
  }
  const topic = heaviestTopicPage(out);
  // A name from the edited article: readers search for people.
  const query = /^people:\n {2}- "([^"]+)"/m.exec(await readFile(edited, 'utf8'))?.[1] ?? 'said';
  progress(`${articles} articles: first search for "${query}" in Chromium`);
  const search = await measureSearch(out, query);
  return {
    search,
    searchIndexSeconds: median(cold.map((run) => run.searchIndexSeconds ?? Number.NaN)),
    articles,
    coldSeconds: pageSeconds(cold),
    coldTotalSeconds: totalSeconds(cold),
    coldPeakBytes: median(cold.map((run) => run.peakBytes)),
    unchangedSeconds: pageSeconds(unchanged),
    unchangedTotalSeconds: totalSeconds(unchanged),
    unchangedPeakBytes: median(unchanged.map((run) => run.peakBytes)),
    forcedSeconds: pageSeconds(forced),
    forcedPeakBytes: median(forced.map((run) => run.peakBytes)),
    editSeconds: pageSeconds(edit),
    editTotalSeconds: totalSeconds(edit),
    editPeakBytes: median(edit.map((run) => run.peakBytes)),
    msPerArticle: (pageSeconds(cold) * 1000) / articles,
    output: folderSize(out),
    pages: {
      article: { page: articlePage(edited), ...weigh(out, articlePage(edited)) },
      front: { page: 'index.html', ...weigh(out, 'index.html') },
      topic: { page: topic, ...weigh(out, topic) },
    },
    runs: { cold, unchanged, forced, edit },
  };
}

async function runPlain() {
  const corpus = join(work, `corpus-${PLAIN_SIZE}`);
  const out = join(work, `plain-${PLAIN_SIZE}`);
  if (!existsSync(corpus)) await writeCorpus(corpus, PLAIN_SIZE);
  const env = {
    CONTENT_DIR: corpus,
    OUT_DIR: out,
    BUILD_TIME: '2026-06-01T00:00:00Z',
    DATELINE_LOADER: 'glob',
  };
  const command = ['node_modules/astro/bin/astro.mjs', 'build'];
  const label = `plain setup, ${PLAIN_SIZE} articles:`;
  const cold = await repeatBuild(`${label} cold build`, command, env, () =>
    removeCaches(corpus, 'glob', out),
  );
  const unchanged = await repeatBuild(`${label} rebuild with nothing changed`, command, env);
  await rm(out, { recursive: true, force: true });
  return {
    articles: PLAIN_SIZE,
    coldSeconds: pageSeconds(cold),
    coldTotalSeconds: totalSeconds(cold),
    coldPeakBytes: median(cold.map((run) => run.peakBytes)),
    unchangedSeconds: pageSeconds(unchanged),
    unchangedTotalSeconds: totalSeconds(unchanged),
    unchangedPeakBytes: median(unchanged.map((run) => run.peakBytes)),
    runs: { cold, unchanged },
  };
}

await mkdir(work, { recursive: true });
const results = [];
for (const size of options.sizes) results.push(await runSize(size));
const plain = options.plain && options.sizes.includes(PLAIN_SIZE) ? await runPlain() : undefined;
const pictures = options.pictures
  ? await measurePictures({
      work,
      seed: options.seed,
      progress,
      // --force: a rebuild with nothing changed must run to show the image cache at work.
      build: (label, prepare) =>
        repeatBuild(label, ['src/cli/build.ts', '--force'], pictureEnv, prepare),
      removeCaches: () => removeCaches(pictureEnv.CONTENT_DIR, 'dateline', pictureEnv.OUT_DIR),
    })
  : undefined;

const seconds = (value: number) => `${value.toFixed(1)} s`;
const rows = [
  [
    'articles',
    'cold',
    'ms/article',
    'unchanged',
    'ratio',
    'forced',
    'ratio',
    'one edit',
    'ratio',
    'peak memory',
    'output',
  ],
  ...results.map((result) => [
    String(result.articles),
    seconds(result.coldSeconds),
    result.msPerArticle.toFixed(2),
    seconds(result.unchangedSeconds),
    (result.unchangedSeconds / result.coldSeconds).toFixed(2),
    seconds(result.forcedSeconds),
    (result.forcedSeconds / result.coldSeconds).toFixed(2),
    seconds(result.editSeconds),
    (result.editSeconds / result.coldSeconds).toFixed(2),
    formatBytes(
      Math.max(
        result.coldPeakBytes,
        result.unchangedPeakBytes,
        result.forcedPeakBytes,
        result.editPeakBytes,
      ),
    ),
    `${formatBytes(result.output.bytes)}, ${result.output.files} files`,
  ]),
];
console.log(
  `\nPage builds, the search index apart (median of ${options.runs}; ratios to the cold build)\n`,
);
console.log(formatTable(rows));

const weights = results.flatMap((result) =>
  Object.entries(result.pages).map(([name, page]) => [
    `${result.articles}: ${name} (${page.page})`,
    String(page.bytes),
    String(page.gzipBytes),
    String(page.scriptBytes),
  ]),
);
console.log('\nPage weights (bytes)\n');
console.log(formatTable([['page', 'raw', 'gzip', 'JavaScript'], ...weights]));

const reference = results.find((result) => result.articles === PLAIN_SIZE);
if (plain && reference) {
  console.log(`\nPlain setup (Astro's glob() loader), ${PLAIN_SIZE} articles\n`);
  console.log(
    formatTable([
      ['build', 'plain', 'this site', 'ratio'],
      [
        'cold',
        seconds(plain.coldSeconds),
        seconds(reference.coldSeconds),
        (reference.coldSeconds / plain.coldSeconds).toFixed(2),
      ],
      [
        'unchanged',
        seconds(plain.unchangedSeconds),
        seconds(reference.unchangedSeconds),
        (reference.unchangedSeconds / plain.unchangedSeconds).toFixed(2),
      ],
      [
        'unchanged, --force',
        seconds(plain.unchangedSeconds),
        seconds(reference.forcedSeconds),
        (reference.forcedSeconds / plain.unchangedSeconds).toFixed(2),
      ],
      [
        'peak memory',
        formatBytes(Math.max(plain.coldPeakBytes, plain.unchangedPeakBytes)),
        formatBytes(reference.coldPeakBytes),
        (reference.coldPeakBytes / plain.coldPeakBytes).toFixed(2),
      ],
    ]),
  );
}
for (const result of results) {
  const search = result.search;
  console.log(
    `\nSearch, ${result.articles} articles: index built in ${result.searchIndexSeconds.toFixed(1)} s` +
      ` (cold build with it ${result.coldTotalSeconds.toFixed(1)} s, unchanged` +
      ` ${result.unchangedTotalSeconds.toFixed(1)} s, one edit ${result.editTotalSeconds.toFixed(1)} s)`,
  );
  console.log(
    search
      ? `  first query "${search.query}": ${formatBytes(search.downloadBytes)} in ${search.requests} requests,` +
          ` ${search.results} results shown ${search.resultsMs.toFixed(0)} ms after the search started`
      : '  first query: not measured (no Chromium at CHROMIUM_PATH or /usr/bin/chromium)',
  );
}
console.log(
  pictures ? `\n${formatPictures(pictures)}` : '\nImage processing: not measured (--no-pictures)',
);

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryBytes: totalmem(),
  node: process.version,
  platform: process.platform,
};
if (options.json) {
  const figures = { date: new Date().toISOString(), machine, options, results, plain, pictures };
  await writeFile(options.json, `${JSON.stringify(figures, null, 2)}\n`);
  progress(`figures written to ${options.json}`);
}
