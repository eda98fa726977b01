/**
 * `npm run test:lighthouse`: builds the seed site and two fixture sites (one
 * with pictures), serves them,
 * and runs Lighthouse (mobile settings) on a front page, an article and a
 * topic page. Writes each report as JSON under `test-results/lighthouse/`
 * and exits 1 unless every category scores 100.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite } from '../support/build.ts';
import { PICTURES_FIXTURE, writeFixturePictures } from '../support/pictures.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SITES = [
  {
    content: 'content',
    port: 4340,
    pages: ['/', '/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/', '/places/kabul/'],
  },
  {
    content: 'tests/fixtures/site',
    port: 4341,
    pages: ['/', '/2021/08/kabul-airport/', '/places/afghanistan/'],
  },
  {
    content: PICTURES_FIXTURE,
    port: 4342,
    pages: ['/', '/2021/08/airport-crowd/', '/places/kabul/'],
  },
];

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

await writeFixturePictures();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/lib/chromium/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ],
});
await mkdir('test-results/lighthouse', { recursive: true });
const failures: string[] = [];
try {
  for (const { content, port, pages } of SITES) {
    const build = await buildSite(content);
    if (build.code !== 0) throw new Error(build.output);
    const server = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--ignore-lock'],
      { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: build.outDir }, stdio: 'ignore' },
    );
    try {
      await waitFor(`http://localhost:${port}/`);
      for (const path of pages) {
        const url = `http://localhost:${port}${path}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          onlyCategories: CATEGORIES,
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const name = `${content}${path}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
        await writeFile(`test-results/lighthouse/${name}.json`, String(result.report));
        const scores = CATEGORIES.map(
          (id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)] as const,
        );
        console.log(`${url}: ${scores.map(([id, score]) => `${id} ${score}`).join(', ')}`);
        for (const [id, score] of scores) if (score < 100) failures.push(`${url}: ${id} ${score}`);
      }
    } finally {
      server.kill();
    }
  }
} finally {
  chrome.kill();
}
if (failures.length > 0) {
  console.error(`Below 100:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
