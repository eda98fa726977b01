import { describe, expect, test } from 'vitest';
import { buildFixture, buildSite, type BuildResult } from '../support/build.ts';
import {
  findBrokenLinks,
  listHtmlFiles,
  removePlantedAlt,
  validateHtml,
} from '../support/gates.ts';

async function built(build: Promise<BuildResult>): Promise<BuildResult> {
  const result = await build;
  if (result.code !== 0) throw new Error(result.output);
  return result;
}

describe.each([
  ['the fixture site', () => buildFixture('site'), 'https://fixture.example'],
  ['the seed site', () => buildSite('content'), 'https://dateline.example'],
])('%s', (_, build, origin) => {
  let site: BuildResult;

  test('builds', async () => {
    site = await built(build());
  });

  test('every page is valid HTML', async () => {
    const files = await listHtmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(10);
    expect(await validateHtml(site.outDir, files)).toEqual([]);
  });

  test('every internal link and asset resolves', async () => {
    expect(await findBrokenLinks(site.outDir, origin)).toEqual([]);
  });
});

describe('a deliberately broken page fails the gates', () => {
  let site: BuildResult;

  test('builds', async () => {
    site = await built(buildFixture('broken-page'));
    await removePlantedAlt(site.outDir);
  });

  test('the HTML checker finds the missing alt and the duplicate id', async () => {
    const errors = await validateHtml(site.outDir, ['2021/08/broken/index.html']);
    const messages = errors.map((error) => error.message).join('\n');
    expect(messages).toMatch(/img.*alt/i);
    expect(messages).toMatch(/Duplicate ID/i);
  });

  test('the link crawl finds the dead link', async () => {
    expect(await findBrokenLinks(site.outDir, 'https://dateline.example')).toContain(
      '/2021/08/broken/index.html → /no/such/page/',
    );
  });
});
