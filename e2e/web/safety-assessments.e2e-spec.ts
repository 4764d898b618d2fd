// Risk assessments and her safety plan on the journey page, in a real browser (issue 20). Amara does the generic
// domestic-abuse checklist with Rosa: sent with a required question unanswered, the question is named at the top and
// beside it; answered, the score passes the MARAC threshold and the page prompts a referral and a concern. Then she
// writes two sections of Rosa's safety plan with her, sets its review date and downloads the plan as a PDF.
// axe-core checks each state at 1280 and 375 pixels wide; screenshots go to the artifacts and to /tmp/shots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, NARROW, newPage, WIDE } from '../support/browser';
import { errorSummary } from '../support/pages';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = '/tmp/shots';
const FEAR = 'Are you frightened of the person harming you, or of what they might do?';
/** Her answers past the MARAC threshold (20): 3 + 3 + 2 + 4 + 4 + 4 + 2 = 22; the other required one "No". */
const YES = ['fear', 'escalation', 'injuries', 'threats_to_kill', 'strangulation', 'weapons', 'separation'];
const NO = ['children'];

/** axe at a laptop's width and a phone's, with a full-page screenshot of each to look at. */
async function check(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${width}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect({ name, width, fits: widths.scroll <= widths.view }).toEqual({ name, width, fits: true });
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `safety-assessments-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

async function firstBytes(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).subarray(0, 5).toString('latin1');
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Risk assessments and her safety plan on her journey', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  let page: Page;
  let journeyId = '';
  const assessments = (): Locator => page.getByRole('region', { name: 'Risk assessments' });
  const plan = (): Locator => page.getByRole('region', { name: 'Her safety plan' });
  const answer = (question: string, option: string): Promise<void> => page.locator(`#risk-q-${question}-${option}-input`).check();

  beforeAll(async () => {
    const rosa = await signIn(DEMO.otherServiceUser);
    journeyId = (await rosa.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    page = await newPage(chromium.browser);
    await signInAsStaff(page, DEMO.advocate);
  });

  it('names a required question left unanswered, then saves an assessment past the MARAC threshold and prompts a referral and a concern', async () => {
    await page.goto(`/journeys/${journeyId}?tab=safety`);
    await assessments().getByRole('heading', { level: 2, name: 'Risk assessments' }).waitFor();
    await assessments().getByText('No risk assessment has been done with her on this journey yet.').waitFor();
    await assessments().getByRole('button', { name: 'Do an assessment with her' }).click();
    await page.getByRole('heading', { level: 3, name: 'Do an assessment with her' }).waitFor();
    await page.getByRole('group', { name: new RegExp(FEAR.replace(/[?]/g, '\\?')) }).waitFor();

    for (const key of YES.filter((k) => k !== 'fear')) await answer(key, 'yes');
    for (const key of NO) await answer(key, 'no');
    await assessments().getByRole('button', { name: 'Save the assessment' }).click();
    const summary = errorSummary(page);
    await summary.getByRole('link', { name: `Choose her answer: ${FEAR}` }).waitFor();
    await expect(summary.getByRole('link').count()).resolves.toBe(1);
    await page.locator('#risk-q-fear-error').getByText('Choose her answer').waitFor();
    await check(page, 'unanswered');
    await summary.getByRole('link', { name: `Choose her answer: ${FEAR}` }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('risk-q-fear-no-input');

    await answer('fear', 'yes');
    await page.getByLabel('Notes (optional)').fill(`She was calm and clear about what she wants ${tag}`);
    await assessments().getByRole('button', { name: 'Save the assessment' }).click();
    await assessments().getByText('The score reached the MARAC threshold. Consider a referral and raising a concern.', { exact: false }).waitFor();
    await assessments().getByRole('link', { name: 'Start a MARAC referral' }).waitFor();
    await assessments().getByRole('link', { name: 'Raise a concern' }).waitFor();
    const item = assessments().getByRole('article').first();
    await item.getByText('MARAC referral recommended').waitFor();
    await item.getByText('High', { exact: true }).waitFor();
    await expect(assessments().getByRole('table', { name: /Risk scores by date/ }).getByRole('row').count()).resolves.toBe(2);

    await item.getByRole('button', { name: 'See her answers' }).click();
    const answers = item.getByRole('table', { name: 'Her answers and their weight in the score' });
    await answers.getByRole('row', { name: /Have they ever threatened to kill you.*Yes 4/ }).waitFor();
    await check(page, 'marac-prompt');
  });

  it('writes two sections of her safety plan with her, sets its review date and downloads it as a PDF', async () => {
    await plan().getByRole('heading', { level: 2, name: 'Her safety plan' }).waitFor();
    const sections: [string, string, string][] = [
      ['Safe places', 'safe_places', `My sister's flat on Mill Road ${tag}`],
      ['People I can call', 'people_to_call', `Jo next door, who will call the police ${tag}`],
    ];
    for (const [heading, key, words] of sections) {
      const card = plan().getByRole('article', { name: heading });
      await card.getByText('Nothing written yet. Write it with her.').waitFor();
      await card.getByRole('button', { name: `Write ${heading.toLowerCase()}` }).click();
      await card.locator(`#plan-section-${key}`).fill(words);
      if (key === 'safe_places') await check(page, 'plan-writing');
      await card.getByRole('button', { name: `Save ${heading.toLowerCase()}` }).click();
      await card.getByText(words).waitFor();
      await expect(card.innerText()).resolves.toMatch(/Written by Amara Hughes on /);
    }

    const reviewOn = daysFromToday(28);
    await plan().getByRole('button', { name: 'Set a review date' }).click();
    await page.locator('#plan-review-on').fill(reviewOn);
    await plan().getByRole('button', { name: 'Save the review date' }).click();
    await plan().getByText('To look at again with her on', { exact: false }).waitFor();
    await plan().getByRole('button', { name: 'Change the review date' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), plan().getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).not.toMatch(/beside|safety|riverside/i);
    await expect(firstBytes(download)).resolves.toBe('%PDF-');
    await check(page, 'plan');
  });

  it('follows "Start a MARAC referral" to the referrals on the same tab', async () => {
    await assessments().getByRole('link', { name: 'Start a MARAC referral' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'safety' && url.searchParams.get('refer') === 'marac');
    await page.goto(`/journeys/${journeyId}?tab=safety`);
    await assessments().getByRole('article').first().waitFor();
  });

  it('lets a manager keep the assessment from her portal with a reason, once confirmed', async () => {
    const maya = await newPage(chromium.browser);
    await signInAsStaff(maya, DEMO.manager);
    await maya.goto(`/journeys/${journeyId}?tab=safety`);
    const item = maya.getByRole('region', { name: 'Risk assessments' }).getByRole('article').first();
    await item.getByRole('button', { name: 'Not safe to show her' }).click();
    const reason = `He looks at her phone ${tag}`;
    await item.getByLabel('Why it is not safe to show her now').fill(reason);
    await item.getByRole('button', { name: 'Keep it from her' }).click();
    const dialog = maya.getByRole('dialog', { name: 'Keep this assessment from her?' });
    await dialog.getByRole('button', { name: 'Keep it from her' }).click();
    await item.getByText(`Kept from her portal: ${reason}, review by`, { exact: false }).waitFor();
    await item.getByText('It is kept from her portal. The decision is recorded.').waitFor();
    await check(maya, 'kept-from-her');
    await maya.context().close();
  });
});
