import { expect, test } from '@playwright/test';

test('a reader follows a story by who and where', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: 'Crowds wait at Kabul airport & the “last flights”' })
    .click();
  await expect(page).toHaveURL('/2021/08/kabul-airport/');

  await page.getByRole('article').getByRole('link', { name: 'Zabihullah Mujahid' }).click();
  await expect(page).toHaveURL('/people/zabihullah-mujahid/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zabihullah Mujahid');
  await expect(
    page.getByRole('img', { name: 'Articles per month about Zabihullah Mujahid' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Same slug, September' }).click();
  await expect(page).toHaveURL('/2021/09/shared-slug/');

  // The article names "Kabol", an alias: the link shows and leads to Kabul.
  await page.getByRole('article').getByRole('link', { name: 'Kabul', exact: true }).click();
  await expect(page).toHaveURL('/places/kabul/');
  await expect(page.getByText('Capital of Afghanistan.')).toBeVisible();

  await page.getByText('Part of').getByRole('link', { name: 'Afghanistan' }).click();
  await expect(page).toHaveURL('/places/afghanistan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afghanistan');
  await expect(page.getByRole('link', { name: 'Same slug, September' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Places in Afghanistan' })).toContainText(
    'Kabul',
  );
});

test('the header leads to every index', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const [name, url, heading] of [
    ['People', '/people/', 'People'],
    ['Places', '/places/', 'Places'],
    ['Sources', '/sources/', 'Sources'],
    ['Archive', '/archive/', 'Archive'],
    ['Latest', '/', 'Latest news'],
  ]) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(url!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  }
});

test('an index jumps to an initial', async ({ page }) => {
  await page.goto('/places/');
  const jump = page.getByRole('navigation', { name: 'Initials' }).getByRole('link').first();
  const initial = await jump.textContent();
  await jump.click();
  await expect(page).toHaveURL(/#initial-1$/);
  await expect(page.getByRole('heading', { level: 2, name: initial! })).toBeInViewport();
});
