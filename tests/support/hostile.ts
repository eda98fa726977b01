import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAYLOADS } from '../fixtures/hostile/payloads.ts';

const yaml = (value: string) => JSON.stringify(value);

/**
 * Writes a content folder with one article per hostile input, the input
 * placed in its headline, summary, byline, names and body.
 * @returns the folder.
 */
export async function writeHostileSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-hostile-'));
  await mkdir(join(dir, 'articles'), { recursive: true });
  await writeFile(
    join(dir, 'site.json'),
    JSON.stringify({ name: 'Hostile Fixture', pageSize: 50 }),
  );
  await Promise.all(
    PAYLOADS.map((payload, index) => {
      const day = String((index % 28) + 1).padStart(2, '0');
      const hour = String(index % 24).padStart(2, '0');
      const text = [
        '---',
        `title: ${yaml(`Payload ${index}: ${payload}`)}`,
        `date: 2021-08-${day}T${hour}:00:00Z`,
        `summary: ${yaml(`Summary ${index}: ${payload}`)}`,
        `byline: ${yaml(`Writer ${index} ${payload}`)}`,
        `people: [${yaml(`Person ${index} ${payload}`)}]`,
        `places: [${yaml(`Place ${index} ${payload}`)}]`,
        `sources: [{ name: ${yaml(`Source ${index} ${payload}`)} }]`,
        '---',
        `Before the payload.`,
        '',
        payload,
        '',
        'After the payload.',
        '',
      ].join('\n');
      return writeFile(join(dir, 'articles', `p${String(index).padStart(3, '0')}.md`), text);
    }),
  );
  return dir;
}
