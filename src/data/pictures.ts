import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { pictures as pictureFiles } from 'virtual:dateline/pictures';
import type { LeadPicture } from '../lib/articles.ts';
import { isRemotePicture } from '../lib/images.ts';
import type { BodyPicture } from '../lib/markdown.ts';
import {
  BODY_PICTURE,
  fitCrop,
  LEAD_PICTURE,
  SHARE_SHAPES,
  THUMBNAIL,
  type PicturePreset,
  type PictureView,
  type ShareImage,
} from '../lib/pictures.ts';

/** The modern formats every processed picture is offered in, smallest first. */
const MODERN_FORMATS = [
  { format: 'avif', type: 'image/avif' },
  { format: 'webp', type: 'image/webp' },
] as const;

/** Pictures for sharing an article, as site-relative URLs with their sizes. */
interface ShareImages {
  /** Open Graph and Twitter card, 1.91:1. */
  card: ShareImage;
  /** 1:1, 4:3 and 16:9, for the structured data's `image`. */
  shapes: string[];
}

/**
 * A picture's size, read from a copy: Astro counts any read of the metadata
 * itself as a use of the original file and then ships the original too.
 */
function readSize(src: ImageMetadata): { width: number; height: number } {
  const { width, height } = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
  return { width, height };
}

/**
 * Makes a picture through Astro's image pipeline (`getImage`): AVIF and WebP
 * candidates and a JPEG fallback, as the preset says. The files are written
 * at the end of the build, from Astro's cache when they were made before. A
 * URL (of an allowed host) is shown as it is, without processing.
 */
async function createPictureView(
  src: ImageMetadata | string,
  alt: string,
  preset: PicturePreset,
  given?: { width?: number | undefined; height?: number | undefined },
): Promise<PictureView> {
  if (typeof src === 'string') {
    return {
      sources: [],
      src,
      alt,
      priority: preset.priority,
      ...(given?.width && given.height ? { width: given.width, height: given.height } : {}),
    };
  }
  const original = readSize(src);
  const size = preset.aspect ? fitCrop(original, preset.aspect, preset.width) : undefined;
  const shape = size ? { width: size.width, height: size.height, fit: 'cover' } : {};
  const candidates = preset.densities
    ? { densities: preset.densities }
    : { widths: preset.widths ?? [preset.width] };
  const sources = await Promise.all(
    MODERN_FORMATS.map(async ({ format, type }) => {
      const image = await getImage({ src, format, ...shape, ...candidates });
      return { type, srcset: image.srcSet.attribute };
    }),
  );
  const fallbackWidth = Math.min(preset.width, original.width);
  const fallback = await getImage({
    src,
    format: 'jpg',
    ...(size ? shape : { width: fallbackWidth }),
  });
  return {
    sources,
    src: fallback.src,
    width: Number(fallback.attributes.width),
    height: Number(fallback.attributes.height),
    alt,
    ...(preset.sizes ? { sizes: preset.sizes } : {}),
    priority: preset.priority,
  };
}

async function cropUrl(src: ImageMetadata, shape: { width: number; aspect: number }) {
  const size = fitCrop(readSize(src), shape.aspect, shape.width);
  const image = await getImage({ src, format: 'jpg', ...size, fit: 'cover' });
  return { url: image.src, ...size };
}

/**
 * A picture's metadata, by its path in the content folder; a URL as it is.
 * @throws Error when the file is not among the build's pictures
 */
function resolvePicture(src: string): ImageMetadata | string {
  if (isRemotePicture(src)) return src;
  const metadata = pictureFiles.get(src);
  if (!metadata) throw new Error(`${src}: not among the pictures that the articles loader listed`);
  return metadata;
}

/** The lead picture cut for share cards and structured data; none for a URL. */
async function createShareImages(
  picture: LeadPicture | undefined,
): Promise<ShareImages | undefined> {
  if (!picture) return undefined;
  const src = resolvePicture(picture.src);
  if (typeof src === 'string') return undefined;
  const [card, ...shapes] = await Promise.all([
    cropUrl(src, SHARE_SHAPES.card),
    cropUrl(src, SHARE_SHAPES.square),
    cropUrl(src, SHARE_SHAPES.fourThree),
    cropUrl(src, SHARE_SHAPES.sixteenNine),
  ]);
  return { card: card!, shapes: shapes.map((shape) => shape.url) };
}

/** Every picture of a body, as the preset makes them, in the order of their slots. */
function createBodyPictures(
  pictures: BodyPicture[],
  preset: PicturePreset,
): Promise<PictureView[]> {
  return Promise.all(
    pictures.map((picture) =>
      createPictureView(resolvePicture(picture.src), picture.alt, preset, picture),
    ),
  );
}

/** Every picture an article's pages, listings and feeds show. */
export interface ArticlePictures {
  /** The lead picture under the headline. */
  lead?: PictureView;
  /** The body's pictures, in the order of their slots. */
  body: PictureView[];
  /** The lead picture in listings; its alt is empty, as the headline beside it says it all. */
  thumbnail?: PictureView;
  share?: ShareImages;
}

/** Makes every picture of an article (see `ArticlePictures`). */
export async function createArticlePictures(article: {
  image?: LeadPicture | undefined;
  pictures: BodyPicture[];
}): Promise<ArticlePictures> {
  const image = article.image;
  const [lead, thumbnail, share, body] = await Promise.all([
    image ? createPictureView(resolvePicture(image.src), image.alt, LEAD_PICTURE) : undefined,
    image ? createPictureView(resolvePicture(image.src), '', THUMBNAIL) : undefined,
    createShareImages(image),
    createBodyPictures(article.pictures, BODY_PICTURE),
  ]);
  return {
    body,
    ...(lead ? { lead } : {}),
    ...(thumbnail ? { thumbnail } : {}),
    ...(share ? { share } : {}),
  };
}
