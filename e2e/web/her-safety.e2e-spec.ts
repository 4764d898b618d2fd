// Her safety in a real browser (issue 13, items 1, 3, 9, 10, 11 and 14 on her side):
// - quick exit ("Leave this site" and Escape twice) ends her session on the server, clears what the site keeps in the
//   browser, and leaves nothing of hers that Back or a new tab would show — whether she clicked through her pages or
//   opened them by typing their address;
// - Back inside her portal goes to her previous page, and asks before dropping a half-written concern;
// - "Page not found" inside her portal keeps the quick exit, her menu and a neutral title;
// - a double click saves once; a step she added by mistake can be removed; long fields say their limit;
// - her download does not name the service; consents read in neutral words; who looked is one line per person a day.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newContext } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const SHOTS = process.env['HER_SAFETY_SHOTS'];

const expectAccessibleNow = (page: Page, what: string) => expectAccessible(page, what, { waitForAnimations: false });

/** With HER_SAFETY_SHOTS=<dir>: the page at a phone's width and a laptop's, to look at. */
async function shoot(page: Page, name: string, part?: Locator): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    const path = `${SHOTS}/${name}-${width}.png`;
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
  if (size) await page.setViewportSize(size);
}

/** The neutral site, served by the test so the run needs no internet. */
async function stubNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

async function signInThroughTheForm(page: Page): Promise<void> {
  await signInAsHer(page);
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
}

