import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { artifactsDir, DEMO, DEMO_PASSWORD, freshDemoCode, signIn } from '../support/api';
import { chromiumForSuite, formatViolations, newPage, runAxe } from '../support/browser';

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
  const chromium = chromiumForSuite();

  it('should refuse a wrong password kindly, then sign her in to her own area', async () => {
    const page = await newPage(chromium.browser, { phone: true });
    await signInWithPassword(page, DEMO.serviceUser, 'not my password at all');
    await expect(page.getByText('Your email or password is not right.').first().waitFor()).resolves.toBeUndefined();
    await expectAccessible(page);
    await signInWithPassword(page, DEMO.serviceUser);
    await page.waitForURL(/\/my$/);
    expect(await page.title()).not.toMatch(/beside|abuse|mental/i);
    await expectAccessible(page);
  });

  it('should ask staff for the two-step code before anything else, then let them sign out', async () => {
    const page = await newPage(chromium.browser);
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

    const page = await newPage(chromium.browser, { phone: true });
    await signInWithPassword(page, DEMO.serviceUser);
    await page.waitForURL(/\/my$/);
    await page.goto('/my/who-looked');
    // Looks by one person on one day share a line: "Added a note; looked at your details, your journey and …".
    await page.getByText(/looked at [^;]*your journey/i).first().waitFor();
    await page.getByText('Amara Hughes').first().waitFor();
    await expectAccessible(page);
  });

  it('should let a manager verify the chain and search the audit trail', async () => {
    const page = await newPage(chromium.browser);
    await signInWithPassword(page, DEMO.manager);
    await passSecondStep(page, DEMO.manager);
    await page.waitForURL(/caseload/);
    await page.goto('/audit');
    await page.getByRole('button', { name: 'Check the audit chain' }).click();
    await page.getByText(/Intact: all \d+ events check out/).waitFor();
    // What was done is chosen from plain words; people are chosen by name, never by an id.
    await expect(page.getByLabel(/\(id\)/).count()).resolves.toBe(0);
    await page.getByRole('combobox', { name: 'What was done' }).click();
    await page.getByRole('option', { name: 'Sign-ins (and failed sign-ins)' }).click();
    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await page.getByRole('button', { name: 'Search' }).click();
    const events = page.getByRole('region', { name: 'Audit events' });
    // Her wrong password in the first test: a failed sign-in, in words.
    // Once the search has answered, every row is a failed sign-in (her wrong password in the first test).
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[aria-label="Audit events"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('Sign-in failed'));
    });
    const shown = await events.innerText();
    for (const code of ['user_account', 'service_user', 'success', 'denied', 'auth.sign_in', 'Signed in']) expect({ code, shown: shown.includes(code) }).toEqual({ code, shown: false });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('combobox', { name: 'Who did it' }).fill('Amara');
    await page.getByRole('option', { name: 'Amara Hughes (advocate)' }).click();
    await page.getByRole('combobox', { name: 'Whose record (service user)' }).fill('Nia');
    await page.getByRole('option', { name: /^Nia/ }).first().click();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[aria-label="Audit events"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('Amara Hughes'));
    });
    await events.getByText('Opened a journey').first().waitFor();
    // The boxes still name the people chosen.
    await expect(page.getByRole('combobox', { name: 'Who did it' }).inputValue()).resolves.toBe('Amara Hughes');
    await expect(page.getByRole('combobox', { name: 'Whose record (service user)' }).inputValue()).resolves.toMatch(/^Nia/);
    const rows = await events.getByRole('row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toMatch(/Amara Hughes[\s\S]*Nia/);
    await expect(events.innerText()).resolves.not.toMatch(/service_user|journey\.read|success/);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectAccessible(page);
      await page.screenshot({ path: join(artifactsDir(), `audit-trail-people-${width}.png`), fullPage: true });
    }
  });
});
