// Break-the-glass from the web app: Bea, an advocate, opens a journey outside her caseload and
// sees "Journey not found" with the offer of emergency access (the same for a journey that does
// not exist). She must choose a kind of reason and give a real one (blank is refused on the
// page); then she sees the journey with an "Emergency access until …" banner, read-only for her
// reason. Maya, the manager, is told in the app, sees in the review whose journey was opened,
// and gets a confirmation when she marks it reviewed. axe at 1280 and 375 on every new screen.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO, signIn } from '../support/api';
import { checkAtBothWidths, chromiumForSuite, newPage } from '../support/browser';
import { signInAsStaff } from '../support/sign-in';

const checkPage = (page: Page, name: string): Promise<void> => checkAtBothWidths(page, 'emergency-access', name);

/** Buttons that would change the journey: adding, saving, editing, recording, answering, changing its status. */
const WRITE_CONTROL = /^(Add|Save|Edit|Record|Send|Withdraw|Remove|Reschedule|Mark|Cancel appointment|Close|Pause|Reopen|Accept|Decline|Change)\b/;

/** The write controls each of these tabs offers: buttons whose names start with a word that changes something. */
async function writeControls(page: Page, id: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const tab of ['overview', 'plan', 'notes', 'appointments']) {
    await page.goto(`/journeys/${id}?tab=${tab}`);
    await page.locator('bs-emergency-access-banner').getByText(/Emergency access until/).waitFor();
    // Each tab's content has arrived: a heading inside the tab body.
    await page.locator('main h2').first().waitFor();
    await page.waitForLoadState('networkidle');
    const names = await page.locator('main button, main input[type=submit]').evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el.textContent ?? '').trim().replace(/\s+/g, ' ')),
    );
    // Choices that save as soon as they change (a goal's status, a step's tick) count too, when they can be used.
    const choices = await page.locator('main mat-select:not([aria-disabled="true"]), main input[type=checkbox]:not(:disabled)').count();
    found[tab] = [...names.filter((n) => WRITE_CONTROL.test(n)), ...(choices ? [`${choices} choice(s) that save`] : [])];
  }
  return found;
}

