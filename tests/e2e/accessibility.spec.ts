import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PICTURES_PORT, SEED_PORT } from '../../playwright.config.ts';
import { buildFixture } from '../support/build.ts';
import { removePlantedAlt } from '../support/gates.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SEED = `http://localhost:${SEED_PORT}`;
const PICTURES = `http://localhost:${PICTURES_PORT}`;

// Every page type of the fixture site, and the seed site's own pages.
const PAGES = [
  '/',
  '/page/2/',
  '/2021/08/kabul-airport/',
  '/2021/08/raw-html/',
  '/2021/09/names-from-everywhere/',
  '/2021/08/kabul-airport-fa/',
  '/2021/09/hostile-names/',
  '/corrections-policy/',
  '/people/',
  '/places/',
  '/places/afghanistan/',
  '/places/مزار-شریف/',
  '/archive/',
  '/2021/',
  '/2021/08/',
  '/404.html',
  `${SEED}/`,
  `${SEED}/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/`,
  `${SEED}/places/kabul/`,
  `${SEED}/sources/`,
  `${SEED}/about/`,
  `${SEED}/search/?q=Mujahid`,
  '/search/?q=the&place=Herat',
  `${PICTURES}/`,
  `${PICTURES}/2021/08/airport-crowd/`,
  `${PICTURES}/2021/08/convoy/`,
  `${PICTURES}/places/kabul/`,
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`axe at ${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

      test('no violations on any page type', async ({ page }) => {
        test.setTimeout(120_000);
        const found: string[] = [];
        for (const path of PAGES) {
          await page.goto(path);
          // Search results are drawn by the page's script: check them too.
          if (path.includes('/search/')) {
            await expect(page.locator('#search-results > li').first()).toBeVisible();
          }
          found.push(...(await violations(page)).map((violation) => `${path} ${violation}`));
        }
        expect(found).toEqual([]);
      });
    });
  }
}

test('axe catches a deliberately broken page', async ({ page }) => {
  test.setTimeout(120_000);
  const build = await buildFixture('broken-page');
  expect(build.code).toBe(0);
  const html = await removePlantedAlt(build.outDir);
  await page.setContent(html);
  const found = await violations(page);
  expect(found.some((violation) => violation.startsWith('image-alt:'))).toBe(true);
});
