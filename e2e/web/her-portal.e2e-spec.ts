// Her own portal in a real browser, on a phone-sized screen: read her plan, add a step and
// tick it, check in, ask for a change to what staff wrote and see the advocate's reply, add
// an appointment note, raise a concern, download her data, and leave quickly. axe-core checks
// every page; one pass adds a step with the keyboard only.
import type { Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newContext } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

/** On a phone her pages are behind the Menu button; open it, then follow the link. */
async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu', expanded: false }).click();
  await page.getByRole('button', { name: 'Menu', expanded: true }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Menu', expanded: false }).waitFor();
}

const expectAccessibleNow = (page: Page, what: string) => expectAccessible(page, what, { waitForAnimations: false });

describe('Her portal', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let advocate: ApiClient;
  const tag = Date.now().toString(36);
  const staffGoal = `See a therapist who listens ${tag}`;
  const staffNote = `We talked about your options for therapy ${tag}.`;

  beforeAll(async () => {
    // Her advocate writes a goal, a shared note and an appointment she will come to.
    const nia = await signIn(DEMO.serviceUser);
    const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    advocate = await signIn(DEMO.advocate);
    const me = (await advocate.get('/api/auth/session')).body;
    const goal = await advocate.post(`/api/journeys/${journeyId}/goals`, { words: staffGoal, category: 'health', targetDate: null });
    expect(goal.status).toBe(201);
    await advocate.post(`/api/goals/${goal.body.id}/steps`, { description: `Ask the GP for a referral ${tag}`, owner: 'together', dueDate: null });
    expect((await advocate.post(`/api/journeys/${journeyId}/notes`, { visibility: 'shared', body: staffNote })).status).toBe(201);
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    const appointment = await advocate.post(`/api/journeys/${journeyId}/appointments`, {
      professionalRole: 'psychotherapist',
      professionalOrganisation: 'Riverside Talking Therapies',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: '12 River Street',
      remote: false,
      purpose: 'First assessment',
    });
    expect(appointment.status).toBe(201);
    const advocateId = me?.user?.id ?? me?.id;
    if (advocateId) {
      await advocate.post(`/api/appointments/${appointment.body.id}/accompaniment`, { advocateIds: [advocateId], supportLevel: 'accompanied' });
    }
    const context = await newContext(chromium.browser, { phone: true, acceptDownloads: true });
    // The neutral site of the quick exit, served by the test so the run needs no internet.
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    page = await context.newPage();
  });

  it('signs in and reads her plan, with who wrote each part', async () => {
    await signInAsHer(page);
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
    await page.getByRole('heading', { name: staffGoal }).waitFor();
    await expect(page.getByText(staffNote).count()).resolves.toBe(1);
    await expect(page.title()).resolves.toBe('My plan');
    await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
    await expectAccessibleNow(page, 'my plan');
  });

  it('adds a step with the keyboard only, then ticks it done and can undo', async () => {
    const goal = page.getByRole('article', { name: staffGoal });
    const fieldId = await goal.getByLabel('A new step').getAttribute('id');
    // From the top of the page, Tab through the quick exit, the menu and the goals before it to the new step field
    // (her demo plan holds a few months of goals and steps, each with its own controls).
    await page.locator('body').focus();
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== fieldId) {
      expect(++presses).toBeLessThan(150);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(`Phone the therapy service ${tag}`);
    await page.keyboard.press('Tab'); // who does it
    await page.keyboard.press('Tab'); // Add step
    await page.keyboard.press('Enter');
    const step = goal.getByRole('checkbox', { name: `Phone the therapy service ${tag}` });
    await step.waitFor();
    await step.focus();
    await page.keyboard.press('Space');
    await goal.getByText('Marked as done. Untick it to undo.', { exact: false }).waitFor();
    await expect(step.isChecked()).resolves.toBe(true);
    await step.click();
    await goal.getByText('Marked as not done.').waitFor();
    await step.click();
    await goal.getByText('Marked as done', { exact: false }).waitFor();
    await expectAccessibleNow(page, 'plan after a step');
  });

  it('records a check-in and sees it in the chart and its list', async () => {
    await page.getByRole('radio', { name: /^7 out of 10/ }).check();
    await page.getByLabel('In your words (optional)').fill('Feeling stronger this week');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Your check-in is saved.', { exact: false }).waitFor();
    await page.getByRole('img', { name: /7 out of 10/ }).waitFor();
    await page.getByText('See your check-ins as a list').click();
    await page.getByRole('cell', { name: 'Feeling stronger this week' }).waitFor();
    await expectAccessibleNow(page, 'plan after a check-in');
  });

  it('asks for a change to a staff-written goal and sees the reply', async () => {
    const goal = page.getByRole('article', { name: staffGoal });
    await goal.getByRole('button', { name: /Ask for a change to the goal/ }).click();
    await goal.getByLabel('What you would like it to say').fill(`See a woman therapist who listens ${tag}`);
    await goal.getByLabel('Why (your reason)').fill('I would feel safer with a woman.');
    await goal.getByRole('button', { name: 'Send' }).click();
    await goal.getByText('Waiting for a reply').waitFor();
    await expectAccessibleNow(page, 'plan with a proposal');

    const proposals = (await advocate.get('/api/change-proposals?status=pending')).body;
    const list = Array.isArray(proposals) ? proposals : proposals.items;
    const mine = list.find((p: { proposedValue: string }) => p.proposedValue.includes(tag));
    const declined = await advocate.post(`/api/change-proposals/${mine.id}/decline`, {
      version: mine.version,
      reply: 'Let us ask the service together on Monday.',
    });
    expect(declined.status).toBe(200);

    await page.reload();
    const after = page.getByRole('article', { name: staffGoal });
    await after.getByText('Not changed').waitFor();
    await after.getByText('Let us ask the service together on Monday.', { exact: false }).waitFor();
  });

  it('adds what she wants to say before an appointment, and can download it for her calendar', async () => {
    await goTo(page, 'Appointments');
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Riverside Talking Therapies' });
    await card.getByLabel('What I want to say').fill('I want to ask about a woman therapist.');
    await card.getByRole('button', { name: /Save my notes/ }).click();
    await card.getByText('Your notes are saved.').waitFor();
    const ics = await page.evaluate(async (href) => (await fetch(href)).text(), await card.getByRole('link', { name: /Add to my calendar/ }).getAttribute('href'));
    expect(ics).toContain('BEGIN:VCALENDAR');
    await expect(page.title()).resolves.toBe('My appointments');
    await expectAccessibleNow(page, 'appointments');
  });

  it('raises a concern and gets a reference', async () => {
    await goTo(page, 'Concerns');
    await page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
    await page.getByText('You have not raised any concerns.').waitFor();
    await expectAccessibleNow(page, 'concerns');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('link', { name: 'Choose what it is about' }).waitFor();
    await page.getByLabel('The help I get from the service').check();
    await page.getByLabel('What happened?').fill(`I waited a long time for a call back ${tag}.`);
    await page.getByLabel('Do not tell my advocate this came from me').check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you. We have your concern.' }).waitFor();
    const reference = (await page.locator('.bs-ref').textContent())?.trim();
    expect(reference).toBeTruthy();
    await page.getByRole('heading', { name: `Reference ${reference}` }).waitFor();
    await expect(page.title()).resolves.toBe('My plan');
    await expectAccessibleNow(page, 'concern raised');
  });

  it('sees her details and downloads her data', async () => {
    await goTo(page, 'Your details');
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await page.getByLabel('Your pronouns (optional)').fill('she/her');
    await page.getByRole('button', { name: 'Save my details' }).click();
    await page.getByText('Your details are saved.', { exact: false }).waitFor();
    await expectAccessibleNow(page, 'details');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download a data file/ }).click()]);
    const data = JSON.parse((await download.createReadStream().then((s) => streamText(s))) || '{}');
    expect(data.goals.some((g: { words: string }) => g.words === staffGoal)).toBe(true);
    expect(JSON.stringify(data)).not.toContain('staff-only');
  });

  it('sees who has looked and her account, then leaves quickly with no way back', async () => {
    await goTo(page, 'Who has looked');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessibleNow(page, 'who has looked');
    await goTo(page, 'Your account');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessibleNow(page, 'account');
    // On a phone her menu takes one row; Escape closes it and puts her back on its button.
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThan(120);
    await page.getByRole('button', { name: 'Menu', expanded: false }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).waitFor();
    await expect(page.getByRole('link', { name: 'Your account' }).getAttribute('aria-current')).resolves.toBe('page');
    await expectAccessibleNow(page, 'menu open');
    await page.keyboard.press('Escape');
    const menu = page.getByRole('button', { name: 'Menu', expanded: false });
    await menu.waitFor();
    await expect(menu.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const origin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Leave this site' }).click();
    await page.waitForURL((url) => url.origin !== origin, { timeout: 15_000 }).catch(() => undefined);
    expect(new URL(page.url()).origin).not.toBe(origin);
    expect(page.url()).toBe('https://www.bbc.co.uk/weather');
    // Back finds none of her pages: leaving stepped back over those of this page load and replaced the first. The
    // plan was reloaded earlier, so the entry before is the sign-in page of the first load: it shows nothing of hers,
    // and her session has ended.
    await page.evaluate(() => history.back()).catch(() => undefined);
    await page.waitForFunction((site) => location.origin !== site || location.pathname === '/sign-in', origin, { timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('body').innerText()).not.toContain(staffGoal);
    if (page.url().startsWith(origin)) {
      await page.getByRole('heading', { level: 1, name: /sign in/i }).waitFor();
      expect((await page.evaluate(async () => (await fetch('/api/auth/session')).json())).signedIn).toBe(false);
    }
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
