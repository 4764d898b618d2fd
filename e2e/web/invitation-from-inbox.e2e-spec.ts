// An invitation followed from the development inbox to her first sign-in (issue 16.2, 16.3), in a real
// browser: the demo advocate records a new woman at intake with her safe contact (email safe, safe
// times as windows, an invitation by email agreed) and invites her; the demo admin opens Sent messages
// (development only) and finds the link; she sets her password, signs in for the first time, lands in
// her portal and sets her own messages and reminders. axe-core checks each screen at 375 and 1280 px;
// screenshots go to e2e/artifacts/ (inbox-*.png).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, DEMO, DEMO_PASSWORD, freshDemoCode, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { chooseOption, errorSummary, followLink } from '../support/pages';
import { fillSignIn, signInAsStaff } from '../support/sign-in';

const WIDTHS = [375, 1280] as const;
const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir(), `inbox-${name}.png`), fullPage: true });

/** Every day, from one London time until another (an end before the start runs past midnight). */
async function fillWindow(page: Page, prefix: string, index: number, from: string, until: string): Promise<void> {
  for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) {
    await page.locator(`#${prefix}-window-${index}-${day}-input`).check();
  }
  await page.locator(`#${prefix}-window-${index}-from`).fill(from);
  await page.locator(`#${prefix}-window-${index}-until`).fill(until);
}

