import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { PICTURE_SLOT } from './markdown.ts';

/** A picture ready for the page: its sources by format, fallback and size. */
export interface PictureView {
  /** Modern formats, best first, each with its candidates by width. */
  sources: { type: string; srcset: string }[];
  /** The fallback file every browser can show. */
  src: string;
  srcset?: string;
  /** Intrinsic size, so that the page keeps its place while it loads. */
  width?: number;
  height?: number;
  alt: string;
  sizes?: string;
  /** The lead picture loads at once and first; every other one when it nears the screen. */
  priority: boolean;
}

/** A picture for share cards: site-relative URL and size. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
}

/** How one kind of picture is made: widths, crop and the width it takes on the page. */
export interface PicturePreset {
  /** Widths of the candidates in the modern formats, in pixels. */
  widths?: number[];
  /** Candidates by pixel density instead of widths, for small fixed sizes. */
  densities?: number[];
  /** Width of the fallback file, and of a fixed-size picture. */
  width: number;
  /** Width ÷ height of a cropped picture; the picture's own shape when absent. */
  aspect?: number;
  /** The `sizes` attribute: how wide the picture shows at each screen width. */
  sizes?: string;
  priority: boolean;
}

/**
 * The lead picture of an article page. 375 and 750 serve a phone at one and
 * two pixels a point; the larger two fill the article's column (46rem) on
 * ordinary and dense screens. More widths would cost an AVIF encoding each.
 */
export const LEAD_PICTURE: PicturePreset = {
  widths: [375, 750, 1125, 1500],
  width: 750,
  sizes: '(min-width: 48rem) 46rem, calc(100vw - 2rem)',
  priority: true,
};

/** A picture in an article's body: as the lead, but lazy. */
export const BODY_PICTURE: PicturePreset = { ...LEAD_PICTURE, priority: false };

/** The thumbnail of an article in a listing: a 4:3 crop, 120 points wide. */
export const THUMBNAIL: PicturePreset = {
  densities: [1, 2],
  width: 120,
  aspect: 4 / 3,
  priority: false,
};

/** Share cards: Open Graph and Twitter at 1.91:1, and the three shapes of structured data. */
export const SHARE_SHAPES = {
  card: { width: 1200, aspect: 1200 / 630 },
  square: { width: 1200, aspect: 1 },
  fourThree: { width: 1200, aspect: 4 / 3 },
  sixteenNine: { width: 1200, aspect: 16 / 9 },
} as const;

/**
 * The size of a crop of `shape` (width ÷ height) at most `maxWidth` wide,
 * taken from a picture of `source` size without enlarging it.
 */
export function fitCrop(
  source: { width: number; height: number },
  shape: number,
  maxWidth: number,
): { width: number; height: number } {
  const width = Math.min(maxWidth, source.width, Math.floor(source.height * shape));
  return { width, height: Math.round(width / shape) };
}

function pictureImg(view: PictureView): Element {
  const properties: Properties = { src: view.src, alt: view.alt };
  // `sizes` belongs with candidates by width: here on the sources.
  if (view.srcset) Object.assign(properties, { srcSet: view.srcset, sizes: view.sizes });
  if (view.width && view.height)
    Object.assign(properties, { width: view.width, height: view.height });
  if (view.priority) Object.assign(properties, { loading: 'eager', fetchPriority: 'high' });
  else properties.loading = 'lazy';
  properties.decoding = 'async';
  return { type: 'element', tagName: 'img', properties, children: [] };
}

function pictureElement(view: PictureView): Element {
  const img = pictureImg(view);
  if (view.sources.length === 0) return img;
  const sources: ElementContent[] = view.sources.map((source) => ({
    type: 'element',
    tagName: 'source',
    properties: {
      type: source.type,
      srcSet: source.srcset,
      ...(view.sizes ? { sizes: view.sizes } : {}),
    },
    children: [],
  }));
  return { type: 'element', tagName: 'picture', properties: {}, children: [...sources, img] };
}

/** The markup of a picture: `<picture>` with a source a format, or a bare `<img>`. */
export function renderPicture(view: PictureView): string {
  return toHtml(pictureElement(view));
}

/**
 * The markup of a picture with its caption and credit, as a `<figure>`.
 */
export function renderFigure(
  view: PictureView,
  text: { caption?: string | undefined; credit?: string | undefined },
  className?: string,
): string {
  const caption: ElementContent[] = [];
  if (text.caption) caption.push({ type: 'text', value: text.caption });
  if (text.credit) {
    if (caption.length > 0) caption.push({ type: 'text', value: ' ' });
    caption.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['credit'] },
      children: [{ type: 'text', value: text.credit }],
    });
  }
  const children: ElementContent[] = [pictureElement(view)];
  if (caption.length > 0) {
    children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: caption });
  }
  const properties: Properties = className ? { className: [className] } : {};
  return toHtml({ type: 'element', tagName: 'figure', properties, children });
}

const SLOT = new RegExp(`<img ${PICTURE_SLOT}="(\\d+)">`, 'g');

/**
 * Puts each body picture's markup in its slot; a slot without a picture is
 * left empty rather than shown broken.
 */
export function fillPictureSlots(html: string, pictures: readonly string[]): string {
  if (!html.includes(PICTURE_SLOT)) return html;
  return html.replace(SLOT, (_slot, index: string) => pictures[Number(index)] ?? '');
}
