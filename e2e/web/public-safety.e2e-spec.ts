// Quick exit and tab titles on the public pages (sign-in, two-step code, password reset, invitation), which she sees
// too, from her own phone: leaving half-way through signing in ends that half-finished sign-in on the server, and no
// tab title there names the service.
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO } from '../support/api';
import { chromiumForSuite, formatViolations, newContext, runAxe } from '../support/browser';
import { givePassword } from '../support/sign-in';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

async function stubNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** Gives the password only: the account has two-step sign-in, so the page then asks for the code. */
async function giveThePassword(page: Page): Promise<void> {
  await givePassword(page, DEMO.advocate);
  await page.waitForURL(/\/two-factor/);
}

async function sessionNow(page: Page): Promise<{ signedIn: boolean; stage?: string | null }> {
  return page.evaluate(async () => (await fetch('/api/auth/session', { headers: { Accept: 'application/json' } })).json());
}

describe('Public pages: quick exit and titles', () => {
  const chromium = chromiumForSuite();

  it('tab titles on the public pages say what the page is, not the service', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    for (const [path, title] of [
      ['/sign-in', 'Sign in'],
      ['/password-reset', 'Reset your password'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect(page.title()).resolves.toBe(title);
    }
    await giveThePassword(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.title()).resolves.not.toMatch(/Beside/i);
    const violations = await runAxe(page);
    expect(formatViolations(violations)).toEqual([]);
    await context.close();
  });

  for (const how of ['button', 'escape'] as const) {
    it(`${how === 'button' ? '"Leave this site"' : 'Escape twice'} after the password, before the code, ends that sign-in`, async () => {
      const context = await newContext(chromium.browser, { phone: how === 'button' });
      await stubNeutralSite(context);
      const page = await context.newPage();
      await giveThePassword(page);
      // The half-finished sign-in is a session on the server, waiting for the code.
      expect(await sessionNow(page)).toMatchObject({ signedIn: false, stage: 'mfa_challenge' });
      await page.evaluate(() => {
        sessionStorage.setItem('left-behind', '1');
        localStorage.setItem('left-behind', '1');
      });
      if (how === 'button') {
        await page.getByRole('button', { name: 'Leave this site' }).click();
      } else {
        await page.locator('body').press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL((url) => url.href === NEUTRAL, { timeout: 15_000 });

      // Back does not reach the two-step page: leaving stepped back over it and replaced the entry.
      await page.goBack({ timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      expect(page.url()).not.toMatch(/two-factor/);

      // A fresh page on her plan lands on sign-in, and nothing of the half-finished sign-in remains.
      const fresh = await context.newPage();
      await fresh.goto('/my');
      await fresh.waitForURL(/\/sign-in/);
      await fresh.getByRole('heading', { level: 1, name: /sign in/i }).waitFor();
      const after = await sessionNow(fresh);
      expect(after.signedIn).toBe(false);
      expect(after.stage ?? null).toBeNull();
      expect(await fresh.evaluate(() => [sessionStorage.getItem('left-behind'), localStorage.getItem('left-behind')])).toEqual([null, null]);
      await context.close();
    });
  }
});
