import { expect, test, type Page } from '@playwright/test';
import { parseMailto } from '../../src/lib/replies.ts';
import { SEED_PORT } from '../../playwright.config.ts';

const SEED = `http://localhost:${SEED_PORT}/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/`;
const CANONICAL =
  'https://dateline.example/2021/08/taliban-affirm-exit-of-us-will-prevent-is-attacks/';
const HEADLINE = 'Taliban affirm that exit of US will prevent IS attacks in Afghanistan';

async function expectNoCommentMachinery(page: Page) {
  await expect(page.locator('form, textarea, iframe, object, embed')).toHaveCount(0);
  // The only script allowed is JSON data, such as structured metadata.
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  // A Markdown task list's checkbox is article content, not a form.
  await expect(page.locator('input:not(.article-body input)')).toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);
}

test('the seed article ends with a reply section that emails the newsroom', async ({ page }) => {
  await page.goto(SEED);
  const section = page.getByRole('region', { name: 'Leave a Reply' });
  await expect(section).toBeVisible();
  await expect(section).toContainText('not published on this page');

  // The section comes after the body.
  const order = await page.evaluate(() => {
    const body = document.querySelector('.article-body');
    const replies = document.querySelector('.replies');
    return body && replies ? body.compareDocumentPosition(replies) : 0;
  });
  expect(order & 4).toBe(4);

  const reply = parseMailto(
    (await section.getByRole('link', { name: 'Reply by email' }).getAttribute('href'))!,
  );
  expect(reply).toEqual({
    to: 'newsroom@dateline.example',
    subject: `Re: ${HEADLINE}`,
    body: `${CANONICAL}\n\n`,
  });
  const correction = parseMailto(
    (await section.getByRole('link', { name: 'Suggest a correction' }).getAttribute('href'))!,
  );
  expect(correction).toEqual({
    to: 'newsroom@dateline.example',
    subject: `Correction: ${HEADLINE}`,
    body: `${CANONICAL}\n\n`,
  });
  await expect(section.getByRole('link', { name: 'Discuss elsewhere' })).toHaveCount(0);
  await expect(page.locator('link[rel="webmention"]')).toHaveCount(0);
  await expectNoCommentMachinery(page);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the reply links are the same', async ({ page }) => {
    await page.goto(SEED);
    const href = await page.getByRole('link', { name: 'Reply by email' }).getAttribute('href');
    expect(parseMailto(href!).subject).toBe(`Re: ${HEADLINE}`);
  });
});

test('optional settings: a corrections address, a Webmention endpoint, a discuss link', async ({
  page,
}) => {
  await page.goto('/2021/08/kabul-airport/');
  const section = page.getByRole('region', { name: 'Leave a Reply' });
  const correction = parseMailto(
    (await section.getByRole('link', { name: 'Suggest a correction' }).getAttribute('href'))!,
  );
  expect(correction.to).toBe('corrections@fixture.example');
  expect(correction.subject).toBe('Correction: Crowds wait at Kabul airport & the “last flights”');
  await expect(page.locator('link[rel="webmention"]')).toHaveAttribute(
    'href',
    'https://webmention.fixture.example/endpoint',
  );
  await expect(section.getByRole('link', { name: 'Discuss elsewhere' })).toHaveAttribute(
    'href',
    `https://forum.fixture.example/new?url=${encodeURIComponent('https://fixture.example/2021/08/kabul-airport/')}`,
  );
  await expectNoCommentMachinery(page);
});
