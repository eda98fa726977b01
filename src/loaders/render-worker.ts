/**
 * A worker thread of the render pool: renders Markdown bodies into their
 * files through the site's `unified()` processor, the one that Astro's own
 * `renderMarkdown` would use, with the shared options the pool passes in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBodyRenderer, type RenderRequest, type RenderResponse } from './render-pool.ts';

const render = await createBodyRenderer(workerData);

parentPort?.on('message', async ({ id, body, fileURL, htmlFile }: RenderRequest) => {
  let response: RenderResponse;
  try {
    response = { id, facts: await render(body, new URL(fileURL), htmlFile) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
