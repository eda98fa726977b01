import { expect, test } from '@playwright/test';

test('Tab alone reaches every link of an article, in reading order, with visible focus', async ({
  page,
}) => {
  await page.goto('/2021/08/kabul-airport/');
  const links = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  const reached: (string | null)[] = [];
  for (let step = 0; step < links.length; step += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return null;
      const style = getComputedStyle(element);
      return {
        href: element.getAttribute('href'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: element.getBoundingClientRect().width > 0,
      };
    });
    expect(focus?.outline, `focus is visible on ${focus?.href}`).toBe(true);
    expect(focus?.visible, `${focus?.href} is on screen when focused`).toBe(true);
    reached.push(focus?.href ?? null);
  }
  expect(reached).toEqual(links);
});
