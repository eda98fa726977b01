import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The module that hands the pages every article picture's metadata. */
export const PICTURES_MODULE = 'virtual:dateline/pictures';

const RESOLVED = `\0${PICTURES_MODULE}`;

/** The picture files of a build, as the articles loader lists them. */
export interface PictureList {
  /** The content folder that the paths are relative to. */
  contentDir: string;
  /** Paths of the picture files, relative to the content folder. */
  files: string[];
}

/**
 * A Vite plugin for `virtual:dateline/pictures`: a `Map` from each picture's
 * path in the content folder to its metadata, imported as Astro imports any
 * picture, so that `getImage` processes it. The list is the one that the
 * articles loader wrote for this build's content folder; a build of another
 * folder has its own list, so that builds never see each other's pictures.
 */
export function picturesModule(listFile: string): Plugin {
  return {
    name: 'dateline-pictures',
    resolveId(id) {
      return id === PICTURES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const list: PictureList = existsSync(listFile)
        ? (JSON.parse(readFileSync(listFile, 'utf8')) as PictureList)
        : { contentDir: '', files: [] };
      const imports = list.files.map(
        (file, index) =>
          `import picture${index} from ${JSON.stringify(`${list.contentDir}/${file}`)};`,
      );
      const entries = list.files.map((file, index) => `[${JSON.stringify(file)}, picture${index}]`);
      return `${imports.join('\n')}\nexport const pictures = new Map([${entries.join(', ')}]);\n`;
    },
  };
}
