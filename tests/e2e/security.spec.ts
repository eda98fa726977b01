import { expect, test, type Page } from '@playwright/test';
import { PAYLOADS } from '../fixtures/hostile/payloads.ts';
import { buildFixture, buildSite } from '../support/build.ts';
import { writeHostileSite } from '../support/hostile.ts';
import { serveStatic } from '../support/static-server.ts';

/** Records, in the page, every dialog and every call to a function a payload would use. */
async function watch(page: Page, origin: string) {
  const events: string[] = [];
  page.on('dialog', async (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) events.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(origin)) {
      events.push(`navigation: ${frame.url()}`);
    }
  });
  await page.exposeFunction('__recordExecution', (what: string) => events.push(`script: ${what}`));
  await page.addInitScript(() => {
    const record = (window as unknown as { __recordExecution: (what: string) => void })
      .__recordExecution;
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'eval'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          record(`${name}(${args.join(',')})`);
          return name === 'eval' ? undefined : original;
        },
      });
    }
  });
  return events;
}

test.describe('hostile inputs', () => {
  // The policy would block inline code anyway: switch it off, so that this
  // proves the sanitizing itself.
  test.use({ bypassCSP: true });
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const build = await buildSite(await writeHostileSite());
    expect(build.code).toBe(0);
    server = await serveStatic(build.outDir);
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('no page runs a script, opens a dialog, navigates away or loads from elsewhere', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const events = await watch(page, server.url);
    const paths = [
      ...PAYLOADS.map((_, index) => `/2021/08/p${String(index).padStart(3, '0')}/`),
      '/',
      '/page/2/',
      '/people/',
      '/places/',
      '/sources/',
    ];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      // Hover and focus what a payload might hang on.
      await page.mouse.move(10, 10);
      await page.mouse.move(300, 400);
      await page.keyboard.press('Tab');
    }
    expect(events).toEqual([]);
  });

  test('the hooks catch a script that runs', async ({ page }) => {
    const events = await watch(page, server.url);
    await page.goto(`${server.url}/`);
    await page.setContent('<img src="/missing.png" onerror="alert(1)">');
    await expect.poll(() => events).toContain('script: alert(1)');
  });
});

test.describe('the content security policy and headers', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const build = await buildFixture('site');
    expect(build.code).toBe(0);
    server = await serveStatic(build.outDir);
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('no page type violates the policy, with the _headers rules applied', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    for (const path of [
      '/',
      '/2021/08/kabul-airport/',
      '/2021/08/raw-html/',
      '/places/',
      '/places/kabul/',
      '/archive/',
      '/2021/08/',
      '/404.html',
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      const headers = response!.headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      const policy = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-inline');
    }
    expect(violations).toEqual([]);
  });

  test('the policy is enforced: an injected inline script is refused', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => violations.push(message.text()));
    await page.goto(`${server.url}/2021/08/kabul-airport/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.body.append(script);
    });
    expect(await page.title()).not.toBe('ran');
    expect(violations.some((text) => /Content Security Policy/i.test(text))).toBe(true);
  });
});