/** Checks the page at each width, then leaves it wide. */
async function accessibleAtBothWidths(page: Page, what: string, screenshot?: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await expectAccessible(page, `${what} at ${width} px`);
    if (screenshot) await shot(page, `${screenshot}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('An invitation followed from the development inbox to her first sign-in', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const name = `Iris Okonjo ${tag}`;
  const email = `iris.${tag}@demo.beside.test`;
  const password = `copper lantern meadow river ${tag}`;
  let link = '';

  it('the advocate records her at intake with her safe contact, and invites her', async () => {
    const page = await newPage(chromium.browser);
    await signInAsStaff(page, DEMO.advocate);
    await followLink(page, 'New referral');
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Email', { exact: true }).check();

    // A window with no day is refused here, in the API's words, before anything is sent.
    await page.getByRole('button', { name: 'Add a safe time' }).click();
    await chooseOption(page, 'intake-source', 'GP');
    await page.getByLabel('Reason for referral').fill('Wants support at her housing review.');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.getByText('Safe time 1: choose at least one day').waitFor();
    await errorSummary(page).getByRole('link', { name: /Check her safe times/ }).waitFor();

    // Two windows cover the whole day, so the invitation may go whenever this runs.
    await fillWindow(page, 'intake', 0, '00:00', '12:00');
    await page.getByRole('button', { name: 'Add a safe time' }).click();
    await fillWindow(page, 'intake', 1, '12:00', '00:00');
    await page.locator('#intake-consent-invitation-email-input').check();
    await accessibleAtBothWidths(page, 'intake with her safe contact', 'intake');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);

    const safeContact = page.getByRole('region', { name: 'Safe contact' });
    await safeContact.getByText('An invitation to her own area of Beside: by email').waitFor();
    await expect(safeContact.getByText(/12:00/).count()).resolves.toBeGreaterThan(0);

    // Her own words about safe times ask for a review until her advocate has gone through them with her.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('heading', { name: 'Edit her details' }).waitFor();
    await page.getByLabel('Safe times (optional)').fill('Any time, she says; best in the morning');
    const prompt = page.getByText('Her safe times are not set yet.');
    await prompt.waitFor();
    const safety = page.locator('bs-profile-form .bs-fieldset--safety');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await expectAccessible(page, `profile form's safe contact at ${width} px`);
      await safety.screenshot({ path: join(artifactsDir(), `inbox-profile-safe-contact-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('I have gone through her words with her and set the times above').check();
    // The prompt goes once the box is ticked (after the next change detection, so wait for it rather than count at once).
    await prompt.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save her details' }).click();
    await page.getByText('Her details have been saved.').waitFor();
    await safeContact.getByText('Her words: "Any time, she says; best in the morning"').waitFor();

    await page.getByLabel('Her email address').fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const answer = page.getByRole('status').filter({ hasText: /Invitation sent to|The invitation was not sent/ });
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toContain(`Invitation sent to ${email}`);

    // Her advocate may have her notifications copied by email: a link only.
    await page.goto('/account');
    const alerts = page.getByRole('switch', { name: 'Email me a copy of my notifications (a link only, never names or case details)' });
    await alerts.click();
    await page.getByText('Saved: each notification will also come by email, as a link.').waitFor();
    await accessibleAtBothWidths(page, 'staff account with email alerts', 'account');
    await alerts.click();
    await page.getByText('Saved: notifications stay in Beside only.').waitFor();
    await page.close();
  });

  it('the advocate is told plainly when an invitation cannot reach a woman with no safe way to email her', async () => {
    const api = await signIn(DEMO.advocate);
    const session = (await api.get('/api/auth/session')).body;
    const created = await api.post('/api/journeys', {
      serviceUser: { name: `Joy Mensah ${tag}`, safeContact: { channels: ['phone'], voicemailAllowed: false } },
      referralSource: 'self',
      referralDate: new Date().toISOString().slice(0, 10),
      referralReason: 'Wants support with a benefits letter.',
      primaryAdvocateId: session?.user?.id ?? session?.id,
    });
    expect(created.status).toBe(201);
    const page = await newPage(chromium.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await signInAsStaff(page, DEMO.advocate);
    await page.goto(`/journeys/${created.body.id ?? created.body.journey?.id}`);
    await page.getByLabel('Her email address').fill(`joy.${tag}@demo.beside.test`);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const notSent = page.getByRole('status').filter({ hasText: 'The invitation was not sent:' });
    await notSent.waitFor();
    await expect(notSent.textContent()).resolves.toMatch(/Update her safe contact, then send it again\.\s*$/);
    await expect(page.getByText('Invitation sent to').count()).resolves.toBe(0);
    await accessibleAtBothWidths(page, 'an invitation not sent', 'not-sent');
    await page.close();
  });

  it('the admin finds the invitation on Sent messages, a page that exists only in development', async () => {
    const page = await newPage(chromium.browser);
    await page.goto('/sign-in');
    await fillSignIn(page, DEMO.admin, DEMO_PASSWORD);
    await page.waitForURL(/two-factor/);
    await page.getByLabel('Code', { exact: true }).fill(await freshDemoCode(DEMO.admin));
    await page.getByRole('button', { name: /continue|sign in|check/i }).first().click();
    await page.waitForURL((url) => !/sign-in|two-factor/.test(url.pathname));

    // Joy's invitation is held back by the worker (no safe way to email her): its reason shows, never her address.
    const held = page.getByRole('listitem').filter({ hasText: 'To a woman supported' }).filter({ hasText: 'Not sent' });
    for (const deadline = Date.now() + 60_000; ; ) {
      await followLink(page, 'Messages not delivered');
      await page.locator('bs-undelivered-page').getByText(/Every message has been delivered|Reason/).first().waitFor();
      if (await held.count()) break;
      if (Date.now() > deadline) throw new Error('her held invitation did not reach Messages not delivered within 60 s');
      await page.goto('/accounts');
      await page.waitForTimeout(1000);
    }
    await expect(page.locator('bs-undelivered-page').getByText(`joy.${tag}`).count()).resolves.toBe(0);
    await accessibleAtBothWidths(page, 'messages not delivered', 'undelivered');

    await followLink(page, 'Sent messages', 'Sent messages (development)');
    await page.getByText('This page exists only in development.', { exact: false }).waitFor();
    // The worker sends from the outbox a moment after the invitation: look again until it has arrived.
    const hers = page.getByRole('listitem').filter({ hasText: email });
    const deadline = Date.now() + 60_000;
    while (!(await hers.count())) {
      if (Date.now() > deadline) throw new Error(`no message to ${email} reached the development inbox within 60 s`);
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: 'Look for new messages' }).click();
    }
    await accessibleAtBothWidths(page, 'sent messages', 'sent-messages');
    // Neutral by default: the subject and text never name the service's purpose.
    const invitation = hers.getByRole('link', { name: /\/invitation/ });
    link = (await invitation.getAttribute('href')) ?? '';
    expect(link).toMatch(/\/invitation#/);
    await page.close();
  });

  it('she follows the link, sets her password, signs in for the first time and sets her messages and reminders', async () => {
    const page = await newPage(chromium.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();
    await page.getByLabel('Choose a password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.waitForURL(/\/sign-in/);
    await fillSignIn(page, email, password);
    await page.waitForURL(/\/my$/);

    await page.goto('/my/details');
    await page.getByRole('heading', { level: 2, name: 'Messages and reminders' }).waitFor();
    const section = page.getByRole('region', { name: 'Messages and reminders' });
    // Her windows as her advocate set them; invitations are behind her, so not hers to choose here.
    await expect(page.locator('#my-window-1-from').inputValue()).resolves.toBe('12:00');
    await expect(section.getByText('An invitation to her own area of Beside').count()).resolves.toBe(0);
    await section.locator('#my-consent-reminder-email-input').check();
    await section.getByRole('radio', { name: 'The day before' }).check();
    await accessibleAtBothWidths(page, 'her messages and reminders', 'her-messages');
    await section.getByRole('button', { name: 'Save messages and reminders' }).click();
    await section.getByText('Saved. We will send you only what you said yes to.').waitFor();

    // Taking it back is as easy as giving it.
    await section.locator('#my-consent-reminder-email-input').uncheck();
    await section.getByRole('radio', { name: 'No reminders' }).check();
    await section.getByRole('button', { name: 'Save messages and reminders' }).click();
    await section.getByText('Saved. We will send you only what you said yes to.').waitFor();
    const details = await page.evaluate(async () => (await fetch('/api/my/details')).json());
    // Copies of staff notifications are not hers: her account page does not offer them.
    await page.goto('/my/account');
    await page.getByRole('heading', { level: 2, name: 'Your details' }).waitFor();
    await expect(page.getByText('Email me a copy of my notifications').count()).resolves.toBe(0);
    expect(details.safeContact.messageConsent).toEqual({ invitation: ['email'], reminder: [], message_alert: [] });
    expect(details.safeContact.reminderLeadHours).toBeNull();
    await page.close();
  });
});
