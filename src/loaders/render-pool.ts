import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { createProcessorOptions, readBodyFacts, type BodyFacts } from '../lib/markdown.ts';
import type { PackLocation } from '../lib/packs.ts';
import { openPackWriter } from './bodies.ts';

/** A body to render, sent to a worker. */
export interface RenderRequest {
  id: number;
  body: string;
  fileURL: string;
}

/** A rendered body: the facts the pipeline found in it, and where its HTML was stored. */
export interface RenderedBody {
  facts: BodyFacts;
  location: PackLocation;
}

/** What a worker sends back: the rendered body, or why it failed. */
export type RenderResponse = ({ id: number } & RenderedBody) | { id: number; error: string };

/** What a worker is started with. */
export interface RenderSetup {
  shared: AstroMarkdownOptions;
  /** Folder of the rendered bodies, which exists (see `bodies.ts`). */
  bodiesDir: string;
}

/** Renders a body and stores its HTML with the rendered bodies. */
export type RenderBody = (body: string, fileURL: URL) => Promise<RenderedBody>;

/** Renders bodies, in parallel or not. */
export interface RenderPool {
  /** Number of workers. */
  size: number;
  render: RenderBody;
  /** Waits until every body rendered is stored, and stops the workers. */
  close(): Promise<void>;
}

// Jobs a worker holds at once: enough to keep it busy between messages.
const IN_FLIGHT = 4;

/** Message that tells a worker to finish its pack and stop. */
export const CLOSE = 'close';

/**
 * Makes what each worker runs: a renderer with the site's processor and the
 * given shared Markdown options, which appends each body's HTML to a pack of
 * its own rather than sending it back through the main thread, busy reading
 * and checking the next articles.
 */
export async function createBodyRenderer({
  shared,
  bodiesDir,
}: RenderSetup): Promise<{ render: RenderBody; close(): void }> {
  const renderer = await unified(createProcessorOptions()).createRenderer(shared);
  const pack = openPackWriter(bodiesDir);
  return {
    async render(body, fileURL) {
      const { code, metadata } = await renderer.render(body, { frontmatter: {}, fileURL });
      return { facts: readBodyFacts(metadata.frontmatter), location: pack.append(code) };
    },
    close: () => pack.close(),
  };
}

/**
 * Renders on this thread: for a handful of changed articles, starting the
 * workers would cost more than the rendering itself.
 */
export async function createLocalRenderer(setup: RenderSetup): Promise<RenderPool> {
  const renderer = await createBodyRenderer(setup);
  return { size: 1, render: renderer.render, close: async () => renderer.close() };
}

/**
 * Starts `size` workers (one a core by default) that render with the site's
 * processor and store the bodies (see `createBodyRenderer`). Work goes to whichever
 * worker has the fewest jobs, so a long article never holds up the rest.
 */
export function createRenderPool(setup: RenderSetup, size = availableParallelism()): RenderPool {
  const pending = new Map<
    number,
    { resolve: (rendered: RenderedBody) => void; reject: (error: Error) => void }
  >();
  let queue: RenderRequest[] = [];
  let head = 0;
  const load = new Map<Worker, number>();
  const exits: Promise<unknown>[] = [];
  let next = 0;

  const dispatch = () => {
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    for (const [worker, jobs] of load) {
      let held = jobs;
      while (held < IN_FLIGHT && head < queue.length) {
        worker.postMessage(queue[head]);
        head += 1;
        held += 1;
      }
      load.set(worker, held);
    }
  };

  for (let index = 0; index < size; index += 1) {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: setup,
    });
    exits.push(new Promise((resolve) => worker.once('exit', resolve)));
    worker.on('message', (response: RenderResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(response.id);
      pending.delete(response.id);
      if ('error' in response) job?.reject(new Error(response.error));
      else job?.resolve({ facts: response.facts, location: response.location });
      dispatch();
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    load.set(worker, 0);
  }

  return {
    size,
    render(body, fileURL) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, body, fileURL: fileURL.href });
        dispatch();
      });
    },
    async close() {
      for (const worker of load.keys()) worker.postMessage(CLOSE);
      await Promise.all(exits);
    },
  };
}