describe('Emergency access (break the glass)', () => {
  const chromium = chromiumForSuite();
  let bea: Page;
  let maya: Page;
  let journeyId = '';
  let herName = '';
  const reason = `She rang about tomorrow's appointment and her advocate is out ${Date.now().toString(36)}`;

  beforeAll(async () => {
    bea = await newPage(chromium.browser);
    maya = await newPage(chromium.browser);
    // A journey Bea is not on, found as the manager sees the organisation.
    const manager = await signIn(DEMO.manager);
    const list = await manager.get('/api/journeys?limit=100');
    for (const entry of list.body.items as { id: string; serviceUserName: string; primaryAdvocateName: string }[]) {
      if (/^Bea\b/.test(entry.primaryAdvocateName)) continue;
      const detail = await manager.get(`/api/journeys/${entry.id}`);
      if (/^Bea\b/.test(detail.body.secondaryAdvocateName ?? '')) continue;
      journeyId = entry.id;
      herName = entry.serviceUserName;
      break;
    }
    expect(journeyId).not.toBe('');
  });

  it('offers emergency access on "Journey not found", the same whether the journey exists or not', async () => {
    await signInAsStaff(bea, DEMO.otherAdvocate);
    await bea.goto(`/journeys/${randomUUID()}`);
    await expect(bea.getByRole('heading', { name: 'Journey not found' }).waitFor()).resolves.toBeUndefined();
    const missingText = await bea.locator('main').innerText();
    await bea.getByRole('button', { name: 'Ask for emergency access' }).click();
    await bea.getByRole('radio', { name: 'She asked me for help' }).check();
    await bea.getByRole('textbox', { name: 'Reason' }).fill('Checking a journey that is not there');
    await bea.getByRole('button', { name: 'Open in an emergency' }).click();
    await bea.locator('bs-error-summary', { hasText: 'Journey not found' }).waitFor();

    await bea.goto(`/journeys/${journeyId}`);
    await bea.getByRole('heading', { name: 'Journey not found' }).waitFor();
    expect(await bea.locator('main').innerText()).toBe(missingText);
  });

  it('asks for a kind of reason and a real reason, and says managers are told', async () => {
    await bea.getByRole('button', { name: 'Ask for emergency access' }).click();
    await bea.getByText(/Managers are told at once/).waitFor();
    await bea.getByRole('textbox', { name: 'Reason' }).fill(' '.repeat(12));
    await bea.getByRole('button', { name: 'Open in an emergency' }).click();
    const summary = bea.locator('bs-error-summary');
    await summary.getByText('Choose why you need emergency access').waitFor();
    await summary.getByText(/Say why you need to open this journey, in at least 10 characters/).waitFor();
    await checkPage(bea, 'offer');
  });

  it('opens the journey with an "Emergency access until" banner, read-only for her reason', async () => {
    await bea.getByRole('radio', { name: 'She asked me for help' }).check();
    await bea.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await bea.getByRole('button', { name: 'Open in an emergency' }).click();
    const banner = bea.locator('bs-emergency-access-banner');
    await banner.getByText(/Emergency access until \d\d:\d\d/).waitFor();
    await expect(banner.innerText()).resolves.toMatch(/Managers have been told[\s\S]*You can read it but not change it/);
    await bea.getByRole('heading', { name: herName }).waitFor();
    await checkPage(bea, 'banner');
  });

  it('under a read-only grant offers no way to change the journey on the overview, plan, notes and appointments', async () => {
    const controls = await writeControls(bea, journeyId);
    expect(controls).toEqual({ overview: [], plan: [], notes: [], appointments: [] });
    // She can still read: her details, her plan and the notes are there.
    await bea.goto(`/journeys/${journeyId}?tab=overview`);
    await bea.getByRole('heading', { name: 'About her' }).waitFor();
    await bea.getByRole('heading', { name: 'Consents' }).waitFor();
    await checkPage(bea, 'read-only-overview');
    await bea.goto(`/journeys/${journeyId}?tab=plan`);
    await bea.getByText(/Plan review date/).first().waitFor();
    await checkPage(bea, 'read-only-plan');
  });

  it('under a grant whose reason allows changes offers the usual write controls', async () => {
    // Another journey outside Bea's caseload, opened covering her advocate's absence (a reason that allows changes).
    const manager = await signIn(DEMO.manager);
    const list = await manager.get('/api/journeys?limit=100');
    let otherId = '';
    for (const entry of list.body.items as { id: string; primaryAdvocateName: string; status: string }[]) {
      if (entry.id === journeyId || entry.status === 'closed' || /^Bea\b/.test(entry.primaryAdvocateName)) continue;
      const detail = await manager.get(`/api/journeys/${entry.id}`);
      if (/^Bea\b/.test(detail.body.secondaryAdvocateName ?? '')) continue;
      otherId = entry.id;
      break;
    }
    expect(otherId).not.toBe('');
    const beaApi = await signIn(DEMO.otherAdvocate);
    const grant = await beaApi.post(`/api/journeys/${otherId}/break-glass`, {
      reasonCategory: 'covering_absence',
      reason: `Covering for her advocate, who is off sick today ${Date.now().toString(36)}`,
    });
    expect(grant.status).toBe(201);
    expect(grant.body.allowsWrite).toBe(true);

    const controls = await writeControls(bea, otherId);
    expect(controls.overview).toEqual(expect.arrayContaining(['Edit details', 'Add consent']));
    expect(controls.plan).toEqual(expect.arrayContaining(['Save review date', 'Add goal', 'Record check-in']));
    expect(controls.notes).toEqual(expect.arrayContaining(['Save note']));
    expect(controls.appointments).toEqual(expect.arrayContaining(['Add appointment']));
    await expect(bea.locator('bs-emergency-access-banner').innerText()).resolves.not.toMatch(/You can read it but not change it/);
  });

  it("tells Maya at once, shows her whose journey was opened, and confirms when she marks it reviewed", async () => {
    await signInAsStaff(maya, DEMO.manager);
    await maya.getByRole('button', { name: /notifications/i }).click();
    await maya.getByText(/used emergency access to open a journey/).first().waitFor();
    await maya.keyboard.press('Escape');
    await maya.goto('/audit');
    const grant = maya.locator('article', { hasText: reason });
    await grant.getByRole('heading', { name: `Bea Moreno opened ${herName}’s journey` }).waitFor();
    await expect(grant.innerText()).resolves.toMatch(/She asked me for help[\s\S]*read only|read only[\s\S]*She asked me for help/);
    await checkPage(maya, 'review');
    await grant.getByRole('button', { name: 'Mark reviewed' }).click();
    await grant.locator('bs-error-summary').getByText('Write a comment before marking it reviewed.').waitFor();
    await grant.getByLabel('Your review comment').fill('Checked with Amara: she had asked Bea to call.');
    await grant.getByRole('button', { name: 'Mark reviewed' }).click();
    await maya.getByText(`Marked reviewed: Bea Moreno’s emergency access to ${herName}’s journey.`).waitFor();
    await expect(maya.locator('article', { hasText: reason }).count()).resolves.toBe(0);
  });
});
