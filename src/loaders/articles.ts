import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  checkArticleBytes,
  createArticleData,
  findUrlClashes,
  type ArticleData,
} from '../lib/articles.ts';
import { linkTranslations } from '../lib/translations.ts';
import type { PackLocation } from '../lib/packs.ts';
import { keepBodies, prepareBodies, readBodyIndex } from './bodies.ts';
import { digestCode } from './code.ts';
import { listMarkdownFiles } from './files.ts';
import {
  checkArticlePictures,
  createPictureInspector,
  listPictureFiles,
  recheckStoredPictures,
  writePictureList,
  type PictureInspector,
} from './images.ts';
import { writeArticleSummaries } from './lastmod.ts';
import {
  createLocalRenderer,
  createRenderPool,
  type RenderPool,
  type RenderSetup,
} from './render-pool.ts';

// Up to this many changed articles render on the main thread, without workers.
const LOCAL_RENDERS = 8;

/** Where the loader finds articles and how it reads their dates. */
export interface ArticleLoaderOptions {
  /** The content folder; articles are `articles/**\/*.md` under it. */
  contentDir: string;
  /** Time zone of dates written without an offset. */
  timeZone: string;
  /** Folder of the rendered bodies (see `bodies.ts`). */
  bodiesDir: string;
  /** File of the summaries for the sitemap and the redirects (see `lastmod.ts`). */
  summariesFile: string;
  /** Hosts from which articles may show pictures by URL. */
  imageHosts: readonly string[];
  /** File of the list of picture files (see `integrations/pictures.ts`). */
  picturesFile: string;
}

/** An article whose file changed since the last build, to check and render. */
interface ChangedFile {
  id: string;
  file: string;
  path: string;
  digest: string;
}

/**
 * Loads every article of the content folder into the collection. Each file is
 * its own entry (its id is its path), so two files never merge. An unchanged
 * file keeps its stored data and rendered body; changed files are rendered in
 * a pool of worker threads. Problems are gathered over the whole folder and
 * fail the load together, each naming its file and field.
 */
export function articleLoader({
  contentDir,
  timeZone,
  bodiesDir,
  summariesFile,
  imageHosts,
  picturesFile,
}: ArticleLoaderOptions): Loader {
  const root = join(contentDir, 'articles');
  const loadAll = async ({ store, generateDigest, logger, config }: LoaderContext) => {
    const pipeline = await digestCode(
      ['src/lib', 'src/loaders', 'astro.config.ts', 'package-lock.json'],
      generateDigest,
    );
    const files = await listMarkdownFiles(root);
    const bodies = readBodyIndex(bodiesDir);
    const inspect = createPictureInspector();
    const pictures = { contentDir, hosts: imageHosts, inspect };
    const settings = `${pipeline}\n${timeZone}\n${imageHosts.join(' ')}\n`;
    const renderer = prepareRenderer({
      shared: { syntaxHighlight: config.markdown.syntaxHighlight },
      bodiesDir,
    });
    let sorted: Awaited<ReturnType<typeof sortFiles>>;
    let rendered: Awaited<ReturnType<typeof renderChanged>>;
    try {
      const context = { root, settings, bodies, store, generateDigest, renderer, pictures };
      sorted = await sortFiles(files, context);
      rendered = await renderChanged(sorted.changed, renderer, { timeZone, pictures });
    } finally {
      await renderer.close();
    }
    const { changed } = sorted;
    // Spread into a new array, never into `push`: arguments overflow the stack at 100,000.
    const loaded = [...sorted.unchanged, ...rendered.loaded];
    const problems = [...sorted.problems, ...rendered.problems];
    const folder = relative(process.cwd(), root);
    const datas = loaded.map(({ data }) => data);
    problems.push(
      ...findUrlClashes(datas.map((data) => ({ url: data.url, file: join(folder, data.file) }))),
      ...linkTranslations(datas).problems.map(
        (problem) => `${join(folder, problem.file)}: ${problem.message}`,
      ),
    );
    if (problems.length > 0) {
      throw new Error(`${problems.length} problem(s) in the articles:\n  ${problems.join('\n  ')}`);
    }
    if (rendered.warned > 0) {
      logger.warn(
        `${rendered.warned} article(s) have front-matter keys the site ignores; npm run check lists them`,
      );
    }
    await writeArticleSummaries(summariesFile, datas);
    await writePictureList(picturesFile, contentDir, datas);
    if (changed.length > 0) logger.info(`${changed.length} article(s) rendered`);

    const ids = new Set(loaded.map(({ id }) => id));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    for (const entry of rendered.entries) store.set(entry);
    const wanted = new Map<string, PackLocation>();
    for (const { digest } of store.values()) {
      const location = rendered.locations.get(digest as string) ?? bodies.get(digest as string);
      if (location) wanted.set(digest as string, location);
    }
    await keepBodies(bodiesDir, wanted);
  };
  let watching = false;
  return {
    name: 'dateline-articles',
    async load(context) {
      await loadAll(context);
      // `npm run dev`: an article written, changed or removed is loaded again.
      const { watcher, logger } = context;
      if (!watcher || watching) return;
      watching = true;
      watcher.add(root);
      let queue = Promise.resolve();
      const reload = (path: string) => {
        if (!path.startsWith(`${root}${sep}`) || !path.toLowerCase().endsWith('.md')) return;
        queue = queue
          .then(() => loadAll(context))
          .then(
            () => logger.info(`reloaded after a change to ${relative(root, path)}`),
            (error: unknown) => logger.error((error as Error).message),
          );
      };
      for (const event of ['add', 'change', 'unlink']) watcher.on(event, reload);
    },
  };
}

