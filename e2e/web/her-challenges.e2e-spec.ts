// Her challenges in her portal (issue 19), on a 375 px phone in a real browser. Her advocate opens an NHS complaint
// with her over the API, records the first stage (she spoke, with her advocate beside her), drafts the complaint
// letter and shares it. Then, as her: she sees the challenge in plain words with its next date, reads the letter and
// asks for a change in her own words, downloads it as a PDF, adds a photo of a letter she received and sees it
// listed, and writes "About me" for professionals, chooses what it goes with and downloads it as one page.
// axe-core checks every screen; screenshots go to /tmp/shots for a person to look at.
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

const PHONE = { width: 375, height: 812 };
const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';
// A 1×1 PNG: a photo as small as a photo can be.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function londonDate(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu', expanded: false }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Menu', expanded: false }).waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `her-challenges-${name}.png`), fullPage: true });
}

/** Nothing is wider than the phone: on a mobile viewport the page would otherwise zoom out to fit it. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const wider = await page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`);
  }, PHONE.width);
  expect({ what, wider }).toEqual({ what, wider: [] });
}

async function firstBytes(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).subarray(0, 5).toString('latin1');
}

describe('Her challenges, letters, documents and About me', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const body = `North Riverside NHS Trust ${tag}`;
  const herWords = `An apology, and a care plan that I wrote with them ${tag}`;
  let page: Page;
  let advocate: ApiClient;
  let letterId = '';

  beforeAll(async () => {
    const nia = await signIn(DEMO.serviceUser);
    const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    advocate = await signIn(DEMO.advocate);
    const opened = await advocate.post(`/api/journeys/${journeyId}/challenges`, {
      typeKey: 'nhs_complaint',
      bodyChallenged: body,
      herWords,
      eventOn: londonDate(-40),
      startedOn: londonDate(-10),
    });
    expect(opened.status).toBe(201);
    // The complaint was made; now it waits for the trust to acknowledge it (3 working days): a date coming soon.
    const moved = await advocate.post(`/api/challenges/${opened.body.id}/stages`, {
      version: opened.body.version,
      stageKey: 'acknowledgement',
      on: londonDate(0),
      supportLevel: 'accompanied',
    });
    expect(moved.status).toBe(201);
    const drafted = await advocate.post(`/api/challenges/${opened.body.id}/letters`, { templateKey: 'nhs_complaint' });
    expect(drafted.status).toBe(201);
    const shared = await advocate.post(`/api/letters/${drafted.body.id}/share`, { version: drafted.body.version });
    expect(shared.status).toBe(201);
    letterId = drafted.body.id;

    page = await newPage(chromium.browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await signInAsHer(page);
  });

  it('sees her challenge in plain words: what she wants, where it is, the next date, who spoke, what comes next', async () => {
    await goTo(page, 'Challenges');
    await page.getByRole('heading', { level: 1, name: 'Your challenges' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: body });
    await card.getByRole('heading', { level: 2, name: `NHS complaint: ${body}` }).waitFor();
    await card.getByText(herWords).waitFor();
    await card.getByText('Complaint acknowledged', { exact: true }).waitFor();
    await card.getByRole('heading', { level: 3, name: 'Next date' }).waitFor();
    await card.getByText(/^By \w+day,? \d{1,2} \w+ \d{4}\./).first().waitFor();
    await card.getByText('What has happened (1)').click();
    await card.getByText('You spoke, with your advocate beside you').waitFor();
    await card.getByText(/What could come next/).click();
    await card.getByText('Parliamentary and Health Service Ombudsman').waitFor();
    await expectNoSidewaysScroll(page, 'challenges');
    await expectAccessible(page, 'her challenges');
    await shot(page, 'list');
  });

  it('reads the letter, asks for a change in her own words, and downloads it as a PDF', async () => {
    const card = page.getByRole('article').filter({ hasText: body });
    await card.getByRole('link', { name: 'Complaint' }).click();
    await page.waitForURL(new RegExp(`/my/challenges/letters/${letterId}$`));
    await page.getByRole('heading', { level: 1, name: 'Complaint' }).waitFor();
    await page.getByText('Your advocate shared this letter with you before it is sent.', { exact: false }).waitFor();
    await page.getByText(herWords, { exact: false }).first().waitFor();
    // The letter's own heading reads as a heading below the page's, never as raw Markdown.
    await page.getByRole('heading', { level: 3, name: 'Complaint' }).waitFor();
    await expect(page.getByText('## Complaint').count()).resolves.toBe(0);
    await expectNoSidewaysScroll(page, 'letter');
    await expectAccessible(page, 'her letter');
    await shot(page, 'letter');

    await page.getByRole('button', { name: 'Ask for a change' }).click();
    const form = page.getByRole('region', { name: 'Ask for a change' });
    await form.getByRole('button', { name: 'Send to my advocate' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByText('Tell your advocate why').waitFor();
    await expectAccessible(page, 'asking for a change, with a mistake');
    const words = form.getByLabel('How you would like the letter to read');
    await words.fill(`${await words.inputValue()}\n\nI would also like to meet the ward manager.`);
    await form.getByLabel('Why (your reason)').fill('Meeting them matters more to me than a letter back.');
    await shot(page, 'letter-change');
    await form.getByRole('button', { name: 'Send to my advocate' }).click();
    await page.getByText('Your advocate has your request.', { exact: false }).waitFor();
    const asked = page.getByRole('region', { name: 'Changes you asked for' });
    await asked.getByText('Waiting for a reply').waitFor();
    await asked.getByText('“Meeting them matters more to me than a letter back.”', { exact: false }).waitFor();
    await expectAccessible(page, 'after asking for a change');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(download.suggestedFilename().toLowerCase()).not.toContain('beside');
    await expect(firstBytes(download)).resolves.toBe('%PDF-');

    const mine = (await (await signIn(DEMO.serviceUser)).get('/api/my/change-proposals')).body as { targetType: string; targetId: string; field: string; status: string }[];
    expect(mine.filter((p) => p.targetType === 'letter' && p.targetId === letterId)).toEqual([expect.objectContaining({ field: 'body', status: 'pending' })]);
  });

  it('adds a photo of a letter she received from her phone, and sees it listed', async () => {
    await page.getByRole('link', { name: 'Back to your challenges' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your challenges' }).waitFor();
    const section = page.getByRole('region', { name: 'Your documents' });
    await section.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByText('Choose the file to send, or take a photo').waitFor();
    await expectAccessible(page, 'adding a document, with mistakes');

    await section.getByLabel('Choose a file or take a photo').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await section.getByLabel('What is it?').fill(`Letter from the trust ${tag}`);
    await section.getByRole('button', { name: 'Send' }).click();
    await section.getByText(`Sent. “Letter from the trust ${tag}” is in your documents`, { exact: false }).waitFor();
    const item = section.getByRole('listitem').filter({ hasText: `Letter from the trust ${tag}` });
    await item.getByText('You added this', { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^document-\d{4}-\d{2}-\d{2}\.png$/);
    await expectNoSidewaysScroll(page, 'documents');
    await expectAccessible(page, 'her documents');
    await shot(page, 'documents');
  });

  it('writes About me for professionals, chooses what it goes with, and downloads it as one page', async () => {
    await goTo(page, 'About me');
    await page.getByRole('heading', { level: 1, name: 'About me' }).waitFor();
    await expectAccessible(page, 'about me, empty');
    await page.getByLabel('What you want professionals to know (optional)').fill(`Please speak to me, not about me ${tag}`);
    await page.getByRole('group', { name: 'How to give you information' }).getByText('Easy read').click();
    await page.getByRole('group', { name: 'Support you need to communicate' }).getByText('A quiet space').click();
    await page.getByLabel('An interpreter for a spoken language (optional)').fill('Polish');
    await page.getByLabel('What helps you in a crisis (optional)').fill('Call my sister first. Speak slowly.');
    await page.getByRole('button', { name: 'Save About me' }).click();
    await page.getByText('Saved. Professionals see this only where you choose below.').waitFor();
    await page.getByText(/^Last saved on/).waitFor();

    const sharing = page.getByRole('region', { name: 'Who it goes with' });
    await sharing.getByRole('group', { name: 'Challenges' }).getByText(`NHS complaint: ${body}`).click();
    await sharing.getByRole('button', { name: 'Save who it goes with' }).click();
    await sharing.getByText('Saved. The professionals there can read “About me”.').waitFor();
    await expectNoSidewaysScroll(page, 'about me');
    await expectAccessible(page, 'about me, saved');
    await shot(page, 'about-me');

    const statement = (await (await signIn(DEMO.serviceUser)).get('/api/my/statement')).body;
    expect(statement).toMatchObject({ formats: ['easy_read'], support: ['quiet_space'], interpreterLanguage: 'Polish', crisis: 'Call my sister first. Speak slowly.' });
    expect(statement.sharedWith.challengeIds.length).toBeGreaterThanOrEqual(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as one page (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^about-me-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(firstBytes(download)).resolves.toBe('%PDF-');
  });
});
