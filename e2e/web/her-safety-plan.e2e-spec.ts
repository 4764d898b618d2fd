// Her plan for staying safe, on her phone (issue 20, her side), in a real browser at 375 × 812:
// Amara writes a section of Nia's plan, does a risk assessment with her and records a sharing with her consent (through
// the API); then Nia reads her plan, writes a section of her own with the keyboard, asks for a change to Amara's words,
// downloads the plan as a PDF (a plain name, no service name), reads her risk assessment and who her information was
// shared with, and leaves with the quick exit. Each page: a neutral title, axe clean, it fits a 320 px phone, and a
// screenshot in /tmp/shots to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import type { SafetyPlanSectionView, SafetyPlanView } from '@beside/shared/contracts';
import { type ApiClient, artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newContext } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

const SHOTS = '/tmp/shots';
const PHONE = { width: 375, height: 812 };
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const CHECKLIST = 'beside_domestic_abuse';

/** axe on the page as it stands, that it fits a 375 and a 320 px screen, and a full-page screenshot of each to look at. */
async function check(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await expectAccessible(page, name);
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: PHONE.height });
    await page.waitForTimeout(200);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect({ name, width, fits: widths.scroll <= widths.view }).toEqual({ name, width, fits: true });
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `her-safety-plan-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
  // Her tab never names the service or what the page is about.
  const title = await page.title();
  expect({ name, title, revealing: /beside|safe|risk|shar/i.test(title) }).toEqual({ name, title, revealing: false });
}

async function firstBytes(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).subarray(0, 5).toString('latin1');
}

const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const lower = (words: string): string => words.toLowerCase();

describe('Her plan for staying safe, on her phone', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const staffWords = `Ana, my sister, then the helpline ${tag}`;
  const herWords = `"Have you fed the cat?" means call for help ${tag}`;
  const askedFor = `Only Ana, not the helpline ${tag}`;
  const notes = `We talked it through calmly ${tag}`;
  const sharedWith = `The GP surgery on Mill Road ${tag}`;
  let nia: ApiClient;
  let advocate: ApiClient;
  let journeyId = '';
  let staffSection: SafetyPlanSectionView;
  let herSection: SafetyPlanSectionView;
  let context: BrowserContext;
  let page: Page;
  const heading = (key: SafetyPlanSectionView['key']): string => ({ safe_places: 'Safe places', people_to_call: 'People I can call', emergency_numbers: 'Emergency numbers', code_words: 'Code words', what_to_take: 'What to take', at_home: 'At home', at_work: 'At work or college', online: 'Online and on my phone' })[key];
  const section = (key: SafetyPlanSectionView['key']): Locator => page.getByRole('article', { name: heading(key), exact: true });

  beforeAll(async () => {
    nia = await signIn(DEMO.serviceUser);
    journeyId = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    advocate = await signIn(DEMO.advocate);

    // A section the service writes (one she has not written), and an empty one for her to write.
    const plan: SafetyPlanView = (await advocate.get(`/api/journeys/${journeyId}/safety-plan`)).body;
    const staffKey = plan.sections.find((s) => s.key === 'people_to_call' && !s.byHer) ?? plan.sections.find((s) => !s.byHer);
    if (!staffKey) throw new Error('every section of her plan is hers: nothing for the service to write');
    const written = await advocate.put(`/api/journeys/${journeyId}/safety-plan/sections/${staffKey.key}`, { body: staffWords, version: staffKey.version });
    expect(written.status).toBe(200);
    const sections = (written.body as SafetyPlanView).sections;
    const staffWrote = sections.find((s) => s.key === staffKey.key);
    const empty = sections.find((s) => s.body === null);
    if (!staffWrote || !empty) throw new Error('no empty section left in her plan for her to write');
    [staffSection, herSection] = [staffWrote, empty];

    // A risk assessment done with her on the shipped checklist: "No" to each question, "Yes" to the first.
    const checklists = (await advocate.get('/api/risk-checklists')).body as { key: string; currentVersion: number; versions: { version: number; questions: { key: string }[] }[] }[];
    const checklist = checklists.find((c) => c.key === CHECKLIST);
    const questions = checklist?.versions.find((v) => v.version === checklist.currentVersion)?.questions ?? [];
    expect(questions.length).toBeGreaterThan(0);
    const answers = Object.fromEntries(questions.map((q, i) => [q.key, i === 0 ? 'yes' : 'no']));
    const assessed = await advocate.post(`/api/journeys/${journeyId}/risk-assessments`, { checklistKey: CHECKLIST, answers, notes });
    expect(assessed.status).toBe(201);

    // A sharing she agreed to.
    const shared = await advocate.post(`/api/journeys/${journeyId}/sharing-decisions`, {
      what: `Your address and phone number ${tag}`,
      sharedWith,
      sharedOn: today(),
      lawfulBasis: 'explicit_consent',
      withConsent: true,
    });
    expect(shared.status).toBe(201);

    context = await newContext(chromium.browser, { viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true });
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    page = await context.newPage();
    await signInAsHer(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows her plan: every section, the service’s words read-only with a way to ask for a change, and a calm note', async () => {
    await page.goto('/my/staying-safe');
    await page.getByRole('heading', { level: 1, name: 'Your plan for staying safe' }).waitFor();
    await section(staffSection.key).getByText(staffWords).waitFor();
    await expect(page.getByRole('article').count()).resolves.toBe(8);
    await page.getByText('Nothing in this plan is ever sent to you by text or email.').waitFor();
    await section(staffSection.key).getByText(/Written by .+ from the service/).waitFor();
    await expect(section(staffSection.key).getByRole('button', { name: `Ask for a change to ${lower(heading(staffSection.key))}` }).count()).resolves.toBe(1);
    await expect(section(staffSection.key).getByRole('textbox').count()).resolves.toBe(0);
    await expect(section(herSection.key).getByRole('button', { name: `Write this: ${lower(heading(herSection.key))}` }).count()).resolves.toBe(1);
    await check(page, 'plan');
  });

  it('lets her write a section of her own with the keyboard only', async () => {
    const write = section(herSection.key).getByRole('button', { name: `Write this: ${lower(heading(herSection.key))}` });
    await write.focus();
    await page.keyboard.press('Enter');
    const field = section(herSection.key).getByRole('textbox', { name: heading(herSection.key) });
    await field.waitFor();
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(herWords);
    await check(page, 'writing');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('Save'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await section(herSection.key).getByText('Saved.').waitFor();
    await section(herSection.key).getByText(herWords).waitFor();
    await expect(section(herSection.key).innerText()).resolves.toMatch(/Written by you/);
    await check(page, 'written');
    const saved: SafetyPlanView = (await nia.get('/api/my/safety-plan')).body;
    expect(saved.sections.find((s) => s.key === herSection.key)).toMatchObject({ body: herWords, byHer: true });
  });

  it('lets her ask for a change to what the service wrote, in her words, and shows her request waiting for a reply', async () => {
    const staff = section(staffSection.key);
    await staff.getByRole('button', { name: `Ask for a change to ${lower(heading(staffSection.key))}` }).click();
    const words = staff.getByRole('textbox', { name: 'What you would like it to say' });
    await expect(words.inputValue()).resolves.toBe(staffWords);
    await words.fill(askedFor);
    await staff.getByRole('textbox', { name: 'Why (your reason)' }).fill('I would rather not call the helpline');
    await check(page, 'asking-for-a-change');
    await staff.getByRole('button', { name: 'Send to my advocate' }).click();
    await staff.getByText('Your advocate has your request for a change.').waitFor();
    await staff.getByText(`“${askedFor}”`).waitFor();
    await staff.getByText('Waiting for a reply').waitFor();
    await staff.getByText(staffWords).waitFor();
    const mine = (await nia.get('/api/my/change-proposals')).body as { targetType: string; targetId: string; proposedValue: string; status: string }[];
    expect(mine.filter((p) => p.targetId === staffSection.id)).toEqual([expect.objectContaining({ targetType: 'safety_plan_section', proposedValue: askedFor, status: 'pending' })]);
    await check(page, 'change-asked');
  });

  it('downloads her plan as a PDF named only by the date', async () => {
    await page.getByText('It has a plain title and no service name on it').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download to print or keep' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(firstBytes(download)).resolves.toBe('%PDF-');
    await page.getByText('Your plan is downloaded.').waitFor();
  });

  it('shows her risk assessment in words, with her answers and the notes', async () => {
    await page.getByRole('navigation', { name: 'Staying safe' }).getByRole('link', { name: 'Your risk assessments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your risk assessments' }).waitFor();
    const newest = page.getByRole('article').first();
    await newest.getByText(notes).waitFor();
    await newest.getByText(/^Level: (Standard|Medium|High)$/).waitFor();
    await expect(newest.locator('dt').count()).resolves.toBeGreaterThan(3);
    await expect(newest.locator('dd').first().innerText()).resolves.toBe('Yes');
    await check(page, 'assessments');
  });

  it('shows who her information was shared with, with her consent and why', async () => {
    await page.getByRole('navigation', { name: 'Staying safe' }).getByRole('link', { name: 'Who your information was shared with' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who your information was shared with' }).waitFor();
    const shared = page.getByRole('article', { name: sharedWith });
    await shared.getByText(`Your address and phone number ${tag}`).waitFor();
    await shared.getByText('With your consent').waitFor();
    await check(page, 'shared');
  });

  it('leaves with the quick exit from her plan, and her plan is gone', async () => {
    await page.getByRole('navigation', { name: 'Staying safe' }).getByRole('link', { name: 'Your plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your plan for staying safe' }).waitFor();
    await page.getByText(herWords).waitFor();
    const origin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Leave this site' }).click();
    await page.waitForURL((url) => url.origin !== origin, { timeout: 15_000 });
    expect(page.url()).toBe(NEUTRAL);
    const fresh = await context.newPage();
    await fresh.goto(`${origin}/my/staying-safe`);
    await fresh.waitForURL(/\/sign-in/);
    expect(await fresh.locator('body').innerText()).not.toContain(herWords);
    const session = await fresh.evaluate(async () => (await fetch('/api/auth/session')).json());
    expect(session.signedIn).toBe(false);
    await fresh.close();
  });
});
