import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, freshDemoCode, signIn } from '../support/api';
import { formatViolations, launchBrowser, newContext, runAxe } from '../support/browser';

async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function passSecondStep(page: Page, email: string): Promise<void> {
  await page.waitForURL(/\/two-factor$/);
  await page.getByLabel('Code', { exact: true }).fill(await freshDemoCode(email));
  await page.getByRole('button', { name: /continue|sign in|check/i }).first().click();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(formatViolations(await runAxe(page))).toEqual([]);
}

describe('identity and audit in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should refuse a wrong password kindly, then sign her in to her own area', async () => {
    const page = await (await newContext(browser, { phone: true })).newPage();
    await signInWithPassword(page, DEMO.serviceUser, 'not my password at all');
    await expect(page.getByText('Your email or password is not right.').first().waitFor()).resolves.toBeUndefined();
    await expectAccessible(page);
    await signInWithPassword(page, DEMO.serviceUser);
    await page.waitForURL(/\/my$/);
    expect(await page.title()).not.toMatch(/beside|abuse|mental/i);
    await expectAccessible(page);
  });

  it('should ask staff for the two-step code before anything else, then let them sign out', async () => {
    const page = await (await newContext(browser)).newPage();
    await signInWithPassword(page, DEMO.admin);
    await passSecondStep(page, DEMO.admin);
    await page.waitForURL((url) => !/sign-in|two-factor/.test(url.pathname));
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/account/i);
    await expectAccessible(page);
    await page.getByRole('button', { name: /sign out/i }).first().click();
    await page.waitForURL(/sign-in/);
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
    expect(session.signedIn).toBe(false);
  });

  it('should show her who has looked at her record, in plain words', async () => {
    const advocate = await signIn(DEMO.advocate);
    const caseload = await advocate.get('/api/journeys');
    for (const j of caseload.body.items) expect((await advocate.get(`/api/journeys/${j.id}`)).status).toBe(200);

    const page = await (await newContext(browser, { phone: true })).newPage();
    await signInWithPassword(page, DEMO.serviceUser);
    await page.waitForURL(/\/my$/);
    await page.goto('/my/who-looked');
    await page.getByText('Looked at your journey').first().waitFor();
    await expect(page.getByText('Amara Hughes').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('should let a manager verify the chain and search the audit trail', async () => {
    const page = await (await newContext(browser)).newPage();
    await signInWithPassword(page, DEMO.manager);
    await passSecondStep(page, DEMO.manager);
    await page.waitForURL(/caseload/);
    await page.goto('/audit');
    await page.getByRole('button', { name: 'Check the audit chain' }).click();
    await page.getByText(/Intact: all \d+ events check out/).waitFor();
    await page.getByLabel('Action').fill('journey.*');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Opened a journey').first().waitFor();
    await expectAccessible(page);
  });
});
