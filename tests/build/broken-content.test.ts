import { readdir, readFile, writeFile, mkdtemp, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, buildSite } from '../support/build.ts';

test('every broken file is reported by name in one failed build, never with a bare stack', async () => {
  const build = await buildFixture('broken-content');
  expect(build.code).not.toBe(0);
  const files = await readdir('tests/fixtures/broken-content/articles');
  expect(files.length).toBeGreaterThanOrEqual(12);
  for (const file of files) {
    expect(build.output).toContain(`tests/fixtures/broken-content/articles/${file}: `);
  }
  expect(build.output).toContain(`${files.length} problem(s) in the articles`);
});

test('odd but valid content renders: a BOM, CRLF, an override character, a 5 MB body, 5,000 people', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-odd-'));
  await cp('tests/fixtures/odd-content', dir, { recursive: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  const paragraph = 'A long report from the provinces, paragraph after paragraph. '.repeat(40);
  await writeFile(
    join(dir, 'articles', 'huge.md'),
    `---\ntitle: A five-megabyte body\ndate: 2021-08-04\n---\n${`${paragraph}\n\n`.repeat(2100)}`,
  );
  const people = Array.from({ length: 5000 }, (_, index) => `  - Person ${index}`).join('\n');
  await writeFile(
    join(dir, 'articles', 'crowd.md'),
    `---\ntitle: Five thousand people\ndate: 2021-08-05\npeople:\n${people}\n---\nA crowd.\n`,
  );
  const build = await buildSite(dir);
  if (build.code !== 0) throw new Error(build.output);
  const page = (path: string) => readFile(join(build.outDir, path, 'index.html'), 'utf8');

  expect(await page('2021/08/bom')).toMatch(/<h1[^>]*>With a byte-order mark<\/h1>/);
  expect(await page('2021/08/bom')).not.toContain('title: With');
  const crlf = await page('2021/08/crlf');
  expect(crlf).toMatch(/<h1[^>]*>With CRLF line endings<\/h1>/);
  expect(crlf).toContain('<p>Second paragraph.</p>');
  expect(crlf).toContain('href="/people/ali-ahmadi/"');
  const rtl = await page('2021/08/rtl-override');
  expect(rtl).toContain('<bdi>evil\u202egnp.exe</bdi>');
  expect((await page('2021/08/huge')).length).toBeGreaterThan(5_000_000);
  expect(await page('2021/08/crowd')).toContain('href="/people/person-4999/"');
  expect(await page('people/person-4999')).toContain('/2021/08/crowd/');
}, 600_000);
