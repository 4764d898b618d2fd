// An advocate's day in a real browser, and a woman's journey from referral to closure: sign
// in with the two-step code, open the caseload, record an intake, add an appointment with
// accompaniment, add a goal and a step, write a shared note and see it on the timeline, open
// the calendar; then change her safe-contact preferences, record the appointment as attended
// with its outcome, and close the journey with an outcome and a reason. axe-core checks every
// page she visits.
import type { Page } from 'playwright-core';
import { DEMO } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { addGoal, chooseOption, errorSummary, followLink } from '../support/pages';
import { signInAsStaff } from '../support/sign-in';

/** A London date some days ahead, as the date input wants it. */
function dateAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("An advocate's day", () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const name = `Dana Whitfield ${Date.now().toString(36)}`;
  let journeyUrl = '';

  beforeAll(async () => {
    page = await newPage(chromium.browser);
  });

  it('signs in with her password and two-step code and opens her caseload', async () => {
    await signInAsStaff(page, DEMO.advocate);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'caseload');
  });

  it('records an intake for a new referral, after a clear error for a missing field', async () => {
    await followLink(page, 'New referral');
    await page.getByRole('button', { name: 'Record referral' }).click();
    const summary = errorSummary(page);
    // The summary appears after the click has been handled: wait for it rather than count at once.
    await summary.getByRole('link', { name: 'Enter her full name' }).waitFor();
    await expect(summary.getByRole('link', { name: 'Enter her full name' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'intake with errors');

    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Preferred name (optional)').fill('Dana');
    await page.getByLabel('Text message').check();
    await page.getByLabel('Safe times (optional)').fill('Weekday mornings');
    await page.getByLabel('Code word (optional)').fill('bluebell');
    await chooseOption(page, 'intake-source', 'GP');
    await page.getByLabel('Reason for referral').fill('Wants a second opinion on her medication and to be listened to.');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    journeyUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Dana' }).waitFor();
    await expect(page.getByText('The referral has been recorded.').count()).resolves.toBe(1);
    const safeContact = page.getByRole('region', { name: 'Safe contact' });
    // Her details load after the heading: wait for them before counting.
    await safeContact.getByText('Text message: safe').waitFor();
    await expect(safeContact.getByText('Text message: safe').count()).resolves.toBe(1);
    await expect(safeContact.getByText('bluebell').count()).resolves.toBe(1);
    await expectAccessible(page, 'journey overview');
  });

  it('adds an appointment that she will accompany', async () => {
    await page.getByRole('tab', { name: 'Appointments' }).click();
    await page.getByRole('heading', { name: 'Add an appointment' }).waitFor();
    await chooseOption(page, 'appt-role', 'Psychiatrist');
    await page.getByLabel('Organisation (optional)').fill('Riverside Community Mental Health Team');
    // Three days ago: attendance and the outcome are recorded once an appointment has started.
    await page.locator('#appt-date').fill(dateAhead(-3));
    await page.locator('#appt-start').fill('07:10');
    await page.locator('#appt-end').fill('07:50');
    await page.getByLabel('Purpose (optional)').fill('Medication review');
    await chooseOption(page, 'appt-support-level', 'Accompanied (she spoke)');
    await page.getByRole('button', { name: 'Add appointment' }).click();
    await page.getByText('Appointment and accompaniment added.').waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Psychiatrist' });
    await expect(card.getByText(/Accompaniment:/).count()).resolves.toBe(1);
    await expectAccessible(page, 'appointments');
  });

  it('adds a goal in her words and a step under it', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click();
    const goal = await addGoal(page, 'I want my psychiatrist to hear me out', 'Health');
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
    await followLink(page, 'Calendar');
    await page.getByRole('heading', { name: /^Week of/ }).waitFor();
    await expectAccessible(page, 'calendar');
  });

  it('changes her safe-contact preferences when she asks', async () => {
    await page.goto(journeyUrl);
    await page.getByRole('heading', { level: 1, name: 'Dana' }).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('heading', { name: 'Edit her details' }).waitFor();
    await page.getByLabel('Phone call').check();
    await page.getByLabel('Safe times (optional)').fill('Weekdays 10am to 2pm');
    await page.getByLabel('It is safe to leave a voicemail').check();
    await expectAccessible(page, 'edit her details');
    await page.getByRole('button', { name: 'Save her details' }).click();
    await page.getByText('Her details have been saved.').waitFor();
    const safeContact = page.getByRole('region', { name: 'Safe contact' });
    await expect(safeContact.getByText('Phone call: safe').count()).resolves.toBe(1);
    await expect(safeContact.getByText('Text message: safe').count()).resolves.toBe(1);
    await expect(safeContact.getByText('Weekdays 10am to 2pm').count()).resolves.toBe(1);
    await expect(safeContact.getByText('You may leave a voicemail').count()).resolves.toBe(1);
    await expectAccessible(page, 'overview after editing her details');
  });

  it('records the appointment as attended, with its outcome', async () => {
    await page.getByRole('tab', { name: 'Appointments' }).click();
    const card = page.getByRole('article').filter({ hasText: 'Psychiatrist' });
    await card.getByRole('button', { name: 'Mark attended' }).click();
    await card.getByText('Attended', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Preparation and outcome' }).click();
    await card.getByLabel('Outcome (optional)').fill('She asked for talking therapy; the psychiatrist agreed to refer her.');
    await expectAccessible(page, 'appointment outcome form');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await card.getByText('Preparation and outcome saved.').waitFor();
    await expect(card.getByText('the psychiatrist agreed to refer her').count()).resolves.toBe(1);
    await expectAccessible(page, 'appointment with its outcome');
  });

  it('starts the journey, starts closing it and closes it with an outcome and a reason', async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Start the journey (make active)' }).click();
    await page.getByRole('heading', { name: 'Status: Active' }).waitFor();
    await page.getByRole('button', { name: 'Start closing' }).click();
    await page.getByRole('heading', { name: 'Status: Closing' }).waitFor();
    await page.getByRole('button', { name: 'Close the journey' }).click();
    await page.locator('#close-outcome').waitFor();
    await page.getByRole('button', { name: 'Close the journey' }).click();
    const summary = errorSummary(page);
    // The summary appears after the click has been handled: wait for it rather than count at once.
    await summary.getByRole('link', { name: 'Choose the outcome' }).waitFor();
    await expect(summary.getByRole('link', { name: 'Choose the outcome' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'closing with errors');
    await chooseOption(page, 'close-outcome', 'She now advocates for herself');
    await page.getByLabel('Reason').fill('She speaks up at her appointments now and asked to close.');
    await page.getByRole('button', { name: 'Close the journey' }).click();
    await page.getByRole('heading', { name: 'Status: Closed' }).waitFor();
    const closure = page.getByRole('region', { name: 'Journey closed' });
    await expect(closure.getByText('She now advocates for herself').count()).resolves.toBe(1);
    await expect(closure.getByText('She speaks up at her appointments now and asked to close.').count()).resolves.toBe(1);
    await expect(page.locator('.bs-journey-meta').getByText('Closed', { exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page, 'closed journey');
  });
});
