// Multi-agency referrals and sharing decisions on her journey's Safety tab, in a real browser (issue 20). Amara records
// a sharing of Rosa's information without her consent (the missing reasoning is named at its field, then given), starts
// a MARAC referral from the form filled from Rosa's latest risk assessment (made through the API first), is refused
// when she marks it sent without a sharing decision (and told why), records one inline and marks it sent, moves it to
// acknowledged and discussed, and adds an action for us. Maya, the manager, then reviews the sharing without consent.
// axe-core checks each screen at 1280 and 375 pixels; the screenshots go to /tmp/shots (and the artifacts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type ApiClient, DEMO, artifactsDir, signIn } from '../support/api';
import { NARROW, WIDE, chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';

function londonDate(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** axe at both widths, nothing wider than the screen, with a full-page screenshot of each (and of `part`, to look at closely). */
async function check(page: Page, name: string, part?: Locator): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${width}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect({ name, width, fits: widths.scroll <= widths.view }).toEqual({ name, width, fits: true });
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `safety-referrals-${name}-${width}.png`), fullPage: true });
    if (part) await part.screenshot({ path: join(SHOTS, `safety-referrals-${name}-part-${width}.png`) });
  }
  await page.setViewportSize(WIDE);
}

// Enough "yes" answers on Beside's own checklist to pass its MARAC threshold (20).
const HIGH_RISK_ANSWERS = {
  fear: 'yes',
  escalation: 'yes',
  injuries: 'yes',
  threats_to_kill: 'yes',
  strangulation: 'yes',
  weapons: 'no',
  separation: 'yes',
  children: 'yes',
  stalking: 'yes',
};

