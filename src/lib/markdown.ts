import type { RehypePlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Parent as MdastParent, Root as MdastRoot } from 'mdast';
import { sanitize } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import { find, html } from 'property-information';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What the Markdown pipeline learns about a body while rendering it. */
export interface BodyFacts {
  /** Plain text of the first paragraph, for a summary when none is given. */
  lead: string;
  /** Number of words in the body. */
  words: number;
  /** The body's pictures, in the order of their slots (see `rehypePictureSlots`). */
  pictures: BodyPicture[];
}

/** A picture of a body as written: where from, its text, and any size given. */
export interface BodyPicture {
  src: string;
  alt: string;
  /** From the Markdown title, `![alt](src "caption")`; shown as a caption. */
  caption?: string;
  width?: number;
  height?: number;
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

// The hot walks of the pipeline below are plain loops: `unist-util-visit`
// makes and names a function for every node it passes, which cost about 5 %
// of a body's render in these plugins alone.

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

// Text of each leaf block on its own, so that blocks never run together.
function leafBlockText(tree: MdastRoot): string {
  const texts: string[] = [];
  const collect = (parent: MdastParent) => {
    for (const node of parent.children) {
      if (LEAF_BLOCKS.has(node.type)) texts.push(toString(node, { includeHtml: false }));
      else if ('children' in node) collect(node);
    }
  };
  collect(tree);
  return texts.join(' ');
}

/** Remark plugin that records the body's lead paragraph and word count. */
export function remarkBodyFacts() {
  return (tree: MdastRoot, file: VFile) => {
    const firstParagraph = tree.children.find((node) => node.type === 'paragraph');
    const facts = fileFacts(file);
    facts.lead = firstParagraph ? toString(firstParagraph, { includeHtml: false }) : '';
    facts.words = countWords(leafBlockText(tree));
  };
}

// The facts of the file being rendered, in Astro's per-file front-matter.
function fileFacts(file: VFile): BodyFacts {
  const data = file.data as AstroFileData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const facts = (data.astro.frontmatter[FACTS_KEY] ??= { lead: '', words: 0, pictures: [] });
  return facts as BodyFacts;
}

/** Reads the facts that the plugins left in the rendered metadata. */
export function readBodyFacts(frontmatter: Record<string, unknown> | undefined): BodyFacts {
  const facts = frontmatter?.[FACTS_KEY] as BodyFacts | undefined;
  return facts ?? { lead: '', words: 0, pictures: [] };
}

/** Attribute of the slot where a body's picture goes: `<img data-dateline-picture="0">`. */
export const PICTURE_SLOT = 'data-dateline-picture';

function sizeAttribute(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * Rehype plugin, after the sanitizer: each `<img>` left in the body becomes
 * an empty slot that the page fills with the processed picture, and its
 * `src`, `alt`, title and size go into the body's facts for the loader to
 * check. A picture alone in its paragraph with a title becomes a figure with
 * that title as its caption. Slots carry nothing a writer wrote: the
 * sanitizer has already removed any `data-` attribute from the body.
 */
export function rehypePictureSlots() {
  return (tree: HastRoot, file: VFile) => slotPictures(tree, fileFacts(file).pictures);
}

// In document order: a titled picture alone in its paragraph becomes a
// figure first, then every picture a slot; one without a source goes.
function slotPictures(parent: HastRoot | Element, pictures: BodyPicture[]): void {
  let index = 0;
  while (index < parent.children.length) {
    let node: RootContent = parent.children[index] as RootContent;
    if (node.type !== 'element') {
      index += 1;
      continue;
    }
    const figure = captionedFigure(node);
    if (figure) {
      parent.children[index] = figure;
      node = figure;
    }
    if (node.tagName !== 'img') slotPictures(node, pictures);
    else if (!slotPicture(node, parent, pictures)) {
      parent.children.splice(index, 1);
      continue;
    }
    index += 1;
  }
}

// A paragraph holding only a picture with a title, as a figure with that caption.
function captionedFigure(node: Element): Element | undefined {
  const only = soleImage(node);
  const title = only?.properties.title;
  if (!only || typeof title !== 'string' || title.trim() === '') return undefined;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      only,
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: title.trim() }],
      },
    ],
  };
}

// Empties a picture into a slot and records it; false for one without a source.
function slotPicture(node: Element, parent: HastRoot | Element, pictures: BodyPicture[]): boolean {
  const { src, alt, title, width, height } = node.properties;
  if (typeof src !== 'string' || src.trim() === '') return false;
  const picture: BodyPicture = {
    src: src.trim(),
    alt: typeof alt === 'string' ? alt.trim() : '',
  };
  const inFigure = parent.type === 'element' && parent.tagName === 'figure';
  if (inFigure && typeof title === 'string' && title.trim() !== '') {
    picture.caption = title.trim();
  }
  const givenWidth = sizeAttribute(width);
  const givenHeight = sizeAttribute(height);
  if (givenWidth && givenHeight) Object.assign(picture, { width: givenWidth, height: givenHeight });
  node.properties = { [slotProperty]: String(pictures.length) };
  pictures.push(picture);
  return true;
}

// The one `<img>` of a paragraph that holds nothing else.
function soleImage(node: Element): Element | undefined {
  if (node.tagName !== 'p') return undefined;
  const content = node.children.filter((child) => !isBlank(child));
  const only = content[0];
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img'
    ? only
    : undefined;
}

const slotProperty = find(html, PICTURE_SLOT).property;

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
  return (tree: HastRoot, file: VFile) => (containsRaw(tree) ? parse(tree, file) : tree);
}

// Raw HTML nodes are not among hast's own node types, hence the plain string.
function containsRaw(parent: HastRoot | Element): boolean {
  return parent.children.some((node) => {
    const type: string = node.type;
    return type === 'raw' || (node.type === 'element' && containsRaw(node));
  });
}

/**
 * The site's Markdown pipeline. Raw HTML is parsed into the tree first so the
 * sanitizer sees all of it; after `rehype-sanitize` comes only the plugin
 * that turns pictures into empty slots.
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
      rehypePictureSlots,
    ],
    gfm: true,
    smartypants: false,
  };
}
