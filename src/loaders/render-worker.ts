/**
 * A worker thread of the render pool: renders Markdown bodies through the
 * site's `unified()` processor, the one that Astro's own `renderMarkdown`
 * would use, with the shared options the pool passes in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { createProcessorOptions, readBodyFacts } from '../lib/markdown.ts';
import type { RenderRequest, RenderResponse } from './render-pool.ts';

const renderer = await unified(createProcessorOptions()).createRenderer(workerData);

parentPort?.on('message', async ({ id, body, fileURL }: RenderRequest) => {
  let response: RenderResponse;
  try {
    const { code, metadata } = await renderer.render(body, {
      frontmatter: {},
      fileURL: new URL(fileURL),
    });
    response = {
      id,
      html: code,
      headings: metadata.headings,
      facts: readBodyFacts(metadata.frontmatter),
    };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
