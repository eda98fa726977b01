import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build.ts';

const SEED = '/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/';

describe('the seed site in content/', () => {
  let build: BuildResult;
  const read = (page: string) => readFile(join(build.outDir, page, 'index.html'), 'utf8');

  beforeAll(async () => {
    build = await buildSite('content');
    if (build.code !== 0) throw new Error(build.output);
  });

  test('the front page links to the seed article', async () => {
    expect(await read('')).toContain(`href="${SEED}"`);
  });

  test('the seed article has every part', async () => {
    const html = await read(SEED);
    for (const part of [
      '<h1 lang="en-GB" dir="ltr" data-pagefind-body data-pagefind-meta="title">Taliban affirm that exit of US will prevent IS attacks in Afghanistan</h1>',
      '<span class="placeline">Kabul — </span><time datetime="2021-08-31" lang="en-GB">31 August 2021</time>',
      'min read',
      '<h2>Sources</h2>',
      '<h2>People</h2>',
      '<h2>Places</h2>',
      'They have slaughtered innocent people in public squares, mosques, and even schools.</p>',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).not.toContain('Leave a Reply</p>');
  });

  test.each(['about/', 'contact/', 'corrections-policy/', 'privacy/'])(
    'the newsroom page %s exists and the footer links to it',
    async (page) => {
      expect(await read(page)).toContain('<h1>');
      expect(await read('')).toContain(`href="/${page}"`);
    },
  );

  test('the privacy page says the site sets no cookies and loads nothing from other sites', async () => {
    const privacy = await read('privacy/');
    expect(privacy).toContain('sets no cookies');
    expect(privacy).toContain('loads nothing from other sites');
  });

  test.each([
    'people/zabihullah-mujahid/',
    'places/kabul/',
    'places/afghanistan/',
    'places/pakistan/',
    'places/washington/',
    'sources/afp/',
    'sources/site-intelligence-group/',
    'sources/pentagon/',
  ])('%s lists the seed article', async (topic) => {
    expect(await read(topic)).toContain(`href="${SEED}"`);
  });
});