/**
 * Sorts the folder's files into unchanged articles, which keep their stored
 * data (their pictures are checked again), and changed ones to render; the
 * renderer hears of each change as it is found.
 */
async function sortFiles(
  files: string[],
  context: {
    root: string;
    settings: string;
    bodies: Map<string, PackLocation>;
    store: LoaderContext['store'];
    generateDigest: LoaderContext['generateDigest'];
    renderer: PreparedRenderer;
    pictures: { contentDir: string; hosts: readonly string[]; inspect: PictureInspector };
  },
) {
  const unchanged: { id: string; data: ArticleData }[] = [];
  const changed: ChangedFile[] = [];
  const problems: string[] = [];
  const { root, settings, bodies, store, generateDigest, renderer } = context;
  // Files are read synchronously: tens of thousands of small reads through
  // the thread pool cost more in hand-offs than in reading.
  for (const file of files) {
    const path = join(root, file);
    const bytes = readFileSync(path);
    const digest = generateDigest(settings + bytes.toString('latin1'));
    const id = file.replace(/\.md$/i, '');
    const stored = store.get<ArticleData>(id);
    if (stored?.digest === digest && bodies.has(digest)) {
      unchanged.push({ id, data: stored.data });
      const found = await recheckStoredPictures(listPictureFiles(stored.data), {
        articleFile: path,
        ...context.pictures,
      });
      problems.push(...found.map((problem) => `${relative(process.cwd(), path)}: ${problem}`));
    } else {
      changed.push({ id, file, path, digest });
      renderer.expect(changed.length);
    }
  }
  return { unchanged, changed, problems };
}

/** The renderer of the changed articles, started once their number is known to need it. */
interface PreparedRenderer {
  /** Told the number of changed articles found so far. */
  expect(changes: number): void;
  /** The pool to render with: the workers, or this thread for a handful of changes. */
  get(): Promise<RenderPool>;
  close(): Promise<void>;
}

/**
 * Starts the render workers as soon as the changed articles are more than a
 * handful, so that they load the processor (about a second) while the rest of
 * the folder is still read; for a handful, renders on this thread.
 */
function prepareRenderer(setup: RenderSetup): PreparedRenderer {
  let pool: RenderPool | undefined;
  return {
    expect(changes) {
      if (pool || changes <= LOCAL_RENDERS) return;
      prepareBodies(setup.bodiesDir);
      pool = createRenderPool(setup);
    },
    async get() {
      if (!pool) {
        prepareBodies(setup.bodiesDir);
        pool = await createLocalRenderer(setup);
      }
      return pool;
    },
    close: async () => pool?.close(),
  };
}

/** Checks and renders the changed files, keeping the data of each as its body comes back. */
async function renderChanged(
  changed: ChangedFile[],
  renderer: PreparedRenderer,
  options: {
    timeZone: string;
    pictures: { contentDir: string; hosts: readonly string[]; inspect: PictureInspector };
  },
) {
  const problems: string[] = [];
  const loaded: { id: string; data: ArticleData }[] = [];
  const entries: { id: string; data: ArticleData; digest: string; filePath: string }[] = [];
  const locations = new Map<string, PackLocation>();
  let warned = 0;
  if (changed.length === 0) return { problems, loaded, entries, locations, warned };
  const pool = await renderer.get();
  const running = new Set<Promise<void>>();
  // The main thread checks front-matter while the workers render; a bounded
  // number of bodies in flight keeps memory flat however large the archive.
  for (const { id, file, path, digest } of changed) {
    const shown = relative(process.cwd(), path);
    const checked = checkArticleBytes(file, readFileSync(path), options.timeZone);
    if (checked.warnings.length > 0) warned += 1;
    if (!checked.ok) {
      problems.push(...checked.errors.map((error) => `${shown}: ${error}`));
      continue;
    }
    const job = pool
      .render(checked.body, pathToFileURL(path))
      .then(async ({ facts, location }) => {
        locations.set(digest, location);
        const pictures = await checkArticlePictures(
          checked.frontmatter.image?.src,
          facts.pictures,
          { articleFile: path, ...options.pictures },
        );
        if (pictures.problems.length > 0) {
          problems.push(...pictures.problems.map((problem) => `${shown}: ${problem}`));
          return;
        }
        const data = createArticleData(file, checked, facts, {
          lead: pictures.lead,
          body: pictures.pictures,
        });
        loaded.push({ id, data });
        entries.push({ id, data, digest, filePath: shown });
      })
      .catch((error: unknown) => {
        problems.push(`${shown}: body: ${(error as Error).message}`);
      })
      .finally(() => running.delete(job));
    running.add(job);
    if (running.size >= pool.size * 8) await Promise.race(running);
  }
  await Promise.all(running);
  return { problems, loaded, entries, locations, warned };
}
