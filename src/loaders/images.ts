import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { PictureList } from '../integrations/pictures.ts';
import {
  classifyPictureSource,
  contentPath,
  isRemotePicture,
  PICTURE_FORMATS,
} from '../lib/images.ts';
import type { BodyPicture } from '../lib/markdown.ts';

/** What is known of a picture file: a problem, or that it reads as a picture. */
type Inspection = { ok: true } | { ok: false; problem: string };

/** Reads picture files, each once a build however many articles show it. */
export type PictureInspector = (file: string) => Promise<Inspection>;

/** A picture inspector that opens each file with sharp and reads its header. */
export function createPictureInspector(): PictureInspector {
  const seen = new Map<string, Promise<Inspection>>();
  const inspect = async (file: string): Promise<Inspection> => {
    try {
      if (!(await stat(file)).isFile()) return { ok: false, problem: 'is not a file' };
    } catch {
      return { ok: false, problem: 'no such file' };
    }
    try {
      const { format, width, height } = await sharp(file).metadata();
      const known: readonly string[] = PICTURE_FORMATS;
      if (!known.includes(format) || !width || !height) {
        return { ok: false, problem: `is not a picture (read as ${format})` };
      }
      return { ok: true };
    } catch {
      return { ok: false, problem: 'cannot be read as a picture' };
    }
  };
  return (file) => {
    let inspection = seen.get(file);
    if (!inspection) {
      inspection = inspect(file);
      seen.set(file, inspection);
    }
    return inspection;
  };
}

/** Where an article's pictures are found, and the settings that allow them. */
export interface PictureContext {
  /** Absolute path of the article file. */
  articleFile: string;
  contentDir: string;
  /** Hosts from which pictures may be shown by URL. */
  hosts: readonly string[];
  inspect: PictureInspector;
}

/** An article's pictures, checked: each `src` as the entry stores it. */
export interface CheckedPictures {
  problems: string[];
  /** The lead picture's `src`: a file's path in the content folder, or an allowed URL. */
  lead?: string;
  /** The body's pictures, with the same `src` forms. */
  pictures: BodyPicture[];
}

// Finds a picture's file and checks it; the `src` the entry stores, or a problem.
async function resolvePicture(
  src: string,
  context: PictureContext,
): Promise<{ src: string } | { problem: string }> {
  const source = classifyPictureSource(src, context.articleFile, context.contentDir, context.hosts);
  if (source.kind === 'refused') return { problem: source.message };
  if (source.kind === 'remote') return { src: source.url };
  for (const candidate of source.candidates) {
    const inspection = await context.inspect(candidate);
    if (inspection.ok) {
      return { src: contentPath(context.contentDir, candidate) };
    }
    if (inspection.problem !== 'no such file') return { problem: `"${src}" ${inspection.problem}` };
  }
  return { problem: `"${src}": no such file beside the article or in images/` };
}

/**
 * Checks the lead picture and the body's pictures of an article: each must
 * be a readable picture file beside the article or in the content's
 * `images/` folder, or come from an allowed host; every body picture needs
 * alt text. Problems name the field and the picture as written.
 */
export async function checkArticlePictures(
  lead: string | undefined,
  body: BodyPicture[],
  context: PictureContext,
): Promise<CheckedPictures> {
  const problems: string[] = [];
  const result: CheckedPictures = { problems, pictures: [] };
  if (lead !== undefined) {
    const resolved = await resolvePicture(lead, context);
    if ('problem' in resolved) problems.push(`image.src: ${resolved.problem}`);
    else result.lead = resolved.src;
  }
  for (const picture of body) {
    if (picture.alt === '') {
      problems.push(
        `body: picture "${picture.src}" has no alt text; describe it, as in ![what it shows](${picture.src})`,
      );
    }
    const resolved = await resolvePicture(picture.src, context);
    if ('problem' in resolved) problems.push(`body: picture ${resolved.problem}`);
    else result.pictures.push({ ...picture, src: resolved.src });
  }
  return result;
}

/**
 * Checks again the picture files of an article that has not changed since it
 * was stored: a file may have gone or been replaced by something unreadable.
 * @param stored each picture file's path in the content folder
 */
export async function recheckStoredPictures(
  stored: string[],
  context: PictureContext,
): Promise<string[]> {
  const problems: string[] = [];
  for (const file of stored) {
    const inspection = await context.inspect(join(context.contentDir, file));
    if (!inspection.ok) problems.push(`picture ${file}: ${inspection.problem}`);
  }
  return problems;
}

/** The picture files of an article's data, as paths in the content folder. */
export function listPictureFiles(data: {
  image?: { src: string } | undefined;
  pictures: { src: string }[];
}): string[] {
  const sources = [data.image?.src, ...data.pictures.map((picture) => picture.src)];
  return sources.filter((src): src is string => src !== undefined && !isRemotePicture(src));
}

/** Writes the list of every picture file of the build, for `virtual:dateline/pictures`. */
export async function writePictureList(
  file: string,
  contentDir: string,
  articles: Parameters<typeof listPictureFiles>[0][],
): Promise<void> {
  const files = [...new Set(articles.flatMap(listPictureFiles))].sort();
  const list: PictureList = { contentDir, files };
  await writeFile(file, JSON.stringify(list));
}
