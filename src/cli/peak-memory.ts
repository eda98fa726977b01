/**
 * Preloaded by `npm run bench` into every Node process of a build: on exit,
 * appends the process's peak resident memory (bytes) to `DATELINE_PEAK_FILE`.
 * Worker threads share their process's figure.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.DATELINE_PEAK_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
