import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { createProcessorOptions, readBodyFacts } from '../../src/lib/markdown.ts';
import { PAYLOADS } from '../fixtures/hostile/payloads.ts';

const yaml = (value: string) => JSON.stringify(value);

const renderer = await unified(createProcessorOptions()).createRenderer({ syntaxHighlight: false });

/**
 * The inputs that leave a picture in a body once sanitized (`<img src=x
 * onerror=…>` and the like). The build refuses such a body, as the picture is
 * not a file and has no alt text, so these go in a site of their own.
 */
export async function findPicturePayloads(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const payload of PAYLOADS) {
    const { metadata } = await renderer.render(payload, { frontmatter: {} });
    if (readBodyFacts(metadata.frontmatter).pictures.length > 0) found.add(payload);
  }
  return found;
}

/**
 * Writes a content folder with one article per hostile input, the input
 * placed in its headline, summary, byline, names and body; an input that
 * makes a picture goes everywhere but the body, or, with `bodies:
 * 'pictures'`, only those inputs are written, each in its body.
 * @returns the folder.
 */
export async function writeHostileSite(bodies: 'all' | 'pictures' = 'all'): Promise<string> {
  const pictures = await findPicturePayloads();
  const dir = await mkdtemp(join(tmpdir(), 'dateline-hostile-'));
  await mkdir(join(dir, 'articles'), { recursive: true });
  await writeFile(
    join(dir, 'site.json'),
    JSON.stringify({ name: 'Hostile Fixture', pageSize: 50 }),
  );
  await Promise.all(
    PAYLOADS.map((payload, index) => {
      if (bodies === 'pictures' && !pictures.has(payload)) return undefined;
      const body = pictures.has(payload) && bodies === 'all' ? 'A picture input.' : payload;
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
        body,
        '',
        'After the payload.',
        '',
      ].join('\n');
      return writeFile(join(dir, 'articles', `p${String(index).padStart(3, '0')}.md`), text);
    }),
  );
  return dir;
}
