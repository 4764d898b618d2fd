// Stored script (issue 9, item 4): markup stored through the API in her goal, a step, a
// shared note, concerns and her preferred name must be shown as the very characters she or
// her advocate typed, on every page that shows them — the caseload, her journey, the concern
// page and her own portal — and never run: no `window.__pwned`, no dialog, no element made
// from the stored markup.
import type { BrowserContext, Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, newContext } from '../support/browser';
import { givePassword, signInAsStaff } from '../support/sign-in';

const tag = Date.now().toString(36);
const PAYLOADS = {
  preferredName: `<img src=x onerror="window.__pwned=1">`,
  goal: `Goal <script>window.__pwned=1</script> ${tag}`,
  step: `Step <img src=x onerror="window.__pwned=1;alert(1)"> ${tag}`,
  note: `Note <svg onload="window.__pwned=1"></svg><iframe src="javascript:window.top.__pwned=1"></iframe> ${tag}`,
  staffConcern: `Concern <img src=x onerror="window.__pwned=1"> {{constructor.constructor('window.__pwned=1')()}} ${tag}`,
  herConcern: `Her concern <script>window.__pwned=1</script><a href="javascript:window.__pwned=1">link</a> ${tag}`,
};

interface Watch {
  dialogs: string[];
  errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

/** The text appears literally on the page (rendered as text, not parsed as markup), and nothing ran. */
async function expectShownLiterally(page: Page, w: Watch, texts: string[], where: string): Promise<void> {
  for (const text of texts) {
    await page
      .waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 })
      .catch(() => {
        throw new Error(`${where}: "${text}" is not shown as text`);
      });
  }
  // Give an injected handler (onerror fires after the image fails to load) time to run.
  await page.waitForTimeout(500);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], svg[onload], iframe[src^="javascript"], a[href^="javascript"], [onerror], [onload]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect({ where, ...state, dialogs: w.dialogs }).toEqual({ where, pwned: undefined, injected: 0, scripts: 0, dialogs: [] });
}

describe('Stored script shown as text', () => {
  const chromium = chromiumForSuite();
  let staff: BrowserContext;
  let her: BrowserContext;
  let journeyId: string;
  let concernId: string;
  let nia: ApiClient;
  let herPreferredName: string | null = null;

  beforeAll(async () => {
    nia = await signIn(DEMO.serviceUser);
    const advocate: ApiClient = await signIn(DEMO.advocate);
    journeyId = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    const details = await nia.get('/api/my/details');
    herPreferredName = details.body.preferredName;
    expect((await nia.patch('/api/my/details', { preferredName: PAYLOADS.preferredName, version: details.body.version })).status).toBe(200);
    const goal = await advocate.post(`/api/journeys/${journeyId}/goals`, { words: PAYLOADS.goal, category: 'safety' });
    expect(goal.status).toBe(201);
    expect((await advocate.post(`/api/goals/${goal.body.id}/steps`, { description: PAYLOADS.step, owner: 'together' })).status).toBe(201);
    expect((await advocate.post(`/api/journeys/${journeyId}/notes`, { visibility: 'shared', body: PAYLOADS.note })).status).toBe(201);
    const concern = await advocate.post('/api/concerns', { journeyId, category: 'neglect', severity: 'medium', description: PAYLOADS.staffConcern });
    expect(concern.status).toBe(201);
    concernId = concern.body.id;
    expect((await nia.post('/api/my/concerns', { category: 'service_quality', description: PAYLOADS.herConcern })).status).toBe(201);
    // The API keeps the characters as they were sent.
    expect((await nia.get('/api/my/details')).body.preferredName).toBe(PAYLOADS.preferredName);

    staff = await newContext(chromium.browser);
    her = await newContext(chromium.browser, { phone: true });
  });

  afterAll(async () => {
    // Suites after this one find her by the name she chose.
    if (nia) {
      const details = await nia.get('/api/my/details');
      await nia.patch('/api/my/details', { preferredName: herPreferredName, version: details.body.version });
    }
  });

  it('shows them as text to her advocate: caseload, her journey, the concern', async () => {
    const page = await staff.newPage();
    const w = watch(page);
    await signInAsStaff(page, DEMO.advocate);
    await expectShownLiterally(page, w, [PAYLOADS.preferredName], 'caseload');

    await page.goto(`/journeys/${journeyId}`);
    await expectShownLiterally(page, w, [PAYLOADS.preferredName], 'her journey: overview');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await expectShownLiterally(page, w, [PAYLOADS.goal, PAYLOADS.step], 'her journey: plan');
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expectShownLiterally(page, w, [PAYLOADS.note], 'her journey: notes');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expectShownLiterally(page, w, [], 'her journey: timeline');
    await page.getByRole('tab', { name: 'Concerns' }).click();
    await expectShownLiterally(page, w, [], 'her journey: concerns');

    await page.goto(`/concerns/${concernId}`);
    await expectShownLiterally(page, w, [PAYLOADS.staffConcern], 'the concern page');
    expect(w.errors).toEqual([]);
  });

  it('shows them as text to her: plan, details, concerns', async () => {
    const page = await her.newPage();
    const w = watch(page);
    await givePassword(page, DEMO.serviceUser);
    await page.waitForURL(/\/my/);
    await expectShownLiterally(page, w, [PAYLOADS.goal, PAYLOADS.step, PAYLOADS.note], 'her plan');

    await page.goto('/my/details');
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('input')].some((i) => (i as HTMLInputElement).value === t) || document.body.innerText.includes(t),
      PAYLOADS.preferredName,
      { timeout: 15_000 },
    );
    await expectShownLiterally(page, w, [], 'her details');

    await page.goto('/my/concerns');
    await expectShownLiterally(page, w, [PAYLOADS.herConcern], 'her concerns');
    expect(w.errors).toEqual([]);
  });
});
