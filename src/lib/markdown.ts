import type { RehypePlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { sanitize } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import { find, html } from 'property-information';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What the Markdown pipeline learns about a body while rendering it. */
export interface BodyFacts {
  /** Plain text of the first paragraph, for a summary when none is given. */
  lead: string;
  /** Number of words in the body. */
  words: number;
}

/**
 * Key under which the remark plugin leaves `BodyFacts` in Astro's
 * per-file front-matter, the one channel that Astro hands back from a plugin.
 */
export const FACTS_KEY = 'dateline:facts';

/** The `rel` the site gives every link to another site. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'];

/**
 * The sanitize schema: GitHub's default, widened twice, each for inert markup.
 * - `caption`: without it a table's caption would be unwrapped and its text
 *   left loose inside `<table>`, which is invalid HTML; it holds only text.
 * - `rel` on links, with the values `noopener` and `noreferrer` only: the site
 *   itself marks links to other sites so (rehype-external-links, before the
 *   sanitizer); any other value a writer gives is dropped.
 */
export const sanitizeSchema: typeof defaultSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'caption'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['rel', ...EXTERNAL_REL]],
  },
};

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// Text of each leaf block on its own, so that blocks never run together.
function leafBlockText(tree: MdastRoot): string {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (['paragraph', 'heading', 'tableCell', 'code'].includes(node.type)) {
      texts.push(toString(node, { includeHtml: false }));
      return SKIP;
    }
    return CONTINUE;
  });
  return texts.join(' ');
}

/** Remark plugin that records the body's lead paragraph and word count. */
export function remarkBodyFacts() {
  return (tree: MdastRoot, file: VFile) => {
    const firstParagraph = tree.children.find((node) => node.type === 'paragraph');
    const facts: BodyFacts = {
      lead: firstParagraph ? toString(firstParagraph, { includeHtml: false }) : '',
      words: countWords(leafBlockText(tree)),
    };
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[FACTS_KEY] = facts;
  };
}

/** Reads the facts that `remarkBodyFacts` left in the rendered metadata. */
export function readBodyFacts(frontmatter: Record<string, unknown> | undefined): BodyFacts {
  const facts = frontmatter?.[FACTS_KEY] as BodyFacts | undefined;
  return facts ?? { lead: '', words: 0 };
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function inventory(tree: HastRoot): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  visit(tree, 'element', (node: Element) => {
    add(`<${node.tagName}>`);
    for (const property of Object.keys(node.properties)) {
      add(`${attributeName(property)} on <${node.tagName}>`);
    }
  });
  return counts;
}

/**
 * Lists what sanitizing takes out of a tree: each element or attribute that
 * occurs fewer times after sanitizing, with how many went, such as
 * `<script> ×1` or `onclick on <a> ×2`.
 */
export function listSanitizedAway(tree: HastRoot): string[] {
  const before = inventory(tree);
  const after = inventory(sanitize(structuredClone(tree), sanitizeSchema) as HastRoot);
  const removed: string[] = [];
  for (const [key, count] of before) {
    const lost = count - (after.get(key) ?? 0);
    if (lost > 0) removed.push(`${key} ×${lost}`);
  }
  return removed;
}

/**
 * Rehype plugin for `npm run check`: reports what the sanitizer that follows
 * it will remove. It changes nothing.
 */
export function rehypeReportSanitized(options: { report: (removed: string[]) => void }) {
  return (tree: HastRoot) => {
    const removed = listSanitizedAway(tree);
    if (removed.length > 0) options.report(removed);
  };
}

/**
 * `rehype-raw`, run only on a tree that holds raw HTML: re-parsing a tree
 * without any changes nothing and costs about a quarter of a body's render.
 */
export function rehypeRawWhereNeeded() {
  const parse = rehypeRaw();
  return (tree: HastRoot, file: VFile) => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    return found ? parse(tree, file) : tree;
  };
}

/**
 * The site's Markdown pipeline. Raw HTML is parsed into the tree first so the
 * sanitizer sees all of it; `rehype-sanitize` is the last plugin of ours.
 * SmartyPants is off: the newsroom's typography is kept as written.
 * `beforeSanitize` lets `npm run check` watch the tree just before sanitizing.
 */
export function createProcessorOptions(
  beforeSanitize: RehypePlugins = [],
): UnifiedProcessorOptions {
  return {
    remarkPlugins: [remarkBodyFacts],
    rehypePlugins: [
      rehypeRawWhereNeeded,
      [rehypeExternalLinks, { rel: EXTERNAL_REL }],
      ...beforeSanitize,
      [rehypeSanitize, sanitizeSchema],
    ],
    gfm: true,
    smartypants: false,
  };
}
