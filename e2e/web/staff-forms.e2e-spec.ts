// Staff forms that are safe to use in a hurry (issue 13, items 1, 13, 14 and 18 on the staff screens): a double click
// creates one referral, goal, step, note or check-in (also after a reload); a step added by mistake can be removed,
// after an accessible confirmation; leaving a half-written form asks first; the journey's tab is in the address (reload
// and Back keep it, and on a phone the chosen tab is in view); a signed-out deep link lands on the page asked for after
// the two-step code, never on another site; long text fields say their limit and count down near it; a slow page
// shows a loading bar. axe-core checks every screen, at 1280 and 375 px.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO } from '../support/api';
import { chromiumForSuite, expectAccessible, newContext, newPage } from '../support/browser';
import { addGoal, chooseOption, followLink } from '../support/pages';
import { fillSignIn, giveTwoStepCode, signInAsStaff } from '../support/sign-in';

const SHOTS = process.env.SHOTS_DIR;

/** With SHOTS_DIR set, a full-page picture at 1280 and at 375 px, to look at by eye. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

/** Both sign-in steps on the sign-in page as it stands (it may carry a return address). */
async function signIn(page: Page, email: string): Promise<void> {
  await fillSignIn(page, email);
  await giveTwoStepCode(page, email);
}

/** Two clicks in the same moment, before the page can draw anything in between (a disabled button alone is too late). */
async function twoQuickClicks(page: Page, name: string, scope: Page | ReturnType<Page['locator']> = page): Promise<void> {
  await scope.getByRole('button', { name, exact: true }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
}

/** A step of a goal, by its words (its tick box). */
function step(goal: ReturnType<Page['locator']>, words: string) {
  return goal.getByRole('checkbox', { name: new RegExp(`^${words}`) });
}

/** Lets any second request that slipped through arrive before counting. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

describe('Staff forms in a hurry', () => {
  const chromium = chromiumForSuite();
  let context: BrowserContext;
  let page: Page;
  const name = `Ivy Marsh ${Date.now().toString(36)}`;
  let journeyPath = '';

  beforeAll(async () => {
    context = await newContext(chromium.browser);
    page = await context.newPage();
  });

  it('asks before a half-written referral is lost by a link or by Back, and warns on closing the tab', async () => {
    await signInAsStaff(page, DEMO.advocate);
    await followLink(page, 'New referral');
    await page.getByLabel('Full name').fill(name);

    await page.getByRole('link', { name: 'Caseload' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await expectAccessible(page, 'leave without saving dialog');
    await shoot(page, 'unsaved-dialog');
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/journeys/new');
    await expect(page.getByLabel('Full name').inputValue()).resolves.toBe(name);

    await page.goBack();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/journeys/new');
    await expect(page.getByLabel('Full name').inputValue()).resolves.toBe(name);

    // Closing the tab (or reloading) gets the browser's own warning while the form holds changes.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    await expect(asked).resolves.toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.getByRole('link', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Leave and lose changes' }).click();
    await page.waitForURL(/\/caseload$/);
  });

  it('shows the limit of the referral reason up front and counts down near it', async () => {
    await page.getByRole('link', { name: 'New referral' }).click();
    const reason = page.getByLabel('Reason for referral');
    await reason.waitFor();
    const hint = page.locator('mat-form-field').filter({ has: reason }).locator('bs-char-count');
    await expect(hint.innerText()).resolves.toContain('Up to 4,000 characters.');
    await reason.fill('x'.repeat(3500));
    await hint.getByText('You have 500 characters left.').waitFor();
    await reason.fill('x'.repeat(4003));
    await hint.getByText('You have 3 characters too many.').waitFor();
    await expectAccessible(page, 'intake with a counter');
    await shoot(page, 'intake-counter');
  });

  it('records one referral for a double click, however quick', async () => {
    await page.getByLabel('Full name').fill(name);
    await chooseOption(page, 'intake-source', 'She referred herself');
    await page.getByLabel('Reason for referral').fill('Wants support to be heard at her benefits assessment.');
    await page.getByRole('button', { name: 'Record referral' }).dblclick();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    journeyPath = new URL(page.url()).pathname;
    await page.getByText('The referral has been recorded.').waitFor();
    await settle(page);
    const found = await page.request.get(`/api/journeys?q=${encodeURIComponent(name)}`);
    expect((await found.json()).items.map((j: { serviceUserName: string }) => j.serviceUserName)).toEqual([name]);
  });

  it('keeps the tab in the address: reload and Back show the same tab', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.waitForURL(/\?tab=plan$/);
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await page.getByLabel('Her goal, in her words').waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.waitForURL(/\?tab=notes$/);
    await page.goBack();
    await page.waitForURL(/\?tab=plan$/);
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await page.getByLabel('Her goal, in her words').waitFor();
  });

  it('adds one goal and one step for a double click and for two quick clicks, still one after a reload', async () => {
    const goal = await addGoal(page, 'I want to be listened to at my assessment', 'Money', 'dblclick');

    await goal.getByLabel('New step').fill('Write down what to say');
    await goal.getByRole('button', { name: 'Add step' }).dblclick();
    await step(goal, 'Write down what to say').waitFor();
    await goal.getByLabel('New step').fill('Ask for a copy of the letter');
    await twoQuickClicks(page, 'Add step', goal);
    await step(goal, 'Ask for a copy of the letter').waitFor();
    await settle(page);

    await page.reload();
    await goal.waitFor();
    await expect(page.getByRole('article').filter({ hasText: 'I want to be listened to at my assessment' }).count()).resolves.toBe(1);
    await expect(step(goal, 'Write down what to say').count()).resolves.toBe(1);
    await expect(step(goal, 'Ask for a copy of the letter').count()).resolves.toBe(1);
    await expectAccessible(page, 'plan with steps');
    await shoot(page, 'plan');
  });

  it('removes a step added by mistake after asking, and it stays removed', async () => {
    const goal = page.getByRole('article').filter({ hasText: 'I want to be listened to at my assessment' });
    await goal.getByRole('button', { name: 'Remove step: Ask for a copy of the letter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this step?' });
    await dialog.waitFor();
    await expectAccessible(page, 'remove step dialog');
    await shoot(page, 'remove-step-dialog');
    // Escape keeps it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(step(goal, 'Ask for a copy of the letter').count()).resolves.toBe(1);

    await goal.getByRole('button', { name: 'Remove step: Ask for a copy of the letter' }).click();
    await dialog.getByRole('button', { name: 'Remove step' }).click();
    await step(goal, 'Ask for a copy of the letter').waitFor({ state: 'detached' });
    // Its button is gone: focus moves to the steps' heading.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Steps');
    await page.reload();
    await step(goal, 'Write down what to say').waitFor();
    await expect(step(goal, 'Ask for a copy of the letter').count()).resolves.toBe(0);
  });

  it('records one check-in for two quick clicks', async () => {
    await page.locator('#check-in-confidence').fill('6');
    await page.locator('#check-in-words').fill('Nervous but ready');
    await twoQuickClicks(page, 'Record check-in');
    await page.getByText('Nervous but ready').waitFor();
    await settle(page);
    await page.reload();
    await page.getByText('Nervous but ready').waitFor();
    await expect(page.getByText('Nervous but ready').count()).resolves.toBe(1);
  });

  it('saves one note for a double click, and asks before a half-written note is lost to another tab', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click();
    const body = page.locator('#note-body');
    await body.fill('Prepared her questions for the assessment together.');
    await page.getByRole('button', { name: 'Save note' }).dblclick();
    const note = page.getByRole('article').filter({ hasText: 'Prepared her questions for the assessment together.' });
    await note.first().waitFor();
    await settle(page);
    await page.reload();
    await note.first().waitFor();
    await expect(note.count()).resolves.toBe(1);

    await body.fill('Half a thought');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(body.inputValue()).resolves.toBe('Half a thought');
    expect(page.url()).toMatch(/\?tab=notes$/);
    await page.getByRole('tab', { name: 'Notes', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await dialog.getByRole('button', { name: 'Leave and lose changes' }).click();
    await page.waitForURL(/\?tab=timeline$/);
  });

  it('adds one consent for a double click, its fields apart, its limit said up front', async () => {
    await page.goto(journeyPath);
    const consents = page.getByRole('region', { name: 'Consents' });
    const agreement = consents.getByLabel('What she agreed to');
    await agreement.waitFor();
    await expect(consents.locator('bs-char-count').first().innerText()).resolves.toContain('Up to 1,000 characters.');
    const words = `Share her plan with her GP ${Date.now().toString(36)}`;
    await agreement.fill(words);
    await consents.getByRole('button', { name: 'Add consent' }).dblclick();
    await consents.getByText(words, { exact: true }).waitFor();
    await settle(page);
    await page.reload();
    await consents.getByText(words, { exact: true }).waitFor();
    await expect(consents.getByText(words, { exact: true }).count()).resolves.toBe(1);
    // Fields one to a line: "What she agreed to" sits above "Shared with", not beside it.
    const [first, second] = await Promise.all([
      page.locator('mat-form-field:has(#consent-agreement)').boundingBox(),
      page.locator('mat-form-field:has(#consent-shared-with)').boundingBox(),
    ]);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    await expectAccessible(page, 'consents');
    await consents.scrollIntoViewIfNeeded();
    await shoot(page, 'overview-consents');
  });

  it('keeps the chosen tab in view on a phone', async () => {
    const phone = await newContext(chromium.browser, { phone: true, storageState: await context.storageState() });
    const small = await phone.newPage();
    await small.goto(`${journeyPath}?tab=self-advocacy`);
    const tab = small.getByRole('tab', { name: 'Self-advocacy', selected: true });
    await tab.waitFor();
    await small.waitForTimeout(400);
    await small.screenshot({ path: `${SHOTS ?? '/tmp'}/journey-tabs-phone.png` });
    const box = await tab.boundingBox();
    const width = small.viewportSize()?.width ?? 0;
    const page = await small.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(page.scroll).toBeLessThanOrEqual(page.client);
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
    await expectAccessible(small, 'journey tabs on a phone');
    await small.screenshot({ path: `${SHOTS ?? '/tmp'}/journey-tabs-phone.png` });
    await phone.close();
  });

  it('shows a loading bar while a slow page is on its way', async () => {
    // Hold back the calendar's code, as a slow network would.
    await page.route(/\/chunk-[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1200));
      await route.continue();
    });
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('progressbar', { name: 'Loading the page' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('progressbar', { name: 'Loading the page' }).waitFor({ state: 'detached' });
    await page.unroute(/\/chunk-[^/]*\.js$/);
  });

  it('gets one private calendar address for a double click', async () => {
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/calendar/subscription')) posts.push(r.url());
    });
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('button', { name: 'Get a private address' }).dblclick();
    await page.getByLabel('Your private calendar address').waitFor();
    await settle(page);
    expect(posts).toHaveLength(1);
  });

  it('lands a signed-out deep link on the page asked for after the two-step code', async () => {
    const fresh = await newPage(chromium.browser);
    await fresh.goto(`${journeyPath}?tab=notes`);
    await fresh.waitForURL(/\/sign-in\?next=/);
    await signIn(fresh, DEMO.manager);
    await fresh.waitForURL((url) => url.pathname === journeyPath && url.search === '?tab=notes');
    await fresh.getByRole('tab', { name: 'Notes', selected: true }).waitFor();
    await fresh.getByText('Prepared her questions for the assessment together.').waitFor();
    await fresh.context().close();
  });

  it.each([
    ['//evil.test', DEMO.otherAdvocate, /\/caseload$/],
    ['https://evil.test', DEMO.admin, /\/accounts$/],
  ])('never follows a return address to another site (%s)', async (next, email, home) => {
    const fresh = await newPage(chromium.browser);
    await fresh.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await signIn(fresh, email);
    await fresh.waitForURL(home);
    expect(new URL(fresh.url()).host).toBe(new URL(page.url()).host);
    await fresh.context().close();
  });
});
