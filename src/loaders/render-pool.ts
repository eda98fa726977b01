import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { createProcessorOptions, readBodyFacts, type BodyFacts } from '../lib/markdown.ts';

/** A body to render into a file, sent to a worker. */
export interface RenderRequest {
  id: number;
  body: string;
  fileURL: string;
  htmlFile: string;
}

/** What a worker sends back: the body's facts, or why it failed. */
export type RenderResponse = { id: number; facts: BodyFacts } | { id: number; error: string };

/**
 * Renders a body and writes its HTML to `htmlFile`, whose folder exists;
 * resolves to the facts the pipeline found in it.
 */
export type RenderBody = (body: string, fileURL: URL, htmlFile: string) => Promise<BodyFacts>;

/** A pool of worker threads that render Markdown bodies in parallel. */
export interface RenderPool {
  /** Number of workers. */
  size: number;
  render: RenderBody;
  close(): Promise<void>;
}

// Jobs a worker holds at once: enough to keep it busy between messages.
const IN_FLIGHT = 4;

/**
 * Makes the function that renders one body with the site's processor and
 * the given shared Markdown options: what each worker runs. The HTML goes
 * straight to its file rather than back through the main thread, which is
 * busy reading and checking the next articles.
 */
export async function createBodyRenderer(shared: AstroMarkdownOptions): Promise<RenderBody> {
  const renderer = await unified(createProcessorOptions()).createRenderer(shared);
  return async (body, fileURL, htmlFile) => {
    const { code, metadata } = await renderer.render(body, { frontmatter: {}, fileURL });
    writeFileSync(htmlFile, code);
    return readBodyFacts(metadata.frontmatter);
  };
}

/**
 * Renders on this thread: for a handful of changed articles, starting the
 * workers would cost more than the rendering itself.
 */
export async function createLocalRenderer(shared: AstroMarkdownOptions): Promise<RenderPool> {
  const render = await createBodyRenderer(shared);
  return { size: 1, render, close: async () => undefined };
}

/**
 * Starts `size` workers (one a core by default) that render with the site's
 * processor and the given shared Markdown options. Work goes to whichever
 * worker has the fewest jobs, so a long article never holds up the rest.
 */
export function createRenderPool(
  shared: AstroMarkdownOptions,
  size = availableParallelism(),
): RenderPool {
  const pending = new Map<
    number,
    { resolve: (facts: BodyFacts) => void; reject: (error: Error) => void }
  >();
  let queue: RenderRequest[] = [];
  let head = 0;
  const load = new Map<Worker, number>();
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
      workerData: shared,
    });
    worker.on('message', (response: RenderResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(response.id);
      pending.delete(response.id);
      if ('error' in response) job?.reject(new Error(response.error));
      else job?.resolve(response.facts);
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
    render(body, fileURL, htmlFile) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, body, fileURL: fileURL.href, htmlFile });
        dispatch();
      });
    },
    async close() {
      await Promise.all([...load.keys()].map((worker) => worker.terminate()));
    },
  };
}
