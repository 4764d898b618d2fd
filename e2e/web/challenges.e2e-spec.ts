// Challenges on her journey, as her advocate, in a real browser (issue 19). Amara opens an NHS complaint for Rosa and
// sees its deadline, drafts the complaint letter from its template, edits it and shares it with her, downloads it as a
// PDF, uploads a document for the challenge, moves it to its next stage (who spoke at the stage that ended) and records
// who spoke at the new one. Rosa's change to the letter comes back through "Changes she asked for" and shows as hers.
// A stale version is reloaded with a plain message. axe-core checks each screen at 1280 and 375 pixels; the screenshots
// go to /tmp/shots (and the artifacts) for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { type ApiClient, DEMO, artifactsDir, signIn } from '../support/api';
import { NARROW, WIDE, chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';
// A 1×1 PNG: a photo of a letter, as small as a photo can be.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function londonDate(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** axe at both widths, with a full-page screenshot of each in /tmp/shots and the artifacts. */
async function check(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${width}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect({ name, width, fits: widths.scroll <= widths.view }).toEqual({ name, width, fits: true });
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `challenges-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

async function firstBytes(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).subarray(0, 5).toString('latin1');
}

describe('Challenges on her journey, with her advocate', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const body = `North Riverside NHS Trust ${tag}`;
  const herWords = `I want an apology and a care plan I wrote with them ${tag}`;
  const lateBody = `Riverside Council ${tag}`;
  let page: Page;
  let rosa: ApiClient;
  let amaraApi: ApiClient;
  let journeyId = '';
  let challengeId = '';
  let letterId = '';

  const tab = () => page.getByRole('tabpanel');

  beforeAll(async () => {
    rosa = await signIn(DEMO.otherServiceUser);
    journeyId = (await rosa.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    amaraApi = await signIn(DEMO.advocate);
    // An older complaint whose time limit has passed: the list must say so in words.
    const late = await amaraApi.post(`/api/journeys/${journeyId}/challenges`, {
      typeKey: 'social_care_complaint',
      bodyChallenged: lateBody,
      herWords: `They stopped my support without telling me ${tag}`,
      eventOn: londonDate(-420),
      startedOn: londonDate(-5),
    });
    expect(late.status).toBe(201);
    page = await newPage(chromium.browser);
    await signInAsStaff(page, DEMO.advocate);
  });

  it('opens an NHS complaint for her and sees its stages and deadline', async () => {
    await page.goto(`/journeys/${journeyId}`);
    const tabs = page.getByRole('tablist', { name: 'Parts of her journey' });
    await tabs.getByRole('tab', { name: 'Challenges' }).waitFor();
    // Eleven tabs still fit one row on a laptop: no scroll arrows, Referrals in view.
    await expect(page.locator('.bs-journey-tabs .mat-mdc-tab-header-pagination-before').isVisible()).resolves.toBe(false);
    await tabs.getByRole('tab', { name: 'Challenges' }).click();
    await tab().getByRole('heading', { level: 2, name: 'Challenges' }).waitFor();
    const late = tab().getByRole('article').filter({ hasText: lateBody });
    await late.getByText('Missed', { exact: true }).waitFor();
    await late.getByText(/days overdue$/).waitFor();

    await tab().getByRole('button', { name: 'Open a challenge' }).click();
    await tab().getByRole('button', { name: 'Open the challenge' }).click();
    await page.getByRole('link', { name: 'Choose the kind of challenge' }).waitFor();
    await page.getByRole('link', { name: 'Enter the date of the event or decision' }).waitFor();
    await check(page, 'open-errors');

    await tab().getByRole('combobox', { name: 'Kind of challenge' }).click();
    await page.getByRole('option', { name: 'NHS complaint', exact: true }).click();
    await tab().getByText('NHS complaint, usually with: An NHS trust, GP practice or other NHS body').waitFor();
    await tab().getByText('Complaint made: 12 months from when she became aware of it').waitFor();
    await tab().getByLabel('Body challenged').fill(body);
    await tab().getByLabel('What she wants, in her words').fill(herWords);
    await tab().getByLabel('Date of the event or decision').fill(londonDate(-40));
    // The API's refusal goes next to its field and in the summary, in words.
    await tab().getByLabel('When the first stage began').fill(londonDate(-45));
    await tab().getByRole('button', { name: 'Open the challenge' }).click();
    await page.getByRole('link', { name: /^When the first stage began must not be before the event \(\d{1,2} \w+ \d{4}\)$/ }).waitFor();
    await check(page, 'open-refused');
    await tab().getByLabel('When the first stage began').fill(londonDate(0));
    await check(page, 'open-form');
    await tab().getByRole('button', { name: 'Open the challenge' }).click();

    await tab().getByRole('heading', { level: 2, name: `NHS complaint: ${body}` }).waitFor();
    challengeId = new URL(page.url()).searchParams.get('challenge') ?? '';
    expect(challengeId).toMatch(/^[0-9a-f-]{36}$/);
    await tab().getByText('The challenge is open at its first stage', { exact: false }).waitFor();
    await tab().getByText(/^Next deadline \(Complaint made\):/).waitFor();
    await expect(tab().getByText(/\d+ days left$/).count()).resolves.toBeGreaterThan(0);
    await tab().getByText(herWords).waitFor();
    await tab().getByRole('heading', { level: 3, name: 'Stages ahead' }).waitFor();
    await tab().getByText('Rule: Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, regulation 12', { exact: false }).first().waitFor();
    await check(page, 'challenge');
  });

  it('drafts the complaint letter from its template, edits it, shares it with her and downloads the PDF', async () => {
    await tab().getByRole('button', { name: 'Draft a letter' }).click();
    await page.getByRole('link', { name: 'Choose a template to draft from' }).waitFor();
    await tab().getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('group', { name: 'For this stage' }).getByRole('option', { name: 'NHS complaint' }).click();
    await tab().getByRole('button', { name: 'Draft a letter' }).click();
    await tab().getByText('“Complaint” is drafted below', { exact: false }).waitFor();
    const letter = tab().getByRole('article', { name: 'Complaint', exact: true });
    await letter.getByText('Draft', { exact: true }).waitFor();
    await letter.getByText(herWords, { exact: false }).waitFor();

    await letter.getByRole('button', { name: 'Edit the letter' }).click();
    await letter.getByRole('textbox', { name: 'Title' }).fill(`Complaint about my care ${tag}`);
    const text = letter.getByRole('textbox', { name: 'The letter' });
    await text.fill(`${await text.inputValue()}\n\n## What happened\n\n- I was not listened to ${tag}`);
    await letter.getByText(`I was not listened to ${tag}`).waitFor();
    await check(page, 'letter-editor');
    await letter.getByRole('button', { name: 'Save the letter' }).click();

    const saved = tab().getByRole('article', { name: `Complaint about my care ${tag}` });
    await saved.getByText('Every version (2)').waitFor();
    letterId = (await saved.getAttribute('aria-labelledby'))?.replace(/^letter-/, '') ?? '';
    expect(letterId).toMatch(/^[0-9a-f-]{36}$/);
    await saved.getByRole('button', { name: 'Share with her' }).click();
    await saved.getByText('Shared with her. She can read it in her portal', { exact: false }).waitFor();
    await saved.getByText('Shared with her', { exact: true }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), saved.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(firstBytes(download)).resolves.toBe('%PDF-');
    const [word] = await Promise.all([page.waitForEvent('download'), saved.getByRole('button', { name: 'Download Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.docx$/);
  });

  it('uploads a document for the challenge and sees it listed', async () => {
    const docs = tab().getByRole('heading', { level: 3, name: 'Documents for this challenge' });
    await docs.waitFor();
    await tab().getByRole('button', { name: 'Upload a document' }).click();
    await tab().getByRole('button', { name: 'Upload the document' }).click();
    await page.getByRole('link', { name: 'Choose a file to upload' }).waitFor();
    await tab().getByLabel('File', { exact: true }).setInputFiles({ name: 'letter-photo.png', mimeType: 'image/png', buffer: PNG });
    await tab().getByLabel('What it is').fill(`Letter from the trust ${tag}`);
    await tab().getByRole('radio', { name: /^Shared with her/ }).check();
    await check(page, 'upload-form');
    await tab().getByRole('button', { name: 'Upload the document' }).click();
    await tab().getByText(`“Letter from the trust ${tag}” has been uploaded and shared with her.`).waitFor();
    const item = tab().getByRole('article', { name: `Letter from the trust ${tag}` });
    await item.getByText(/Added by Amara/).waitFor();
    await item.getByText(/Shared with her/).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: `Download Letter from the trust ${tag}` }).click()]);
    expect(file.suggestedFilename()).toMatch(/^document-\d{4}-\d{2}-\d{2}\.png$/);
  });

  it('moves the challenge to its next stage with who spoke, and records who spoke at the new one', async () => {
    await tab().getByRole('button', { name: 'Move to the next stage' }).click();
    await expect(tab().getByRole('radio', { name: /^Complaint acknowledged/ }).isChecked()).resolves.toBe(true);
    await tab().getByRole('combobox', { name: 'Who spoke at the stage that ends' }).click();
    await page.getByRole('option', { name: 'Accompanied (she spoke)' }).click();
    await check(page, 'move-stage');
    await tab().getByRole('button', { name: 'Move to this stage' }).click();
    await tab().getByText('It has moved to its next stage.').waitFor();

    const stages = tab().getByRole('list', { name: 'Stages', exact: true });
    const first = stages.getByRole('listitem').filter({ hasText: 'Complaint made' });
    await first.getByText('Accompanied (she spoke)').waitFor();
    const current = stages.getByRole('listitem').filter({ hasText: 'Complaint acknowledged' });
    await current.getByText('Current stage').waitFor();
    // Three working days: near, said in words.
    await current.getByText('Near', { exact: true }).waitFor();
    await current.getByText(/— (\d+ days? left|due today)$/).waitFor();

    await current.getByRole('button', { name: 'Record who spoke at Complaint acknowledged' }).click();
    await current.getByRole('combobox', { name: 'Who spoke' }).click();
    await page.getByRole('option', { name: 'Prepared (she went alone)' }).click();
    await current.getByLabel('Note (optional)').fill(`She phoned them herself ${tag}`);
    await current.getByRole('button', { name: 'Save who spoke' }).click();
    await current.getByText('Prepared (she went alone)').waitFor();
    await current.getByText(`She phoned them herself ${tag}`).waitFor();
    await check(page, 'stages');
  });

  it('reloads a challenge someone else changed meanwhile, and says so', async () => {
    const now = (await amaraApi.get(`/api/challenges/${challengeId}`)).body;
    const patched = await amaraApi.patch(`/api/challenges/${challengeId}`, { version: now.version, herWords: `${herWords} (and soon) ` });
    expect(patched.status).toBe(200);
    await tab().getByRole('button', { name: 'Edit the body challenged and her words' }).click();
    await tab().getByRole('textbox', { name: 'Body challenged' }).fill(`${body} (Trust HQ)`);
    await tab().getByRole('button', { name: 'Save' }).click();
    await tab().getByText('Someone else changed this challenge, so it has been reloaded.', { exact: false }).waitFor();
    await tab().getByText(`${herWords} (and soon)`).waitFor();
  });

  it('shows her change to the letter in “Changes she asked for”, and once accepted it is marked as hers', async () => {
    const proposed = await rosa.post('/api/my/change-proposals', {
      targetType: 'letter',
      targetId: letterId,
      field: 'body',
      proposedValue: `Please say that I asked twice for a copy of my care plan ${tag}`,
      reason: 'It is what happened',
    });
    expect(proposed.status).toBe(201);
    await page.goto(`/journeys/${journeyId}?tab=changes`);
    const card = page.getByRole('article', { name: 'Letter: change the text' }).filter({ hasText: tag }).first();
    await card.getByText(`Please say that I asked twice for a copy of my care plan ${tag}`).waitFor();
    await check(page, 'her-change');
    await card.getByRole('button', { name: 'Accept the change' }).click();
    await card.getByText('Accepted. The record now says what she asked for.').waitFor();

    await page.goto(`/journeys/${journeyId}?tab=challenges&challenge=${challengeId}`);
    const letter = tab().getByRole('article', { name: `Complaint about my care ${tag}` });
    await letter.getByText(`Please say that I asked twice for a copy of my care plan ${tag}`).waitFor();
    await letter.getByText('Every version (3)').click();
    await letter.getByText('Her change', { exact: true }).waitFor();

    // Sent: final, asked once more first.
    await letter.getByRole('button', { name: 'Record as sent' }).click();
    await letter.getByRole('form', { name: /as sent$/ }).getByRole('button', { name: 'Record as sent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record this letter as sent?' });
    await dialog.getByRole('button', { name: 'Record as sent' }).click();
    await letter.getByText('Recorded as sent. The letter is kept as it was sent.').waitFor();
    await letter.getByText(/^Sent on \d{1,2} \w+ \d{4} \(version 3\)\.$/).waitFor();
    await expect(letter.getByRole('button', { name: 'Edit the letter' }).count()).resolves.toBe(0);
    await check(page, 'letter-sent');
  });

  it('deletes a document with a reason, kept with the record', async () => {
    const item = tab().getByRole('article', { name: `Letter from the trust ${tag}` });
    await item.getByRole('button', { name: `Delete Letter from the trust ${tag}` }).click();
    await item.getByRole('button', { name: 'Delete the document' }).click();
    await item.getByText('Say why it is deleted').waitFor();
    await item.getByRole('textbox', { name: 'Why it is deleted' }).fill('A clearer photo is coming');
    await item.getByRole('button', { name: 'Delete the document' }).click();
    await page.getByRole('dialog', { name: 'Delete this document?' }).getByRole('button', { name: 'Delete the document' }).click();
    await tab().getByText(`“Letter from the trust ${tag}” has been deleted. The record and your reason are kept.`).waitFor();
    await tab().getByText('Deleted documents (1)').click();
    await tab().getByText('Reason: A clearer photo is coming', { exact: false }).waitFor();
  });

  it('records the outcome of the late complaint, and it ends', async () => {
    await tab().getByRole('link', { name: 'Back to all her challenges' }).click();
    await tab().getByRole('link', { name: `Adult social care complaint: ${lateBody}` }).click();
    await tab().getByRole('heading', { level: 2, name: `Adult social care complaint: ${lateBody}` }).waitFor();
    await tab().getByRole('button', { name: 'Record the outcome' }).click();
    await tab().getByRole('radio', { name: 'Resolved' }).check();
    await tab().getByRole('textbox', { name: 'Note (optional)' }).fill('They restarted her support and apologised');
    await check(page, 'outcome-form');
    await tab().getByRole('button', { name: 'Record the outcome' }).click();
    await tab().getByText('The outcome is recorded and the challenge has ended.').waitFor();
    await tab().locator('.bs-challenge-meta').getByText('Ended', { exact: true }).waitFor();
    await tab().getByText('They restarted her support and apologised').waitFor();
    await expect(tab().getByRole('button', { name: 'Move to the next stage' }).count()).resolves.toBe(0);
  });

  it('lists her challenges with near and missed deadlines in words, her statement and her documents', async () => {
    await tab().getByRole('link', { name: 'Back to all her challenges' }).click();
    await tab().getByRole('heading', { level: 2, name: 'Challenges' }).waitFor();
    await tab().getByText(/a deadline within 14 days or missed/).waitFor();
    const ours = tab().getByRole('article').filter({ hasText: body });
    await ours.getByText('Near', { exact: true }).waitFor();
    await tab().getByRole('heading', { level: 3, name: 'Her statement for professionals' }).waitFor();
    await tab().getByRole('heading', { level: 3, name: 'Documents', exact: true }).waitFor();
    await tab().getByText('Deleted documents (1)').waitFor();
    await check(page, 'tab');
  });
});