describe('Multi-agency referrals and sharing decisions on her journey', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const agencyPerson = `Riverside MARAC coordinator ${tag}`;
  const sharedWith = `Riverside MARAC ${tag}`;
  let page: Page;
  let amaraApi: ApiClient;
  let journeyId = '';
  let assessedOn = '';

  const region = (name: string): Locator => page.getByRole('region', { name });
  const referrals = () => region('Multi-agency referrals');
  const sharing = () => region('Sharing her information');

  beforeAll(async () => {
    const rosa = await signIn(DEMO.otherServiceUser);
    journeyId = (await rosa.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    amaraApi = await signIn(DEMO.advocate);
    const assessment = await amaraApi.post(`/api/journeys/${journeyId}/risk-assessments`, { checklistKey: 'beside_domestic_abuse', answers: HIGH_RISK_ANSWERS, notes: `Done with her ${tag}` });
    expect(assessment.status).toBe(201);
    expect(assessment.body.maracRecommended).toBe(true);
    assessedOn = assessment.body.assessedOn;
    page = await newPage(chromium.browser);
    await signInAsStaff(page, DEMO.advocate);
  });

  it('records a sharing without her consent: the missing reasoning is named, then it is recorded for a manager to review', async () => {
    await page.goto(`/journeys/${journeyId}?tab=safety`);
    await sharing().getByRole('heading', { level: 2, name: 'Sharing her information' }).waitFor();
    await sharing().getByRole('button', { name: 'Record sharing' }).click();
    await sharing().getByLabel('What was shared').fill(`Her risk assessment and what she told us about the threats ${tag}`);
    await sharing().getByLabel('Shared with').fill(sharedWith);
    await sharing().getByRole('radio', { name: 'No, without her consent' }).check();
    await sharing().getByRole('radio', { name: /^Safeguarding individuals who are at risk/ }).check();
    await sharing().getByRole('checkbox', { name: 'A risk of serious harm to her' }).check();
    await sharing().getByRole('checkbox', { name: /^Caldicott principle 7/ }).check();
    await sharing().getByText('A manager will review this decision, because it was made without her consent.').waitFor();
    await sharing().getByRole('button', { name: 'Record the sharing decision' }).click();
    await page.getByRole('link', { name: 'Write the reasoning for sharing without her consent' }).waitFor();
    await check(page, 'sharing-errors', sharing());

    await sharing().getByLabel('Reasoning').fill(`He threatened to kill her last week; asking for her consent now would raise the risk ${tag}`);
    await sharing().getByRole('button', { name: 'Record the sharing decision' }).click();
    await sharing().getByText(`The sharing with ${sharedWith} is recorded. A manager will review it.`).waitFor();
    const card = sharing().getByRole('article', { name: `Shared with ${sharedWith}` });
    await card.getByText('Without her consent', { exact: true }).waitFor();
    await card.getByText('Shown to her', { exact: true }).waitFor();
    await card.getByText('Awaiting a manager’s review').waitFor();
    await card.getByText(/^Safeguarding individuals who are at risk/).waitFor();
    await check(page, 'sharing-list', sharing());
  });

  it('starts a MARAC referral from the form filled from her latest risk assessment', async () => {
    await page.goto(`/journeys/${journeyId}?tab=safety&refer=marac`);
    await referrals().getByRole('heading', { level: 3, name: 'Start a referral' }).waitFor();
    await expect(referrals().getByRole('combobox', { name: 'Agency' }).textContent()).resolves.toContain('MARAC');
    const [y, m, d] = assessedOn.split('-').map(Number);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    await referrals().getByText(`From the risk assessment on ${day}`).waitFor();
    await referrals().getByText('Have they ever threatened to kill you, or someone close to you?', { exact: false }).waitFor();
    await referrals().getByText('High', { exact: true }).waitFor();
    await referrals().getByLabel('To whom').fill(agencyPerson);
    await referrals().getByLabel('Why this referral').fill(`Her score passed the MARAC threshold after threats to kill ${tag}`);
    await referrals().getByLabel('Her views on the referral (optional)').fill('She wants the MARAC to know, and to be told what they decide.');
    await referrals().getByLabel('Children or others at risk (optional)').fill('Her son, 6, lives with her.');
    await check(page, 'start-form', referrals());
    await referrals().getByRole('button', { name: 'Start the referral' }).click();
    await referrals().getByText('The MARAC referral is saved as a draft.', { exact: false }).waitFor();
    await referrals().getByRole('heading', { level: 3, name: `MARAC referral: ${agencyPerson}` }).waitFor();
    await referrals().getByText('Draft, not sent').first().waitFor();
    expect(new URL(page.url()).searchParams.get('refer')).toBeNull();
  });

  it('refuses to mark it sent without a sharing decision, says why, and marks it sent with one recorded inline', async () => {
    // The API says the same, whoever asks.
    const [draft] = (await amaraApi.get(`/api/journeys/${journeyId}/multi-agency-referrals`)).body.filter((r: { sentTo: string }) => r.sentTo === agencyPerson);
    const refused = await amaraApi.post(`/api/multi-agency-referrals/${draft.id}/sent`, { version: draft.version, sentOn: londonDate(0) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toContain('cannot be marked sent without its sharing decision');

    await referrals().getByRole('button', { name: 'Mark as sent' }).click();
    await referrals().getByLabel('Their reference (optional)').fill(`M-${tag}`);
    await referrals().getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('link', { name: /a referral cannot be marked sent without its sharing decision/ }).waitFor();
    await referrals().getByText('A referral cannot be marked sent without its sharing decision. Every time', { exact: false }).waitFor();
    await check(page, 'sent-refused', referrals());

    await referrals().getByRole('button', { name: 'Record the sharing decision' }).click();
    const inline = referrals().getByRole('form', { name: 'Record the sharing decision' });
    await expect(inline.getByLabel('Shared with').inputValue()).resolves.toBe(`MARAC: ${agencyPerson}`);
    await inline.getByRole('radio', { name: 'Yes, with her consent' }).check();
    await check(page, 'sent-inline-sharing', referrals());
    await inline.getByRole('button', { name: 'Record the sharing decision' }).click();
    await expect(referrals().getByRole('radio', { name: new RegExp(`^With MARAC: ${agencyPerson}.*with her consent$`) }).isChecked()).resolves.toBe(true);
    await referrals().getByRole('button', { name: 'Mark as sent' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Its words can no longer change after this.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();
    await referrals().getByText('The MARAC referral is marked sent on', { exact: false }).waitFor();
    await referrals().getByText('Sent, awaiting acknowledgement').first().waitFor();
    await referrals().getByText(`M-${tag}`).waitFor();
    // The decision recorded inline shows beside it, in the sharing panel too.
    await sharing().getByRole('article', { name: `Shared with MARAC: ${agencyPerson}` }).getByText('With her consent', { exact: true }).waitFor();
  });

  it('moves it forward to acknowledged and discussed, and adds an action for us', async () => {
    await referrals().getByRole('button', { name: 'Record the next step' }).click();
    await expect(referrals().getByRole('radio', { name: 'Acknowledged' }).isChecked()).resolves.toBe(true);
    await referrals().getByRole('button', { name: 'Record this step' }).click();
    await referrals().getByText('is now “acknowledged”', { exact: false }).waitFor();

    await referrals().getByRole('button', { name: 'Record the next step' }).click();
    await referrals().getByRole('radio', { name: 'Discussed at the meeting' }).check();
    await referrals().getByLabel('Note (optional)').fill(`Discussed at the MARAC: police to visit ${tag}`);
    await referrals().getByLabel('Next meeting (optional)').fill(londonDate(28));
    await check(page, 'move-status', referrals());
    await referrals().getByRole('button', { name: 'Record this step' }).click();
    await referrals().getByText('is now “discussed at the meeting”', { exact: false }).waitFor();
    const history = referrals().getByRole('list').filter({ hasText: 'Started as a draft' });
    await history.getByText(`Discussed at the MARAC: police to visit ${tag}`).waitFor();
    await history.getByText('Acknowledged', { exact: true }).waitFor();

    await referrals().getByRole('button', { name: 'Add an action' }).click();
    await referrals().getByLabel('What is to be done').fill(`Check her safety plan with her before the next meeting ${tag}`);
    await referrals().getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: /^Amara/ }).click();
    await referrals().getByLabel('Due date').fill(londonDate(7));
    await referrals().getByRole('button', { name: 'Add the action' }).click();
    await referrals().getByText(`The action “Check her safety plan with her before the next meeting ${tag}” is added.`).waitFor();
    await referrals().getByRole('list', { name: 'Actions for us' }).getByText('Not done yet').waitFor();
    await check(page, 'referral-detail', referrals());

    await referrals().getByRole('button', { name: 'Back to all referrals' }).click();
    const summary = referrals().getByRole('article', { name: `MARAC: ${agencyPerson}` });
    await summary.getByText('Discussed at the meeting').waitFor();
    await summary.getByText('1 open action').waitFor();
    await check(page, 'referral-list', referrals());
  });

  it('shows the sharing without consent to the manager for review, and records her review', async () => {
    const maya = await newPage(chromium.browser);
    await signInAsStaff(maya, DEMO.manager, /\/(caseload|dashboard)$/);
    await maya.goto(`/journeys/${journeyId}?tab=safety`);
    const panel = maya.getByRole('region', { name: 'Sharing her information' });
    await panel.getByText('awaiting your review', { exact: false }).waitFor();
    const card = panel.getByRole('article', { name: `Shared with ${sharedWith}` });
    await card.getByRole('button', { name: `Review the sharing with ${sharedWith}` }).click();
    await card.getByRole('button', { name: 'Record the review' }).click();
    await maya.getByRole('link', { name: 'Write your review' }).waitFor();
    await card.getByLabel('Your review').fill(`Right to share without consent: the risk to her life was high ${tag}`);
    await check(maya, 'manager-review', panel);
    await card.getByRole('button', { name: 'Record the review' }).click();
    await panel.getByText(`Your review of the sharing with ${sharedWith} is recorded. She is shown it.`).waitFor();
    await card.getByText(/^Reviewed by /).waitFor();
    await expect(card.getByRole('button', { name: /^Review the sharing/ }).count()).resolves.toBe(0);
    await check(maya, 'manager-reviewed', panel);
    await maya.context().close();
  });
});
