// Consultations for managers in a real browser (issue 18): Maya writes a consultation, adds its questions and sees
// them in the preview pane as a woman would on a 375 px phone, then opens it. She reads the demo consultation's
// results (a chart with its figures beside it, themes, reviewed quotes, a cross-tab hidden while a cell is under 5,
// the CSV), proposes a quote with a place cut out; her own review is refused, and Iris, a second manager, publishes
// it. Wren, on the panel, reads results and never the builder. The dashboard shows raising concerns after
// accompaniment. axe-core checks every page at 1280 and 375 px.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, DEMO } from '../support/api';
import { checkAtBothWidths, chromiumForSuite, expectAccessible, newPage, WIDE } from '../support/browser';
import { chooseOption, followLink } from '../support/pages';
import { givePassword, giveTwoStepCode, signInAsStaff } from '../support/sign-in';

const IRIS = 'iris.manager@demo.beside.test';
const WREN = 'wren.panel@demo.beside.test';
const DEMO_CONSULTATION = 'Appointments with mental health staff';

/** A London calendar day, `days` from today. */
function londonDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

/** At 320 px (the smallest phone) nothing runs off the side, and axe still finds nothing. */
async function fitsAt320(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 740 });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  await expectAccessible(page, `${what} at 320`);
  await page.setViewportSize(WIDE);
}

/** Both widths' screenshots of a page, also kept outside the artifacts for a person to look at (SHOTS_DIR). */
async function checkAndKeep(page: Page, name: string): Promise<void> {
  await checkAtBothWidths(page, 'consultations', name);
  const keep = process.env['SHOTS_DIR'];
  if (!keep) return;
  mkdirSync(keep, { recursive: true });
  for (const width of ['1280', '375']) copyFileSync(join(artifactsDir(), `consultations-${name}-${width}.png`), join(keep, `C-${name}-${width}.png`));
}

