import { expect, test, type Page } from '@playwright/test';
import { SEED_PORT } from '../../playwright.config.ts';

const SEED = `http://localhost:${SEED_PORT}`;
const SEED_HEADLINE = 'Taliban affirm that exit of US will prevent IS attacks in Afghanistan';

/** Console errors, uncaught errors and CSP violations of a page, gathered as it runs. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.locator('#search-status');

test('typing a name finds the article, under the strict policy, without errors', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`${SEED}/`);
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${SEED}/search/`);
  await page.getByLabel('Words to find').fill('Mujahid');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toHaveAttribute(
    'href',
    '/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/',
  );
  await expect(results(page).first().locator('mark').first()).toHaveText(/Mujahid/i);
  await expect(status(page)).toHaveText('1 article match “Mujahid”.');
  await expect(page).toHaveURL(`${SEED}/search/?q=Mujahid`);
  expect(problems).toEqual([]);
});

test('a shared search address opens with its results, and the back button returns', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`${SEED}/search/?q=Mujahid`);
  await expect(page.getByLabel('Words to find')).toHaveValue('Mujahid');
  await expect(results(page)).toHaveCount(1);
  await page.getByLabel('Words to find').fill('zqxjv');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(status(page)).toHaveText('No articles match “zqxjv”.');
  await expect(results(page)).toHaveCount(0);
  await page.goBack();
  await expect(page.getByLabel('Words to find')).toHaveValue('Mujahid');
  await expect(results(page)).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a place filter narrows the results, and the order can be by date', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/search/?q=the');
  await expect(status(page)).toHaveText(/\d+ articles match/);
  const all = await results(page).count();
  expect(all).toBeGreaterThan(2);

  // The filters' values load when the reader turns to them.
  await page.getByLabel('Place').focus();
  await page.getByLabel('Place').selectOption('Herat');
  await expect(page).toHaveURL(/[?&]place=Herat/);
  await expect(status(page)).toHaveText('2 articles match “the”.');
  await expect(results(page)).toHaveCount(2);

  await page.getByLabel('Order').selectOption('newest');
  await expect(page).toHaveURL(/[?&]sort=newest/);
  const dates = await results(page).locator('.search-date').allTextContents();
  expect(dates).toHaveLength(2);
  expect(problems).toEqual([]);
});

test('only the search page loads a script, and it allows WebAssembly alone', async ({
  request,
}) => {
  const search = await (await request.get('/search/')).text();
  const front = await (await request.get('/')).text();
  expect(search).toMatch(/<script type="module">/);
  expect(search).toContain("'wasm-unsafe-eval'");
  expect(front).not.toContain('<script type="module">');
  expect(front).not.toContain("'wasm-unsafe-eval'");
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs it and offers the indexes and archives', async ({ page }) => {
    await page.goto('/search/?q=Kabul');
    const notice = page.locator('#search-needs-script');
    await expect(notice).toContainText('Searching the archive needs JavaScript');
    for (const [name, url] of [
      ['people', '/people/'],
      ['places', '/places/'],
      ['sources', '/sources/'],
      ['date in the archive', '/archive/'],
    ]) {
      await expect(notice.getByRole('link', { name })).toHaveAttribute('href', url);
    }
    await expect(page.locator('#search-form')).toBeHidden();
  });
});
