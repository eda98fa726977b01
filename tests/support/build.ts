import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Where test builds are written. */
const BUILDS_DIR = resolve('node_modules/.cache/dateline-test-builds');

/** The fixed "now" of fixture builds. */
export const FIXTURE_BUILD_TIME = '2026-01-01T00:00:00Z';

/** Outcome of one `astro build`. */
export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Builds the site from a fixture content folder under `tests/fixtures/`. */
export function buildFixture(
  fixture: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return buildSite(join('tests', 'fixtures', fixture), env);
}

// Runs one build command of the project on a content folder, asynchronously,
// so that a test process stays free while Astro works.
function runBuild(
  args: string[],
  contentDir: string,
  outDir: string,
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUT_DIR: outDir,
          BUILD_TIME: FIXTURE_BUILD_TIME,
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        // Astro colours its log when CI is set; tests read the plain text.
        resolve({ code, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
      },
    );
  });
}

/** Builds the site (`astro build`) from a content folder into a new temporary folder. */
export async function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  // Inside the project: Astro puts the build's own scratch folder in the output
  // when the output is under the project, and shares one otherwise, which
  // breaks builds that run side by side.
  await mkdir(BUILDS_DIR, { recursive: true });
  const outDir = await mkdtemp(join(BUILDS_DIR, 'build-'));
  const result = await runBuild(
    ['node_modules/astro/bin/astro.mjs', 'build'],
    contentDir,
    outDir,
    env,
  );
  return { ...result, outDir };
}

/**
 * Builds and publishes a site as `npm run build` does, into `outDir`: a
 * staging folder moved into place on success, unchanged pages reused from
 * the site already there.
 */
export function publishSite(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<Omit<BuildResult, 'outDir'>> {
  return runBuild(['src/cli/build.ts', ...args], contentDir, outDir, env);
}
