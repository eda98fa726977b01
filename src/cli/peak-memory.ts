/**
 * Preloaded by `npm run bench` into every Node process of a build: on exit,
 * appends the process's peak resident memory (bytes) to `DATELINE_PEAK_FILE`.
 * Worker threads share their process's figure.
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.DATELINE_PEAK_FILE;
// A worker thread would count its whole process again.
if (file && isMainThread) {
  process.on('exit', () => {
    appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