/** On a phone her pages are behind the Menu button; wider screens show them in a row. */
async function goTo(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', expanded: false });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

describe('Her safety', () => {
  const chromium = chromiumForSuite();
  let advocate: ApiClient;
  const tag = Date.now().toString(36);
  const marker = `HER-PLAN-MARKER-${tag}`;
  let origin = '';

  beforeAll(async () => {
    const nia = await signIn(DEMO.serviceUser);
    const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    advocate = await signIn(DEMO.advocate);
    // Something of hers that must never show after she has left.
    expect((await advocate.post(`/api/journeys/${journeyId}/goals`, { words: marker, category: 'wellbeing', targetDate: null })).status).toBe(201);
  });

  /** What Back, then a new tab on the site, show after she left: never a page of hers, and her session has ended. */
  async function expectNothingOfHersAfterLeaving(context: BrowserContext, page: Page, arrived: 'clicking' | 'typing'): Promise<void> {
    await page.waitForURL((url) => url.origin !== origin, { timeout: 15_000 });
    expect(page.url()).toBe(NEUTRAL);
    await page.goBack({ timeout: 10_000 }).catch(() => undefined);
    // Back finds the page before the site, or a page of the site that has nothing of hers: sign-in.
    await page.waitForFunction((site) => location.origin !== site || location.pathname === '/sign-in', origin, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const afterBack = await page.evaluate(() => ({ href: location.href, text: document.body?.innerText ?? '' }));
    expect(afterBack.text).not.toContain(marker);
    expect(afterBack.text).not.toMatch(/Hello|Your plan|Appointments|Nia/);
    // Clicked through in one page load: leaving stepped back over all her pages, so Back leaves the site.
    if (arrived === 'clicking') expect(afterBack.href.startsWith(origin)).toBe(false);
    if (afterBack.href.startsWith(origin)) {
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    }
    // A new tab on the site lands on sign-in, not her plan: the server has ended her session.
    const fresh = await context.newPage();
    for (const path of ['/', '/my', '/my/appointments']) {
      await fresh.goto(path);
      await fresh.waitForURL(/\/sign-in/);
      await fresh.getByRole('heading', { level: 1, name: /sign in/i }).waitFor();
      expect(await fresh.locator('body').innerText()).not.toContain(marker);
    }
    const session = await fresh.evaluate(async () => (await fetch('/api/auth/session')).json());
    expect(session.signedIn).toBe(false);
    await fresh.close();
  }

  async function leave(page: Page, how: 'button' | 'escape'): Promise<void> {
    if (how === 'button') {
      await page.getByRole('button', { name: 'Leave this site' }).click();
    } else {
      await page.locator('body').press('Escape');
      await page.keyboard.press('Escape');
    }
  }

  for (const how of ['button', 'escape'] as const) {
    it(`leaves with ${how === 'button' ? '"Leave this site"' : 'Escape twice'} after clicking through her pages, with a concern half-written`, async () => {
      const context = await newContext(chromium.browser, { phone: how === 'button' });
      await stubNeutralSite(context);
      const page = await context.newPage();
      await signInThroughTheForm(page);
      origin = new URL(page.url()).origin;
      await page.getByRole('heading', { name: marker }).waitFor();
      await goTo(page, 'Appointments');
      await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();
      await goTo(page, 'Concerns');
      await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
      await page.getByLabel('What happened?').fill(`Half-written ${tag}`);
      await page.evaluate(() => {
        sessionStorage.setItem('left-behind', 'x');
        localStorage.setItem('left-behind', 'x');
      });
      // Quick exit is never held up by the unsaved concern (a beforeunload question would keep her here).
      await leave(page, how);
      await expectNothingOfHersAfterLeaving(context, page, 'clicking');
      await context.close();
    });

    it(`leaves with ${how === 'button' ? '"Leave this site"' : 'Escape twice'} after opening her pages by typing their address`, async () => {
      const context = await newContext(chromium.browser, { phone: how === 'escape' });
      await stubNeutralSite(context);
      const page = await context.newPage();
      await signInThroughTheForm(page);
      origin = new URL(page.url()).origin;
      for (const [path, heading] of [
        ['/my', /^Hello/],
        ['/my/appointments', /^Appointments$/],
        ['/my/details', /^Your details$/],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      }
      await page.goto('/my');
      await page.getByRole('heading', { name: marker }).waitFor();
      await page.goto('/my/concerns');
      await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
      await leave(page, how);
      await expectNothingOfHersAfterLeaving(context, page, 'typing');
      // Further back: each earlier page of hers (typed, so each its own page load) shows nothing of hers either.
      for (let i = 0; i < 4; i++) {
        const before = page.url();
        await page.goBack({ timeout: 10_000 }).catch(() => undefined);
        await page.waitForTimeout(800);
        if (page.url() === before) break;
        if (!page.url().startsWith(origin)) continue;
        await page.waitForFunction(() => location.pathname === '/sign-in' || document.body.hidden, undefined, { timeout: 15_000 });
        expect(await page.locator('body').innerText()).not.toContain(marker);
      }
      await context.close();
    });
  }

  describe('inside her portal', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newContext(chromium.browser, { acceptDownloads: true });
      await stubNeutralSite(context);
      page = await context.newPage();
      await signInThroughTheForm(page);
      origin = new URL(page.url()).origin;
    });

    afterAll(async () => {
      await context?.close();
    });

    // Each test starts on her plan, so one that fails does not decide the next.
    beforeEach(async () => {
      if (new URL(page.url()).pathname === '/my') return;
      await page.goto('/my');
      await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    });

    it('goes Back to her previous page, and asks before dropping a half-written concern', async () => {
      await goTo(page, 'Appointments');
      await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();
      await goTo(page, 'Concerns');
      await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
      // The browser's own Back and Forward (pressed, not waited on as page loads: these stay on the same page).
      await page.evaluate(() => history.back());
      await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe('/my/appointments');
      await page.evaluate(() => history.forward());
      await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor({ timeout: 15_000 });
      await page.getByLabel('What happened?').fill(`Not finished yet ${tag}`);
      await page.evaluate(() => history.back());
      const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
      await dialog.waitFor({ timeout: 15_000 });
      await dialog.getByRole('button', { name: 'Stay on this page' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.getByLabel('What happened?').inputValue()).resolves.toBe(`Not finished yet ${tag}`);
      expect(new URL(page.url()).pathname).toBe('/my/concerns');
      // By her menu too.
      await goTo(page, 'Your plan');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Leave and lose changes' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    });

    it('shows "Page not found" inside her layout, with the quick exit, her menu and a neutral title', async () => {
      await page.goto('/my/anything');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await expect(page.title()).resolves.toBe('Page not found');
      await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your plan' }).count()).resolves.toBe(1);
      await expect(page.getByRole('main').count()).resolves.toBe(1);
      await expectAccessibleNow(page, 'page not found in her portal');
      await shoot(page, 'not-found');
      // Any other address she might type: the quick exit is there too, and the title does not name the service.
      await page.goto('/no-such-page');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await expect(page.title()).resolves.toBe('Page not found');
      await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
      await expectAccessibleNow(page, 'page not found');
      await shoot(page, 'not-found-outside');
      await page.goto('/my');
      await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    });

    it('adds a step once however fast she clicks, and removes a step she added by mistake', async () => {
      const goal = page.getByRole('article', { name: marker });
      await goal.getByLabel('A new step').fill(`Twice by mistake ${tag}`);
      await goal.getByRole('button', { name: 'Add step' }).dblclick();
      await goal.getByText('Step added.').waitFor();
      await page.reload();
      const step = page.getByRole('article', { name: marker }).getByRole('checkbox', { name: `Twice by mistake ${tag}` });
      await step.first().waitFor();
      await expect(step.count()).resolves.toBe(1);
      await shoot(page, 'plan-step', page.getByRole('article', { name: marker }));
      await page.getByRole('article', { name: marker }).getByRole('button', { name: `Remove the step: Twice by mistake ${tag}` }).click();
      await page.getByText(`Step removed: Twice by mistake ${tag}`).waitFor();
      await expectAccessibleNow(page, 'plan after removing a step');
      await page.reload();
      await page.getByRole('heading', { name: marker }).waitFor();
      await expect(step.count()).resolves.toBe(0);
    });

    it('saves a check-in and a concern once however fast she clicks, and says the limit of a long field', async () => {
      await page.getByRole('radio', { name: /^4 out of 10/ }).check();
      await page.getByLabel('In your words (optional)').fill(`Once only ${tag}`);
      await page.getByRole('button', { name: 'Save check-in' }).dblclick();
      await page.getByText('Your check-in is saved.', { exact: false }).waitFor();
      const checkIns = await page.evaluate(async () => (await fetch('/api/my/check-ins?limit=100')).json());
      const mine = (checkIns.items as { words: string | null }[]).filter((c) => c.words === `Once only ${tag}`);
      expect(mine).toHaveLength(1);

      await goTo(page, 'Concerns');
      await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
      const description = page.getByLabel('What happened?');
      const field = page.locator('mat-form-field').filter({ has: description });
      await field.getByText('Up to 4,000 characters.').waitFor();
      await description.fill('x'.repeat(3300));
      await field.getByText('You have 700 characters left.').waitFor();
      await description.fill('x'.repeat(4010));
      await field.getByText('You have 10 characters too many.').waitFor();
      await shoot(page, 'concern-counter');
      await page.getByLabel('The help I get from the service').check();
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('link', { name: 'Make it shorter: up to 4,000 characters' }).waitFor();
      await expectAccessibleNow(page, 'concern over the limit');
      await description.fill(`Only once ${tag}`);
      await page.getByRole('button', { name: 'Send' }).dblclick();
      await page.getByRole('heading', { name: 'Thank you. We have your concern.' }).waitFor();
      const concerns = await page.evaluate(async () => (await fetch('/api/my/concerns')).json());
      expect((concerns as { description: string }[]).filter((c) => c.description === `Only once ${tag}`)).toHaveLength(1);
    });

    it('downloads her data under a name that does not name the service, and reads consents in neutral words', async () => {
      const nia = await signIn(DEMO.serviceUser);
      const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
      const serviceUserId: string = (await advocate.get(`/api/journeys/${journeyId}`)).body.serviceUserId;
      expect(serviceUserId).toBeTruthy();
      const staffWords = `Client consents to disclosure of history to MARAC ${tag}`;
      const consent = await advocate.post(`/api/service-users/${serviceUserId}/consents`, { agreement: staffWords, sharedWith: 'the GP surgery', givenOn: '2026-11-01' });
      expect(consent.status).toBe(201);
      await goTo(page, 'Your details');
      await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
      await page.getByRole('heading', { name: 'Sharing information about you with the GP surgery' }).first().waitFor();
      expect(await page.locator('body').innerText()).not.toContain(staffWords);
      await expectAccessibleNow(page, 'details with consents');
      await shoot(page, 'details');
      for (const [link, ext] of [
        [/Download a page you can read or print/, 'html'],
        [/Download a data file/, 'json'],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^my-data-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
        expect(download.suggestedFilename().toLowerCase()).not.toContain('beside');
      }
    });

    it('shows one line for each person each day in "Who has looked", however often they opened her journey', async () => {
      const nia = await signIn(DEMO.serviceUser);
      const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
      const amara = (await advocate.get('/api/auth/session')).body.user.displayName as string;
      for (let i = 0; i < 3; i++) {
        for (const path of ['', '/plan', '/appointments', '/check-ins', '/notes']) expect((await advocate.get(`/api/journeys/${journeyId}${path}`)).status).toBe(200);
      }
      await goTo(page, 'Who has looked');
      await page.getByRole('heading', { level: 1, name: 'Who has looked at your record' }).waitFor();
      await page.locator('ol li').first().waitFor();
      // The day as the page writes it, in the browser's own words for dates.
      const today = await page.evaluate(() =>
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date()),
      );
      const lines = await page.locator('ol li').allInnerTexts();
      const amaraToday = lines.filter((l) => l.includes(amara) && l.startsWith(today));
      expect(amaraToday).toHaveLength(1);
      // Other suites share the database: the line may hold more, but each thing once.
      expect(amaraToday[0]).toMatch(/looked at [^;]*your journey/i);
      expect(amaraToday[0].match(/your journey/g)).toHaveLength(1);
      await expectAccessibleNow(page, 'who has looked');
      await shoot(page, 'who-looked');
    });
  });
});
