import { expect, test } from '@playwright/test';
import { PICTURES_PORT } from '../../playwright.config.ts';

const PICTURES = `http://localhost:${PICTURES_PORT}`;

// Screenshots of every page type, for people to look at; git ignores the folder.
const PAGES = [
  ['front', '/'],
  ['article', '/2021/08/kabul-airport/'],
  ['article-raw-html', '/2021/08/raw-html/'],
  ['article-rtl', '/2021/08/kabul-airport-fa/'],
  ['newsroom-page', '/corrections-policy/'],
  ['topic-index', '/places/'],
  ['topic', '/places/afghanistan/'],
  ['archive', '/archive/'],
  ['month', '/2021/08/'],
  ['not-found', '/404.html'],
  ['front-pictures', `${PICTURES}/`],
  ['article-pictures', `${PICTURES}/2021/08/airport-crowd/`],
] as const;

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

      for (const [name, path] of PAGES) {
        test(name, async ({ page }) => {
          await page.goto(path);
          // Lazy pictures load as they come into view; a full-page shot needs them all.
          await page.evaluate(async () => {
            for (const img of document.images) img.loading = 'eager';
            await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
          });
          // Nothing may scroll sideways, however narrow the screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBe(0);
          await page.screenshot({
            path: `test-results/screenshots/${name}-${width}-${scheme}.png`,
            fullPage: true,
          });
        });
      }
    });
  }
}
