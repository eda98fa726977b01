import { execFile } from 'node:child_process';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One error the Nu Html Checker reported. */
export interface HtmlError {
  file: string;
  line?: number;
  message: string;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** Every `.html` file under a built site, as paths relative to it. */
export async function listHtmlFiles(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files.map((file) => file.split('\\').join('/')).filter((file) => file.endsWith('.html'));
}

/** Runs the Nu Html Checker over files and returns its errors (warnings are left out). */
export function validateHtml(outDir: string, files: string[]): Promise<HtmlError[]> {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      [
        '-jar',
        vnuJar,
        '--format',
        'json',
        '--errors-only',
        ...files.map((file) => join(outDir, file)),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          const report = JSON.parse(stderr) as {
            messages: { type: string; url?: string; lastLine?: number; message: string }[];
          };
          resolve(
            report.messages
              .filter((message) => message.type === 'error')
              .map((message) => ({
                file: (message.url ?? '').replace(`file:${outDir}/`, ''),
                ...(message.lastLine ? { line: message.lastLine } : {}),
                message: message.message,
              })),
          );
        } catch {
          reject(error ?? new Error(`the Nu Html Checker gave no report: ${stderr}`));
        }
      },
    );
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The file a site-relative URL path is served from: `index.html` for a folder. */
function fileFor(outDir: string, pathname: string): string {
  const path = decodeURIComponent(pathname);
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Crawls every HTML file of a built site and returns each internal link or
 * asset reference (`href`, `src`, `srcset`) that points at no file, as
 * `page → target`.
 */
export async function findBrokenLinks(outDir: string, origin: string): Promise<string[]> {
  const broken: string[] = [];
  for (const file of await listHtmlFiles(outDir)) {
    const html = await readFile(join(outDir, file), 'utf8');
    const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, origin);
    const targets = [...html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)].flatMap(
      ([, name, value]) =>
        name === 'srcset'
          ? value!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)
          : [value!],
    );
    for (const target of targets) {
      const url = new URL(target.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== origin) continue;
      if (!(await exists(fileFor(outDir, url.pathname)))) broken.push(`/${file} → ${url.pathname}`);
    }
  }
  return broken;
}

const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'srcSet',
  'poster',
  'background',
  'cite',
  'data',
  'xLinkHref',
];
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/i;

/** Scripts of a page other than JSON-LD data, parsed as a browser would. */
export function findScripts(html: string): string[] {
  const scripts: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties.type !== 'application/ld+json') {
      scripts.push(String(node.properties.src ?? node.properties.type ?? 'inline'));
    }
  });
  return scripts;
}

/** The one page with a script: search. */
export const SEARCH_PAGE = 'search/index.html';

/**
 * Scans every HTML file of a built site, parsed as a browser would, for
 * active content the site did not write: event-handler attributes,
 * `javascript:`, `vbscript:` and `data:` URLs, and scripts other than JSON-LD
 * and the search page's own.
 * @returns one line per finding, `page: what`.
 */
export async function scanForActiveContent(outDir: string): Promise<string[]> {
  const findings: string[] = [];
  for (const file of await listHtmlFiles(outDir)) {
    const tree = fromHtml(await readFile(join(outDir, file), 'utf8'));
    // The search page, and it alone, runs one script of the site's own.
    let allowed = file === SEARCH_PAGE ? 1 : 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'script' && node.properties.type !== 'application/ld+json') {
        if (allowed > 0 && node.properties.type === 'module' && !node.properties.src) allowed -= 1;
        else findings.push(`${file}: <script>`);
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) findings.push(`${file}: ${name} on <${node.tagName}>`);
        if (URL_PROPERTIES.includes(name)) {
          // Browsers ignore leading spaces and control characters in URLs,
          // and tabs and line breaks anywhere in them.
          const raw = String(value);
          let start = 0;
          while (start < raw.length && raw.charCodeAt(start) <= 0x20) start += 1;
          const url = raw.slice(start).replace(/[\t\n\r]/g, '');
          if (DANGEROUS_SCHEME.test(url))
            findings.push(`${file}: ${name}="${url}" on <${node.tagName}>`);
        }
      }
    });
  }
  return findings;
}

/**
 * Takes the text alternative out of the broken page's picture: the build
 * refuses a picture without one, so the gates' own tests plant the fault.
 */
export async function removePlantedAlt(outDir: string): Promise<string> {
  const file = join(outDir, '2021/08/broken/index.html');
  const html = (await readFile(file, 'utf8')).replace(' alt="Removed by the gate tests"', '');
  await writeFile(file, html);
  return html;
}
