// Her voice (issue 18) in a real browser: a woman answers a consultation in her portal at 320 px with the keyboard
// only, one question a screen; a woman without an account answers through the public link (privacy notice first,
// answers kept in her browser if she leaves and comes back, the proof of work done by her browser); she gives
// feedback after an accompanied appointment; and "You said, we did" in her portal and on the public page. axe-core
// checks every screen, at 320 px and at the two usual widths.
import type { BrowserContext, Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { checkAtBothWidths, chromiumForSuite, expectAccessible, newContext } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

const SMALLEST = { width: 320, height: 640 };
const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';

function londonDate(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** Presses Tab (Shift+Tab with `back`) until `find` says the right element has focus, failing after `most` presses. */
async function tabTo(page: Page, name: string, find: () => Promise<boolean>, { most = 60, back = false } = {}): Promise<void> {
  for (let presses = 0; !(await find()); presses++) {
    if (presses >= most) throw new Error(`Tab never reached ${name}`);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
}

const focusedText = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect({ what, fits: widths.scroll <= widths.view }).toEqual({ what, fits: true });
}

const expectAccessibleNow = (page: Page, what: string) => expectAccessible(page, what, { waitForAnimations: false });

async function stubNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

describe('Her voice', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const title = `How the drop-in feels ${tag}`;
  let manager: ApiClient;
  let consultationId: string;
  let slug: string;
  let organisationId: string;
  let her: Page;

  beforeAll(async () => {
    // The demo manager writes an anonymous consultation with a public link and opens it.
    manager = await signIn(DEMO.manager);
    organisationId = (await manager.get('/api/auth/session')).body.user.organisationId;
    const created = await manager.post('/api/consultations', {
      title,
      privacyNotice: 'We do not keep your name with your answers. Only counts of five or more are ever shown.',
      anonymous: true,
      opensOn: londonDate(0),
      closesOn: londonDate(14),
      secondLanguage: 'cy',
      publicLink: true,
    });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    consultationId = created.body.id;
    slug = created.body.publicSlug;
    const questions = await manager.put(`/api/consultations/${consultationId}/questions`, {
      version: created.body.version,
      questions: [
        {
          kind: 'single',
          words: 'Do you feel welcome at the drop-in?',
          easyRead: 'Do you feel happy to come in?',
          secondLanguageWords: 'Ydych chi’n teimlo bod croeso i chi?',
          choices: [
            { key: 'yes', words: 'Yes', secondLanguageWords: 'Ydw' },
            { key: 'no', words: 'No', secondLanguageWords: 'Nac ydw' },
          ],
        },
        { kind: 'scale', words: 'How safe do you feel there?' },
        { kind: 'text', words: 'What would make it better?', required: false, textLimit: 500 },
      ],
    });
    expect({ status: questions.status, body: questions.body }).toMatchObject({ status: 200 });
    const opened = await manager.post(`/api/consultations/${consultationId}/open`, { version: questions.body.version });
    expect({ status: opened.status, body: opened.body }).toMatchObject({ status: 200 });

    // Her advocate went with her to an appointment two days ago: it waits for her feedback.
    const nia = await signIn(DEMO.serviceUser);
    const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    const advocate = await signIn(DEMO.advocate);
    const advocateId: string = (await advocate.get('/api/auth/session')).body.user.id;
    const startsAt = new Date(Date.now() - 2 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    const appointment = await advocate.post(`/api/journeys/${journeyId}/appointments`, {
      professionalRole: 'housing',
      professionalOrganisation: `Riverside Housing ${tag}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: 'Town Hall',
      remote: false,
      purpose: 'Talk about repairs',
    });
    expect({ status: appointment.status, body: appointment.body }).toMatchObject({ status: 201 });
    const accompanied = await advocate.post(`/api/appointments/${appointment.body.id}/accompaniment`, { advocateIds: [advocateId], supportLevel: 'accompanied' });
    expect({ status: accompanied.status, body: accompanied.body }).toMatchObject({ status: 201 });
    const current = (await advocate.get(`/api/appointments/${appointment.body.id}`)).body;
    const attended = await advocate.patch(`/api/appointments/${appointment.body.id}`, { status: 'attended', version: current.version });
    expect({ status: attended.status, body: attended.body }).toMatchObject({ status: 200 });

    const context = await newContext(chromium.browser, { viewport: SMALLEST, isMobile: true, hasTouch: true });
    await stubNeutralSite(context);
    her = await context.newPage();
  });

  it('answers a consultation in her portal at 320 px with the keyboard only, one question a screen', async () => {
    await signInAsHer(her);
    const card = her.getByRole('region', { name: 'Have your say' });
    await card.getByRole('link', { name: title }).waitFor();
    await tabTo(her, 'the consultation on her plan', async () => (await focusedText(her)) === title, { most: 300 });
    await her.keyboard.press('Enter');

    await her.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor();
    await her.getByText('We do not keep your name with your answers.').waitFor();
    await expectAccessibleNow(her, 'privacy notice at 320');
    await tabTo(her, 'Start', async () => (await focusedText(her)) === 'Start');
    await her.keyboard.press('Enter');

    // Question 1: focus is on its heading, which says how far she has got.
    await her.locator('#question-heading', { hasText: 'Question 1 of 3' }).waitFor();
    await her.waitForFunction(() => document.activeElement?.id === 'question-heading', undefined, { timeout: 5000 });
    await expectNoSidewaysScroll(her, 'question 1');
    await expectAccessibleNow(her, 'question 1 at 320');
    // The easy-read words, from the toggle above the question.
    await tabTo(her, 'Easy read', async () => (await focusedText(her)) === 'Easy read', { back: true });
    await her.keyboard.press('Enter');
    await her.locator('#question-heading', { hasText: 'Do you feel happy to come in?' }).waitFor();
    // Next without an answer: a clear error, whose link takes her to the field.
    await tabTo(her, 'Next', async () => (await focusedText(her)) === 'Next');
    await her.keyboard.press('Enter');
    await her.getByRole('link', { name: 'Choose an answer' }).waitFor();
    await expectAccessibleNow(her, 'question 1 with an error');
    await tabTo(her, 'the error', async () => (await focusedText(her)) === 'Choose an answer');
    await her.keyboard.press('Enter');
    await expect(her.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).resolves.toBe('radio');
    await her.keyboard.press('Space');
    await expect(her.getByRole('radio', { name: 'Yes' }).isChecked()).resolves.toBe(true);
    await tabTo(her, 'Next', async () => (await focusedText(her)) === 'Next');
    await her.keyboard.press('Enter');

    // Question 2: the 0–10 scale as radio buttons; arrows move along it.
    await her.locator('#question-heading', { hasText: 'Question 2 of 3' }).waitFor();
    await tabTo(her, 'the scale', async () => her.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'));
    for (let i = 0; i < 7; i++) await her.keyboard.press('ArrowRight');
    await expect(her.getByRole('radio', { name: '7' }).isChecked()).resolves.toBe(true);
    await expectNoSidewaysScroll(her, 'question 2');
    await expectAccessibleNow(her, 'question 2 at 320');
    await her.screenshot({ path: `${SHOTS}/D-question-320.png`, fullPage: true });
    await tabTo(her, 'Next', async () => (await focusedText(her)) === 'Next');
    await her.keyboard.press('Enter');

    // Question 3: free text, with its limit said.
    await her.locator('#question-heading', { hasText: 'Question 3 of 3' }).waitFor();
    await tabTo(her, 'the text box', async () => her.evaluate(() => document.activeElement?.tagName === 'TEXTAREA'));
    await her.keyboard.type('A quiet room to wait in.');
    await her.getByText('Up to 500 characters.').waitFor();
    await tabTo(her, 'Check your answers', async () => (await focusedText(her)) === 'Check your answers');
    await her.keyboard.press('Enter');

    await her.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await her.getByText('7 out of 10').waitFor();
    await expectNoSidewaysScroll(her, 'check your answers');
    await expectAccessibleNow(her, 'check your answers at 320');
    await tabTo(her, 'Send your answers', async () => (await focusedText(her)) === 'Send your answers');
    await her.keyboard.press('Enter');
    await her.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectAccessibleNow(her, 'thank you at 320');
    expect(await her.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('beside.consultation-answers.')))).toEqual([]);

    const mine = (await (await signIn(DEMO.serviceUser)).get('/api/my/consultations')).body as { id: string; answered: boolean }[];
    expect(mine.find((c) => c.id === consultationId)).toMatchObject({ answered: true });
  });

  it('gives anonymous feedback after the appointment her advocate went to with her', async () => {
    await her.goto('/my/feedback');
    const form = her.getByRole('article', { name: new RegExp(`Riverside Housing ${tag}`) });
    await form.waitFor();
    await expectNoSidewaysScroll(her, 'feedback');
    await expectAccessibleNow(her, 'feedback at 320');
    await form.getByRole('group', { name: 'Because I had an advocate, I feel more able to raise concerns with staff' }).getByRole('radio', { name: 'Strongly agree' }).check();
    await form.getByRole('group', { name: 'I felt listened to at the appointment' }).getByRole('radio', { name: 'Agree', exact: true }).check();
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await her.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expect(her.getByRole('article', { name: new RegExp(`Riverside Housing ${tag}`) }).count()).resolves.toBe(0);
    await expectAccessibleNow(her, 'feedback sent at 320');
  });

  it('reads "You said, we did" in her portal', async () => {
    await her.goto('/my/you-said-we-did');
    await her.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    await her.getByRole('heading', { level: 3, name: 'You said' }).first().waitFor();
    await expectNoSidewaysScroll(her, 'you said, we did');
    await expectAccessibleNow(her, 'you said, we did at 320');
    await her.setViewportSize({ width: 1280, height: 900 });
    await checkAtBothWidths(her, 'her-voice', 'my-you-said');
  });

  it('answers through the public link: privacy notice first, answers kept if she comes back, the proof of work in her browser', async () => {
    const context = await newContext(chromium.browser, { viewport: SMALLEST, isMobile: true, hasTouch: true });
    await stubNeutralSite(context);
    const page = await context.newPage();
    await page.goto(`/consultations/public/${slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
    await expect(page.title()).resolves.not.toMatch(/Beside/i);
    await expectNoSidewaysScroll(page, 'public privacy notice');
    await expectAccessibleNow(page, 'public privacy notice at 320');
    await page.screenshot({ path: `${SHOTS}/D-public-320.png`, fullPage: true });

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: /Welsh/ }).click();
    await page.getByRole('radio', { name: 'Nac ydw' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#question-heading', { hasText: 'Question 2 of 3' }).waitFor();

    // She leaves and comes back through the same link: what she gave is still here, and only here.
    await page.goto(`/consultations/public/${slug}`);
    await page.getByText('We kept the answers you gave before on this device').waitFor();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await expect(page.getByRole('radio', { name: 'No' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: '3' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Check your answers' }).click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/D-public-review-320.png`, fullPage: true });
    await expectAccessibleNow(page, 'public check your answers at 320');
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/public/consultations/${slug}/answers`));
    await page.getByRole('button', { name: 'Send your answers' }).click();
    const body = (await posted).postDataJSON();
    expect(body).toMatchObject({ answers: [{ chosen: ['no'] }, { scale: 3 }], challenge: expect.any(String), nonce: expect.any(String) });
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectAccessibleNow(page, 'public thank you at 320');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('beside.consultation-answers.')))).toEqual([]);

    // Coming back after sending: a fresh start, nothing kept.
    await page.goto(`/consultations/public/${slug}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await context.close();
  });

  it('shows "You said, we did" to anyone on the public page, with the quick exit', async () => {
    const context = await newContext(chromium.browser, { viewport: SMALLEST });
    const page = await context.newPage();
    await page.goto(`/you-said-we-did/${organisationId}`);
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'We did' }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
    await expectNoSidewaysScroll(page, 'public you said, we did');
    await expectAccessibleNow(page, 'public you said, we did at 320');
    await page.screenshot({ path: `${SHOTS}/D-public-you-said-320.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await checkAtBothWidths(page, 'her-voice', 'public-you-said');
    await context.close();
  });
});
