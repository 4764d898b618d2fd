// An advocate's day in a real browser: sign in with the two-step code, open the caseload,
// record an intake, add an appointment with accompaniment, add a goal and a step, write a
// shared note and see it on the timeline. axe-core checks every page she visits.
import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, freshDemoCode } from '../support/api';
import { formatViolations, launchBrowser, newContext, runAxe } from '../support/browser';

async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  expect({ what, violations: formatViolations(violations) }).toEqual({ what, violations: [] });
}

async function choose(page: Page, selectId: string, option: string): Promise<void> {
  await page.locator(`#${selectId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A London date some days ahead, as the date input wants it. */
function dateAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("An advocate's day", () => {
  let browser: Browser;
  let page: Page;
  const name = `Dana Whitfield ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in with her password and two-step code and opens her caseload', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(DEMO.advocate);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL(/two-factor/);
    await page.getByLabel(/code/i).first().fill(await freshDemoCode(DEMO.advocate));
    await page.getByRole('button', { name: /continue|verify|sign in/i }).first().click();
    await page.waitForURL(/\/caseload$/);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'caseload');
  });

  it('records an intake for a new referral, after a clear error for a missing field', async () => {
    await page.getByRole('link', { name: 'New referral' }).click();
    await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
    await page.getByRole('button', { name: 'Record referral' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary.getByRole('link', { name: 'Enter her full name' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'intake with errors');

    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Preferred name (optional)').fill('Dana');
    await page.getByLabel('Text message').check();
    await page.getByLabel('Safe times (optional)').fill('Weekday mornings');
    await page.getByLabel('Code word (optional)').fill('bluebell');
    await choose(page, 'intake-source', 'GP');
    await page.getByLabel('Reason for referral').fill('Wants a second opinion on her medication and to be listened to.');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Dana' }).waitFor();
    await expect(page.getByText('The referral has been recorded.').count()).resolves.toBe(1);
    const safeContact = page.getByRole('region', { name: 'Safe contact' });
    await expect(safeContact.getByText('Text message: safe').count()).resolves.toBe(1);
    await expect(safeContact.getByText('bluebell').count()).resolves.toBe(1);
    await expectAccessible(page, 'journey overview');
  });

  it('adds an appointment that she will accompany', async () => {
    await page.getByRole('tab', { name: 'Appointments' }).click();
    await page.getByRole('heading', { name: 'Add an appointment' }).waitFor();
    await choose(page, 'appt-role', 'Psychiatrist');
    await page.getByLabel('Organisation (optional)').fill('Riverside Community Mental Health Team');
    await page.locator('#appt-date').fill(dateAhead(320));
    await page.locator('#appt-start').fill('07:10');
    await page.locator('#appt-end').fill('07:50');
    await page.getByLabel('Purpose (optional)').fill('Medication review');
    await choose(page, 'appt-support-level', 'Accompanied (she spoke)');
    await page.getByRole('button', { name: 'Add appointment' }).click();
    await page.getByText('Appointment and accompaniment added.').waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Psychiatrist' });
    await expect(card.getByText(/Accompaniment:/).count()).resolves.toBe(1);
    await expectAccessible(page, 'appointments');
  });

  it('adds a goal in her words and a step under it', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByLabel('Her goal, in her words').fill('I want my psychiatrist to hear me out');
    await choose(page, 'goal-category', 'Health');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const goal = page.getByRole('article').filter({ hasText: 'I want my psychiatrist to hear me out' });
    await goal.waitFor();
    await goal.getByLabel('New step').fill('Write down three things to say');
    await goal.getByRole('button', { name: 'Add step' }).click();
    await goal.getByText('Write down three things to say').waitFor();
    await expectAccessible(page, 'plan');
  });

  it('writes a shared note and sees it on the timeline', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.locator('#note-body').fill('Talked through the appointment; she will lead, I will back her up.');
    await page.getByRole('radio', { name: /Shared with her/ }).check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('article').filter({ hasText: 'she will lead' }).waitFor();
    await expectAccessible(page, 'notes');

    await page.getByRole('tab', { name: 'Timeline' }).click();
    const entry = page.locator('.bs-timeline__item').filter({ hasText: 'she will lead' });
    await entry.waitFor();
    await expect(entry.getByText('Note (Shared with her)').count()).resolves.toBe(1);
    await expect(page.getByText('Accompaniment: Accompanied').count()).resolves.toBe(1);
    await expectAccessible(page, 'timeline');
  });

  it('opens her week calendar', async () => {
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('heading', { name: /^Week of/ }).waitFor();
    await expectAccessible(page, 'calendar');
  });
});
