import { expect, test } from '@playwright/test';
import { PICTURES_PORT } from '../../playwright.config.ts';

const ARTICLE = `http://localhost:${PICTURES_PORT}/2021/08/airport-crowd/`;

test.describe('on a phone, 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 });

  test('the lead picture comes as the 375-pixel AVIF', async ({ page }) => {
    const loaded: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'image') loaded.push(new URL(request.url()).pathname);
    });
    await page.goto(ARTICLE);
    const lead = page.locator('.lead-picture img');
    await expect(lead).toHaveJSProperty('complete', true);
    const current = await lead.evaluate(
      (img: HTMLImageElement) => new URL(img.currentSrc).pathname,
    );
    const avif = await page
      .locator('.lead-picture source[type="image/avif"]')
      .getAttribute('srcset');
    const smallest = /^(\S+) 375w,/.exec(avif ?? '')?.[1];
    expect(smallest).toMatch(/^\/_astro\/airport-crowd\..*\.avif$/);
    expect(current).toBe(smallest);
    expect(loaded).toContain(current);
  });

  test('nothing shifts while the pictures load', async ({ page }) => {
    await page.goto(ARTICLE);
    const shift = await page.evaluate(async () => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          total += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      window.scrollTo(0, document.body.scrollHeight);
      await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return total;
    });
    expect(shift).toBe(0);
  });
});
