/**
 * `npm run build`: builds the site into a temporary folder beside the output
 * folder and moves it into place only when the build succeeds, so that a
 * failed build leaves the previous site exactly as it was.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { outDir } from '../site.ts';

const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

await rm(staging, { recursive: true, force: true });
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging } },
  );
  child.on('close', (status) => resolve(status ?? 1));
});

if (code !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`The build failed; ${outDir} is unchanged.`);
  process.exit(code);
}
await rm(previous, { recursive: true, force: true });
await rename(outDir, previous).catch(() => undefined);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
