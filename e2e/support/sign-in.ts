import type { Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, freshDemoCode } from './api';

/** The sign-in form on the page as it stands (its address may carry a return address): email and password, sent. */
export async function fillSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
}

/** The sign-in page, opened, filled in and sent: email and password only. */
export async function givePassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await fillSignIn(page, email, password);
}

/** The second step of a demo staff account: its page, a code the API has not seen yet, Continue. */
export async function giveTwoStepCode(page: Page, email: string): Promise<void> {
  await page.waitForURL(/two-factor/);
  await page.getByLabel(/code/i).first().fill(await freshDemoCode(email));
  await page.getByRole('button', { name: /continue|verify|sign in/i }).first().click();
}

/** A demo staff member signed in through the form, both steps, and on her first page: her caseload, or `home` (an admin's is Accounts). */
export async function signInAsStaff(page: Page, email: string, home = /\/caseload$/): Promise<void> {
  await givePassword(page, email);
  await giveTwoStepCode(page, email);
  await page.waitForURL(home);
}

/** A woman with a portal account signed in through the form, and on her plan. */
export async function signInAsHer(page: Page, email: string = DEMO.serviceUser): Promise<void> {
  await givePassword(page, email);
  await page.waitForURL(/\/my$/);
}