describe('consultations for managers in the browser (issue 18)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const tag = Date.now().toString(36);
  const title = `Our evening groups ${tag} (test)`;
  const quoteWords = `At [a place] the evening group ${tag} kept me going.`;
  let resultsPath = '';

  beforeAll(async () => {
    page = await newPage(chromium.browser, { viewport: WIDE });
    await signInAsStaff(page, DEMO.manager);
  });

  it('she writes a consultation, sees its questions as a woman would on her phone, and opens it', async () => {
    await page.goto('/consultations');
    await page.getByRole('heading', { level: 1, name: 'Consultations' }).waitFor();
    await page.getByRole('link', { name: DEMO_CONSULTATION, exact: true }).waitFor();
    await checkAndKeep(page, 'list');

    await followLink(page, 'New consultation');
    // Nothing sent without the essentials.
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose anonymous or named' }).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Privacy notice').fill('We keep your answers without your name. Staff see only counts of five or more.');
    await page.getByRole('radio', { name: 'Anonymous' }).check();
    // A later first day keeps it a draft while she writes the questions.
    await page.getByLabel('Opens on').fill(londonDay(7));
    await page.getByLabel('Closes on').fill(londonDay(30));
    await page.getByRole('checkbox', { name: /A public link/ }).check();
    await checkAndKeep(page, 'new');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('is saved. Now add its questions.').waitFor();
    await page.getByText('A draft: it opens by itself on').waitFor();
    await expect(page.locator('#public-address').textContent()).resolves.toMatch(/\/consultations\/public\/[\w-]+$/);

    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.locator('#question-0-words').fill('Which evening suits you best?');
    await page.locator('#question-0-choice-0-words').fill('Tuesday');
    await page.locator('#question-0-choice-1-words').fill('Thursday');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await chooseOption(page, 'question-1-kind', 'Her own words');
    await page.locator('#question-1-words').fill('What would make the group better for you?');
    await page.locator('#question-1-easy-read').fill('Tell us how to make the group better.');

    // The preview follows what she types, one question a screen, in a 375 px column.
    await page.getByRole('button', { name: 'Preview question 1' }).click();
    const frame = page.getByTestId('preview-frame');
    await frame.getByText('Which evening suits you best?').waitFor();
    await frame.getByText('Thursday').waitFor();
    expect((await frame.boundingBox())?.width).toBe(375);
    await page.getByRole('button', { name: 'Preview question 2' }).click();
    await frame.getByText('Tell us how to make the group better.').waitFor();
    await page.getByRole('radio', { name: 'Easy read' }).check();
    await frame.getByRole('heading', { name: 'Tell us how to make the group better.' }).waitFor();

    await page.getByRole('button', { name: 'Save the questions' }).click();
    await page.getByText('Saved 2 questions.').waitFor();
    await checkAndKeep(page, 'builder');
    await fitsAt320(page, 'the builder');

    await page.getByRole('button', { name: 'Open now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Open now' }).click();
    await page.getByText('Open: women can answer now.').waitFor();
    await page.getByRole('button', { name: 'Close now' }).waitFor();
  });

  it('she reads the demo consultation’s results: a chart with its figures, themes, reviewed quotes, a hidden cross-tab and the CSV', async () => {
    await page.goto('/consultations');
    await page.getByRole('link', { name: `Results of ${DEMO_CONSULTATION}` }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_CONSULTATION }).waitFor();
    resultsPath = new URL(page.url()).pathname;
    await page.getByRole('table', { name: 'Question 1: the figures' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Knowing what an appointment is for' }).waitFor();
    await page.getByText('Having someone with me made me brave enough').first().waitFor();
    // The quote still waiting for review is not among the results.
    await expect(page.getByText('Seeing the same person would mean I do not have to start again').count()).resolves.toBe(0);

    await chooseOption(page, 'cross-tab-rows', `1. Before an appointment, do you know what it is for?`);
    await chooseOption(page, 'cross-tab-columns', `2. How able do you feel to say what you think to staff? (0 is not at all, 10 is completely)`);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByText(/^Not shown:/).waitFor();

    const href = await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '');
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, href);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.body).toContain('Before an appointment, do you know what it is for?');
    await checkAndKeep(page, 'results');
    await fitsAt320(page, 'the results');
  });

  it('she proposes a quote with a place cut out; her own review is refused, and a second manager publishes it', async () => {
    await page.goto(resultsPath);
    await followLink(page, 'Themes and quotes');
    await page.getByRole('heading', { level: 2, name: 'Answers in her own words' }).waitFor();
    await page.getByRole('button', { name: 'Propose a quote from answer 1' }).click();
    await page.getByLabel('The quote as it would be published').fill(quoteWords);
    await page.getByRole('button', { name: 'Propose the quote' }).click();
    await page.getByText('Quote proposed. Someone else now reviews it').waitFor();
    await checkAndKeep(page, 'texts');

    const mine = page.getByRole('listitem').filter({ hasText: quoteWords });
    await mine.getByRole('button', { name: /^Review/ }).click();
    await page.getByLabel('What you checked').fill('No names or places left.');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /someone other|proposed it|own/i }).waitFor();
    await expectAccessible(page, 'her own review refused');

    const iris = await newPage(chromium.browser, { viewport: WIDE });
    await signInAsStaff(iris, IRIS);
    await iris.goto(page.url());
    const waiting = iris.getByRole('listitem').filter({ hasText: quoteWords });
    await waiting.getByRole('button', { name: /^Review/ }).click();
    await iris.getByLabel('What you checked').fill('Checked names, places, dates and rare details: the place is cut.');
    await iris.getByRole('button', { name: 'Publish', exact: true }).click();
    await iris.getByText('Published: the quote now shows with the results.').waitFor();
    await iris.goto(resultsPath);
    await iris.getByText(quoteWords).waitFor();
    await iris.context().close();
  });

  it('the panel reads the list and the results, never the builder or the answers in her own words', async () => {
    const wren = await newPage(chromium.browser, { viewport: WIDE });
    await givePassword(wren, WREN);
    await giveTwoStepCode(wren, WREN);
    await wren.waitForURL((url) => !url.pathname.includes('two-factor'));
    await wren.goto('/consultations');
    await wren.getByRole('link', { name: DEMO_CONSULTATION, exact: true }).waitFor();
    await expect(wren.getByRole('link', { name: 'New consultation' }).count()).resolves.toBe(0);
    await expect(wren.getByRole('link', { name: /Themes and quotes/ }).count()).resolves.toBe(0);
    await wren.getByRole('link', { name: DEMO_CONSULTATION, exact: true }).click();
    await wren.getByRole('heading', { level: 1, name: DEMO_CONSULTATION }).waitFor();
    await wren.getByRole('table', { name: 'Question 1: the figures' }).waitFor();
    await wren.goto(`${resultsPath.replace(/\/results$/, '')}/texts`);
    await wren.waitForURL((url) => !url.pathname.endsWith('/texts'));
    await wren.context().close();
  });

  it('the dashboard shows raising concerns after accompaniment beside the self-advocacy trend', async () => {
    await page.goto('/dashboard');
    const figure = page.getByRole('figure', { name: /Raising concerns after accompaniment/ });
    await figure.waitFor();
    await figure.getByRole('table').waitFor();
    await checkAndKeep(page, 'dashboard');
  });
});
