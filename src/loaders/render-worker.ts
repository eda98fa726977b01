/**
 * A worker thread of the render pool: renders Markdown bodies through the
 * site's `unified()` processor, the one that Astro's own `renderMarkdown`
 * would use, with the shared options the pool passes in, and stores them in
 * a pack of its own until the pool tells it to stop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  CLOSE,
  createBodyRenderer,
  type RenderRequest,
  type RenderResponse,
  type RenderSetup,
} from './render-pool.ts';

const renderer = await createBodyRenderer(workerData as RenderSetup);

parentPort?.on('message', async (message: RenderRequest | typeof CLOSE) => {
  if (message === CLOSE) {
    renderer.close();
    parentPort?.close();
    return;
  }
  const { id, body, fileURL } = message;
  let response: RenderResponse;
  try {
    response = { id, ...(await renderer.render(body, new URL(fileURL))) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
