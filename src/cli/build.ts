/**
 * `npm run build`: builds the site into a temporary folder beside the output
 * folder and moves it into place only when the build succeeds, so that a
 * failed build leaves the previous site exactly as it was. Pages that have
 * not changed since the published build are hard-linked from it rather than
 * rendered again (see `data/incremental.ts`).
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { MANIFEST, NEXT_MANIFEST } from '../data/incremental.ts';
import { outDir } from '../site.ts';

const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

await rm(staging, { recursive: true, force: true });
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging, PUBLISHED_DIR: outDir } },
  );
  child.on('close', (status) => resolve(status ?? 1));
});

if (code !== 0) {
  await rm(staging, { recursive: true, force: true });
  await rm(NEXT_MANIFEST, { force: true });
  console.error(`The build failed; ${outDir} is unchanged.`);
  process.exit(code);
}
// The manifest always describes the published site: none while it changes.
await rm(MANIFEST, { force: true });
await rm(previous, { recursive: true, force: true });
await rename(outDir, previous).catch(() => undefined);
await rename(staging, outDir);
await rename(NEXT_MANIFEST, MANIFEST).catch(() => undefined);
await rm(previous, { recursive: true, force: true });
