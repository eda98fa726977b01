/**
 * The benchmark's search figures: the first query on a built site in
 * Chromium, what it downloads and how long it takes to show results.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** What the first search of a page costs. */
export interface SearchFigures {
  query: string;
  /** Bytes of every response but the page's HTML: scripts, index, filters and fragments. */
  downloadBytes: number;
  requests: number;
  /** From the search's start to its results on screen, the input's debounce not counted. */
  resultsMs: number;
  results: number;
}

const PORT = 4341;

function serve(outDir: string): Promise<() => void> {
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--ignore-lock'],
    { env: { ...process.env, OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(PORT))) resolve(() => server.kill());
    });
    server.on('exit', (code) => reject(new Error(`astro preview exited (${code})`)));
  });
}

/**
 * Opens the search page of a built site in the system Chromium, types a
 * query and measures the first search; none where there is no Chromium.
 */
export async function measureSearch(
  outDir: string,
  query: string,
): Promise<SearchFigures | undefined> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const stop = await serve(outDir);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let downloadBytes = 0;
    let requests = 0;
    // Everything but the page itself: the script loads the index as the page opens.
    context.on('requestfinished', (request) => {
      if (request.resourceType() === 'document') return;
      void request.sizes().then((sizes) => {
        downloadBytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests += 1;
      });
    });
    await page.goto(`http://localhost:${PORT}/search/`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Words to find').fill(query);
    await page.locator('#search-results > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const resultsMs = await page.evaluate(
      () => performance.getEntriesByName('search', 'measure').at(-1)?.duration ?? Number.NaN,
    );
    const results = await page.locator('#search-results > li').count();
    return { query, downloadBytes, requests, resultsMs, results };
  } finally {
    await browser.close();
    stop();
  }
}
