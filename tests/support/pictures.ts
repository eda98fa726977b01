/**
 * Writes the photographs of the pictures fixture site, made from generated
 * pixels; they are not kept in the repository. Run as a script before a
 * build of that fixture, or call `writeFixturePictures` from a test.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createPicturePixels } from '../../src/lib/corpus.ts';

/** The fixture site with pictures. */
export const PICTURES_FIXTURE = 'tests/fixtures/pictures';

/** Each generated picture: where it goes in the fixture, its size and format. */
const PICTURES = [
  { path: 'articles/2021/08/airport-crowd.jpg', seed: 1, width: 1800, height: 1200 },
  { path: 'articles/2021/08/runway.png', seed: 2, width: 900, height: 600 },
  { path: 'images/convoy.jpg', seed: 3, width: 1600, height: 1000 },
  { path: 'images/market.jpg', seed: 4, width: 640, height: 960 },
] as const;

/** Writes any of the fixture's pictures that are missing; written whole or not at all. */
export async function writeFixturePictures(root = PICTURES_FIXTURE): Promise<void> {
  for (const picture of PICTURES) {
    const path = join(root, picture.path);
    if (existsSync(path)) continue;
    await mkdir(dirname(path), { recursive: true });
    const pixels = createPicturePixels(picture.seed, picture.width, picture.height);
    const image = sharp(pixels, {
      raw: { width: picture.width, height: picture.height, channels: 3 },
    });
    const partial = `${path}.${process.pid}.partial`;
    await (path.endsWith('.png') ? image.png() : image.jpeg({ quality: 88 })).toFile(partial);
    await rename(partial, path);
  }
}

if (import.meta.main) await writeFixturePictures(process.argv[2]);
