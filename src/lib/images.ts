import { dirname, extname, isAbsolute, join, relative, sep } from 'node:path';

/** The raster formats that the image pipeline reads. */
export const PICTURE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] as const;

/** File name endings of pictures that Astro's pipeline imports. */
const PICTURE_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.tif',
  '.tiff',
  '.gif',
]);

/** Where a picture named in an article comes from. */
export type PictureSource =
  | { kind: 'remote'; url: string }
  | { kind: 'local'; candidates: string[] }
  | { kind: 'refused'; message: string };

/**
 * Classifies a picture's `src` as written in an article. A URL is allowed
 * only from a host in `hosts`; a path is looked for beside the article, then
 * in the shared `images/` folder of the content.
 * @param articleFile absolute path of the article file
 * @param contentDir absolute path of the content folder
 */
export function classifyPictureSource(
  src: string,
  articleFile: string,
  contentDir: string,
  hosts: readonly string[],
): PictureSource {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(src.startsWith('//') ? `https:${src}` : src);
    } catch {
      return { kind: 'refused', message: `"${src}" is not a valid URL` };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return { kind: 'refused', message: `"${src}": only pictures from files or https URLs` };
    }
    if (!hosts.includes(url.hostname)) {
      return {
        kind: 'refused',
        message: `"${src}": pictures from ${url.hostname} are not allowed; add the host to "imageHosts" in site.json or use a local file`,
      };
    }
    return { kind: 'remote', url: url.href };
  }
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    path = src;
  }
  if (path === '' || isAbsolute(path)) {
    return {
      kind: 'refused',
      message: `"${src}": give a path relative to the article, or a file name in images/`,
    };
  }
  if (!PICTURE_EXTENSIONS.has(extname(path).toLowerCase())) {
    return {
      kind: 'refused',
      message: `"${src}" is not a picture file (use .jpg, .jpeg, .png, .webp, .avif, .tif or .gif)`,
    };
  }
  const inside = (file: string) => !relative(contentDir, file).startsWith('..');
  const candidates = [
    ...new Set([join(dirname(articleFile), path), join(contentDir, 'images', path)]),
  ].filter(inside);
  if (candidates.length === 0) {
    return { kind: 'refused', message: `"${src}" points outside the content folder` };
  }
  return { kind: 'local', candidates };
}

/** The path of a picture file in the content folder, with forward slashes. */
export function contentPath(contentDir: string, file: string): string {
  return relative(contentDir, file).split(sep).join('/');
}

/** Whether a picture's `src`, as an article's data keeps it, is a URL. */
export function isRemotePicture(src: string): boolean {
  return /^https?:\/\//.test(src);
}
