/**
 * `npm run build`: builds the site into a temporary folder beside the output
 * folder and moves it into place only when the build succeeds, so that a
 * failed build leaves the previous site exactly as it was. Pages that have
 * not changed since the published build are hard-linked from it rather than
 * rendered again (see `data/incremental.ts`). When nothing a build reads has
 * changed and no time-bound page would change, the published site is left as
 * it is; `--force` builds anyway.
 */
import { spawn } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  digestBuildInputs,
  hasEveryPage,
  MANIFEST,
  NEXT_MANIFEST,
  readPublishedManifest,
  recordInputs,
} from '../data/incremental.ts';
import { isUpToDate } from '../lib/incremental.ts';
import { articleLoaderKind, buildTime, contentDir, outDir } from '../site.ts';

const staging = `${outDir}.building`;
const previous = `${outDir}.previous-${process.pid}`;
const force = process.argv.includes('--force');
const astroArguments = process.argv.slice(2).filter((argument) => argument !== '--force');

const published = readPublishedManifest(outDir);
const digestInputs = () =>
  digestBuildInputs(contentDir, JSON.stringify({ contentDir, articleLoaderKind, astroArguments }));
// Only a build that may be skipped needs the digest before it starts; a first
// or forced build reads its inputs while Astro starts up on the other core.
const mayBeSkipped = !force && published !== undefined;
let inputs = mayBeSkipped ? await digestInputs() : undefined;
if (
  published &&
  inputs !== undefined &&
  isUpToDate(published, inputs, buildTime) &&
  hasEveryPage(published)
) {
  console.log(
    `Nothing has changed since ${outDir} was built (${published.builtAt}): it is left as it is. ` +
      'npm run build -- --force builds it anyway.',
  );
  process.exit(0);
}

// Earlier sites whose removal had not finished, and a staging folder left by a crash.
for (const name of await readdir(dirname(outDir)).catch(() => [])) {
  if (name.startsWith(`${basename(outDir)}.previous-`)) {
    await rm(join(dirname(outDir), name), { recursive: true, force: true });
  }
}
await rm(staging, { recursive: true, force: true });
const child = spawn(
  process.execPath,
  [
    // A larger young generation: a build makes many short-lived objects,
    // and fewer scavenges took about a tenth off a 10,000-article build.
    '--max-semi-space-size=64',
    'node_modules/astro/bin/astro.mjs',
    'build',
    ...astroArguments,
  ],
  { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging, PUBLISHED_DIR: outDir } },
);
const closed = new Promise<number>((resolve) =>
  child.on('close', (status) => resolve(status ?? 1)),
);
inputs ??= await digestInputs();
const code = await closed;

if (code !== 0) {
  await rm(staging, { recursive: true, force: true });
  await rm(NEXT_MANIFEST, { force: true });
  console.error(`The build failed; ${outDir} is unchanged.`);
  process.exit(code);
}
// The manifest always describes the published site: none while it changes.
await rm(MANIFEST, { force: true });
const replaced = await rename(outDir, previous).then(
  () => true,
  () => false,
);
await rename(staging, outDir);
await rename(NEXT_MANIFEST, MANIFEST).catch(() => undefined);
recordInputs(inputs);
// The old site is removed in the background: the new one is already in place,
// and unlinking tens of thousands of files takes seconds.
if (replaced) {
  spawn(
    process.execPath,
    ['-e', 'fs.rmSync(process.argv[1], { recursive: true, force: true })', previous],
    { detached: true, stdio: 'ignore', env: {} },
  ).unref();
}
