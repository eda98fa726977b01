import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { checkArticleFile } from '../../src/lib/articles.ts';

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'dateline-new-'));
});

function npmNew(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['src/cli/new.ts', ...args],
      { env: { ...process.env, CONTENT_DIR: contentDir, BUILD_TIME: '2021-09-01T05:00:00Z' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('creates a complete article file and prints its path', async () => {
  const result = await npmNew(
    'Talks resume in Doha',
    '--people',
    'Zabihullah Mujahid, Ahmad Zia',
    '--places',
    'Doha',
    '--sources',
    'AFP',
    '--kind',
    'analysis',
    '--draft',
  );
  expect(result.code).toBe(0);
  const path = join(contentDir, 'articles/2021/09/talks-resume-in-doha.md');
  expect(result.stdout.trim().endsWith('articles/2021/09/talks-resume-in-doha.md')).toBe(true);
  const checked = checkArticleFile(
    'talks-resume-in-doha.md',
    await readFile(path, 'utf8'),
    'Asia/Kabul',
  );
  expect(checked).toMatchObject({
    ok: true,
    url: '/2021/09/talks-resume-in-doha/',
    frontmatter: {
      title: 'Talks resume in Doha',
      kind: 'analysis',
      draft: true,
      people: ['Zabihullah Mujahid', 'Ahmad Zia'],
      places: ['Doha'],
      sources: [{ name: 'AFP' }],
    },
  });
  // No date given: now, in the site's time zone.
  if (checked.ok) expect(checked.frontmatter.date.text).toBe('2021-09-01T09:30:00+04:30');
});

test('refuses a slug already used that month, naming the file, and never overwrites', async () => {
  await mkdir(join(contentDir, 'articles/elsewhere'), { recursive: true });
  const existing = '---\ntitle: Talks resume in Doha\ndate: 2021-09-20\n---\nFirst.\n';
  await writeFile(join(contentDir, 'articles/elsewhere/talks-resume-in-doha.md'), existing);
  const result = await npmNew('Talks resume in Doha', '--date', '2021-09-01');
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain('/2021/09/talks-resume-in-doha/ is already used by');
  expect(result.stderr).toContain('elsewhere/talks-resume-in-doha.md');
  expect(
    await readFile(join(contentDir, 'articles/elsewhere/talks-resume-in-doha.md'), 'utf8'),
  ).toBe(existing);
});

test('the same headline in another month is another article', async () => {
  expect((await npmNew('Talks resume', '--date', '2021-09-01')).code).toBe(0);
  expect((await npmNew('Talks resume', '--date', '2021-10-01')).code).toBe(0);
});

test('a bad date or kind is refused with the option named', async () => {
  expect((await npmNew('X', '--date', '2021-02-30')).stderr).toContain(
    '--date: "2021-02-30" is not a real date',
  );
  expect((await npmNew('X', '--kind', 'gossip')).stderr).toContain(
    '--kind must be one of news, analysis',
  );
});
