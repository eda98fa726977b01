import { expect, test } from '@playwright/test';

test('a reader goes from the front page to an article by a click', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news');
  await page
    .getByRole('link', { name: 'Crowds wait at Kabul airport & the “last flights”' })
    .click();
  await expect(page).toHaveURL('/2021/08/kabul-airport/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Crowds wait at Kabul airport & the “last flights”',
  );
  const article = page.getByRole('article');
  await expect(article.locator('time').first()).toHaveText('31 August 2021');
  await expect(article.locator('time').first()).toHaveAttribute('datetime', '2021-08-31');
  await expect(article.getByText('Kabul —')).toBeVisible();
  await expect(article.getByText('By Farida Ahmadi')).toBeVisible();
  await expect(article.getByText(/^Updated/)).toContainText('1 September 2021');
  await expect(article.getByText('1 min read')).toBeVisible();
  await expect(article.getByRole('link', { name: 'Reuters', exact: true })).toHaveAttribute(
    'href',
    '/sources/reuters/',
  );
  await expect(article.getByRole('link', { name: 'Reuters website' })).toHaveAttribute(
    'href',
    'https://www.reuters.com/world/asia-pacific/',
  );
  await expect(article.getByRole('link', { name: 'Zabihullah Mujahid' })).toHaveAttribute(
    'href',
    '/people/zabihullah-mujahid/',
  );
  await expect(article.getByRole('link', { name: 'Afghanistan' })).toHaveAttribute(
    'href',
    '/places/afghanistan/',
  );
});

test('the front page pages through older articles', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL('/page/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news, page 2');
  await page.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL('/');
});

test('the skip link leads to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('pages load no script', async ({ page }) => {
  for (const path of ['/', '/2021/08/raw-html/', '/404.html']) {
    await page.goto(path);
    // JSON-LD is data, not a script that runs.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
  expect(await page.title()).toBe('Page not found · Fixture Gazette');
});

test('an unknown address answers with the 404 page', async ({ page }) => {
  const response = await page.goto('/2021/08/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
