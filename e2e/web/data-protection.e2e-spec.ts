// Her requests about her information and the breach register (issue 21), in a real browser. Nia, on a 375 px phone,
// asks for a correction in her own words and sees the date to expect the answer by. Maya, the demo manager, sees the
// request with its one-month clock, tries to decide without a reason (the form names it first), decides with one and
// records the answer; Nia then reads the answer in her portal. Maya records a request Rosa sent by letter, finding her
// by name. Maya records a breach, sees its 72-hour clock, assesses
// the risk, records both decisions about telling and an action taken, and closes it after a confirmation. On Retention
// she shortens the period of closed journeys (0 months refused at the field first) and sees the review queue, and
// places a legal hold on a journey (a reason required) and lifts it. axe-core checks every screen; screenshots go to
// /tmp/shots for a person to look at. The period is put back afterwards for the suites that follow.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage, WIDE } from '../support/browser';
import { chooseOption, errorSummary } from '../support/pages';
import { signInAsHer, signInAsStaff } from '../support/sign-in';

const PHONE = { width: 375, height: 812 };
const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `data-protection-${name}.png`), fullPage: true });
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

/** Her portal's menu on a phone: open it, follow `name`. */
async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu', expanded: false }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Menu', expanded: false }).waitFor();
}

describe('her requests about her information, and the breach register (issue 21)', () => {
  const chromium = chromiumForSuite();
  const tag = Date.now().toString(36);
  const herWords = `My date of birth on my record is wrong: it should be 3 May 1990 (${tag})`;
  const reason = `Her date of birth was typed wrongly at intake; corrected on her record (${tag}).`;
  const answer = `Thank you for telling us. We have corrected your date of birth to 3 May 1990 (${tag}).`;
  const breachSummary = `A letter about an appointment went to the wrong address (${tag})`;
  let nia: Page;
  let maya: Page;
  let requestId = '';
  let breachHeading = '';

  beforeAll(async () => {
    nia = await newPage(chromium.browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    maya = await newPage(chromium.browser, { viewport: WIDE });
  });

  afterAll(async () => {
    const manager = await signIn(DEMO.manager);
    const rules = (await manager.get('/api/retention-rules')).body as { recordType: string; version: number; defaultMonths: number; reason: string }[];
    const rule = rules.find((r) => r.recordType === 'closed_journey');
    if (rule) await manager.put('/api/retention-rules/closed_journey', { version: rule.version, keepMonths: rule.defaultMonths, reason: 'Back to the default after the browser test.' });
  });

  it('Nia asks for a correction from her phone and sees when to expect the answer', async () => {
    await signInAsHer(nia);
    await goTo(nia, 'Your information');
    await nia.getByRole('heading', { level: 1, name: 'Your information' }).waitFor();
    await expect(nia.title()).resolves.toMatch(/^My information/);
    await nia.getByRole('link', { name: 'Download a page you can read or print' }).waitFor();
    await expectNoSidewaysScroll(nia, 'her requests');
    await expectAccessible(nia, 'her requests');
    await shot(nia, 'her-page');

    await nia.getByRole('button', { name: 'Send your request' }).click();
    await errorSummary(nia).getByRole('link', { name: 'Choose what you would like us to do' }).waitFor();
    await errorSummary(nia).getByRole('link', { name: 'Tell us in your own words what you would like' }).waitFor();
    await expectAccessible(nia, 'her request with mistakes');
    await shot(nia, 'her-form-errors');

    await nia.getByRole('radio', { name: /Correct something that is wrong/ }).check();
    await nia.getByLabel('Your words').fill(herWords);
    await nia.getByRole('button', { name: 'Send your request' }).click();
    await nia.getByText('Thank you. We have your request.').waitFor();
    await nia.getByText(/You will get an answer by \d{1,2} \w+ \d{4}\./).first().waitFor();
    const card = nia.getByRole('article').filter({ hasText: herWords });
    await card.getByRole('heading', { level: 3, name: 'Correct something that is wrong' }).waitFor();
    await card.getByText('We have your request').waitFor();
    await expectNoSidewaysScroll(nia, 'her request sent');
    await expectAccessible(nia, 'her request sent');
    await shot(nia, 'her-request-sent');

    const manager = await signIn(DEMO.manager);
    const open = (await manager.get('/api/data-requests')).body as { id: string; details: string }[];
    requestId = open.find((r) => r.details === herWords)?.id ?? '';
    expect(requestId).not.toBe('');
  });

  it('Maya sees it with its clock, must give a reason to decide, decides and records the answer', async () => {
    await signInAsStaff(maya, DEMO.manager);
    await maya.goto('/data-protection');
    await maya.getByRole('heading', { level: 1, name: 'Requests from the women' }).waitFor();
    const link = maya.locator(`a[href="/data-protection/requests/${requestId}"]`);
    const row = maya.getByRole('row').filter({ has: link });
    await row.getByText('Rectification (correct something)').waitFor();
    await row.getByText(/^(3[01]|2\d) days left$/).waitFor();
    await expectAccessible(maya, 'requests');
    await shot(maya, 'requests');

    await link.click();
    await maya.getByRole('heading', { level: 1, name: /: Rectification \(correct something\)$/ }).waitFor();
    await maya.getByText(herWords).waitFor();
    await maya.getByText(/^\d+ days left$/).waitFor();
    await expectAccessible(maya, 'one request');
    await shot(maya, 'request');

    const decide = maya.getByRole('region', { name: 'Decide' });
    await decide.getByRole('radio', { name: 'Granted', exact: true }).check();
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await errorSummary(maya).getByRole('link', { name: 'Give the reason for the decision: she is told it with the answer' }).waitFor();
    await expectAccessible(maya, 'decision without a reason');
    await shot(maya, 'decision-needs-reason');

    await decide.getByLabel('Reason').fill(reason);
    await decide.getByRole('checkbox', { name: /A safeguarding record kept/ }).check();
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await maya.getByText('The decision is recorded. Now send her the answer, and record it here.').waitFor();
    const decided = maya.getByRole('region', { name: 'Decision' });
    await decided.getByText(reason).waitFor();
    await decided.getByText(/A safeguarding record kept/).waitFor();

    const send = maya.getByRole('region', { name: 'Record the answer sent to her' });
    await send.getByRole('textbox', { name: 'The answer' }).fill(answer);
    await send.getByRole('button', { name: 'Record the answer' }).click();
    await maya.getByText('The answer is recorded and the clock has stopped. She can read it in her portal.').waitFor();
    await maya.getByText(/Stopped: answered on \d{1,2} \w+ \d{4}/).waitFor();
    await expectAccessible(maya, 'request answered');
    await shot(maya, 'request-answered');
  });

  it('Nia reads the answer in her portal', async () => {
    await nia.reload();
    const card = nia.getByRole('article').filter({ hasText: herWords });
    await card.getByText('Answered', { exact: true }).waitFor();
    await card.getByRole('heading', { level: 4, name: /^Our answer, sent on / }).waitFor();
    await card.getByText(answer).waitFor();
    await expectNoSidewaysScroll(nia, 'her answer');
    await expectAccessible(nia, 'her answer');
    await shot(nia, 'her-answer');
  });

  it('Maya records a request that came by letter, finding the woman by name', async () => {
    await maya.getByRole('link', { name: 'All requests' }).click();
    await maya.getByRole('link', { name: 'Record a request made by letter, in person, by email or phone' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Record a request' }).waitFor();
    await maya.getByRole('button', { name: 'Record the request' }).click();
    await errorSummary(maya).getByRole('link', { name: 'Find her and choose her name' }).waitFor();
    await errorSummary(maya).getByRole('link', { name: 'Choose what she asks for' }).waitFor();
    await expectAccessible(maya, 'record a request with mistakes');
    await shot(maya, 'record-request-errors');

    await maya.getByLabel('Her name, or part of it').fill('Rosa');
    await maya.getByRole('button', { name: 'Find her' }).click();
    await maya.getByRole('radio', { name: /^Rosa/ }).first().check();
    await chooseOption(maya, 'request-kind', 'Access (a copy of her data)');
    await chooseOption(maya, 'request-channel', 'Letter');
    await maya.getByLabel('What she asked').fill(`A copy of everything you hold about me, by post please (${tag}).`);
    await maya.getByRole('button', { name: 'Record the request' }).click();
    await maya.getByRole('heading', { level: 1, name: /^Rosa.*: Access \(a copy of her data\)$/ }).waitFor();
    await maya.getByText(/^Letter, recorded by /).waitFor();
    await maya.getByText(/^(3[01]|2\d) days left$/).waitFor();
    await expectAccessible(maya, 'request recorded');
    await shot(maya, 'request-recorded');
  });

  it('Maya records a breach and sees its 72-hour clock', async () => {
    await maya.getByRole('navigation', { name: 'Data protection' }).getByRole('link', { name: 'Breaches' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Breach register' }).waitFor();
    await expectAccessible(maya, 'breach register');
    await maya.getByRole('link', { name: 'Record a breach' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Record a breach' }).waitFor();
    await maya.getByRole('button', { name: 'Record the breach' }).click();
    await errorSummary(maya).getByRole('link', { name: 'Say what happened, without names' }).waitFor();
    await errorSummary(maya).getByRole('link', { name: /Enter how many people are affected/ }).waitFor();
    await expectAccessible(maya, 'breach with mistakes');
    await shot(maya, 'breach-form-errors');

    await maya.getByLabel('What happened').fill(breachSummary);
    await maya.getByLabel('Records affected').fill('One appointment letter');
    await maya.getByLabel('People affected').fill('1');
    await maya.getByRole('button', { name: 'Record the breach' }).click();
    const heading = maya.getByRole('heading', { level: 1, name: /^Breach B-\d{4}-\d{4}$/ });
    await heading.waitFor();
    breachHeading = (await heading.textContent())?.trim() ?? '';
    await maya.getByText(/^(7[012]|6\d) hours left$/).waitFor();
    await expectAccessible(maya, 'one breach');
    await shot(maya, 'breach');
  });

  it('Maya assesses the risk, records both decisions and an action, and closes the breach after a confirmation', async () => {
    const assessment = maya.getByRole('region', { name: 'Risk assessment' });
    await assessment.getByRole('radio', { name: /A risk to people's rights and freedoms/ }).check();
    await assessment.getByLabel('Why').fill('Her health appointment was seen by a neighbour.');
    await assessment.getByRole('button', { name: 'Save the assessment' }).click();
    await maya.getByText('The assessment is saved.').waitFor();

    const ico: Locator = maya.getByRole('region', { name: 'Tell the Information Commissioner?' });
    await ico.getByRole('radio', { name: 'Yes, tell the Commissioner' }).check();
    await ico.getByLabel('Reason').fill('Health information about one woman: a risk to her.');
    await ico.getByLabel("The Commissioner's reference (if given)").fill(`ICO-${tag}`);
    await ico.getByRole('button', { name: 'Record the decision' }).click();
    await ico.getByText(/^To tell, not yet told, by /).waitFor();

    const women = maya.getByRole('region', { name: 'Tell the women affected?' });
    await women.getByRole('radio', { name: 'No, do not tell' }).check();
    await women.getByLabel('Reason').fill('Not a high risk: her advocate told her in person the same day.');
    await women.getByRole('button', { name: 'Record the decision' }).click();
    await women.getByText(/^Not to tell, by /).waitFor();

    const actions = maya.getByRole('region', { name: 'Actions taken' });
    await actions.getByLabel('Action taken').fill('Asked the neighbour to return the letter unopened.');
    await actions.getByRole('button', { name: 'Add the action' }).click();
    await actions.getByText('Asked the neighbour to return the letter unopened.').waitFor();
    await expectAccessible(maya, 'breach with decisions');
    await shot(maya, 'breach-decided');

    await maya.getByRole('button', { name: 'Close the breach' }).click();
    const dialog = maya.getByRole('dialog');
    await dialog.getByRole('heading', { name: /^Close B-\d{4}-\d{4}\?$/ }).waitFor();
    await expectAccessible(maya, 'closing confirmation');
    await dialog.getByRole('button', { name: 'Close the breach' }).click();
    await maya.getByText(/^B-\d{4}-\d{4} is closed\.$/).waitFor();
    await maya.getByText(/^Closed on /).waitFor();

    await maya.getByRole('link', { name: 'All breaches' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Breach register' }).waitFor();
    const row = maya.getByRole('row').filter({ hasText: breachSummary });
    await row.getByRole('link', { name: breachHeading.replace(/^Breach /, '') }).waitFor();
    await row.getByText('Closed', { exact: true }).waitFor();
    await expectAccessible(maya, 'breach register with the breach');
    await shot(maya, 'breaches');
  });

  it('Maya shortens the period of closed journeys, sees the review queue, and holds a journey and lifts the hold', async () => {
    await maya.getByRole('navigation', { name: 'Data protection' }).getByRole('link', { name: 'Retention' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
    const rule = maya.getByRole('article', { name: 'Her case record (a closed journey)' });
    await rule.getByText(/months \(\d+ years?( and \d+ months?)?\)/).first().waitFor();
    await expectAccessible(maya, 'retention');
    await shot(maya, 'retention');

    await rule.getByRole('button', { name: /^Change the period/ }).click();
    await rule.getByLabel('Months').fill('0');
    await rule.getByLabel('Why this period').fill(`Shortened to show the review queue (${tag}).`);
    await rule.getByRole('button', { name: 'Save the period' }).click();
    await errorSummary(maya).getByRole('link', { name: 'The period must be at least 1 month' }).waitFor();
    await expectAccessible(maya, 'period refused');
    await rule.getByLabel('Months').fill('1');
    await rule.getByRole('button', { name: 'Save the period' }).click();
    await maya.getByText(/^The period for her case record is saved\./).waitFor();
    await rule.getByText(/^1 month$/).waitFor();
    await maya.getByRole('region', { name: 'Due for review' }).getByText(/^(No record is due for review\.|Keep until)/).first().waitFor();
    await expectAccessible(maya, 'period shortened');
    await shot(maya, 'retention-shortened');

    // The demo's two journeys closed six and a half years ago: Orla's kept with a reason, Tamsin's approved for anonymisation.
    const due = maya.getByRole('region', { name: 'Due for review' });
    const orla = due.getByRole('article', { name: /^Orla Byrne/ });
    await orla.getByRole('button', { name: /^Keep until/ }).click();
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await orla.getByLabel('Keep until').fill(nextYear);
    await orla.getByLabel('Because').fill(`A claim about her housing may still come (${tag}).`);
    await orla.getByRole('button', { name: 'Keep it' }).click();
    await maya.getByText(/^Orla Byrne’s record is kept until .* It is not due again until then\./).waitFor();
    const tamsin = due.getByRole('article', { name: /^Tamsin Reid/ });
    await tamsin.getByRole('button', { name: /^Anonymise/ }).click();
    await maya.getByRole('dialog').getByRole('button', { name: 'Anonymise' }).click();
    await maya.getByText(/^Tamsin Reid’s record is approved for anonymisation/).waitFor();
    await expectAccessible(maya, 'reviewed');
    await shot(maya, 'retention-reviewed');

    await maya.getByRole('link', { name: /^Legal holds/ }).click();
    await maya.getByRole('heading', { level: 1, name: 'Legal holds' }).waitFor();
    await maya.getByLabel('Her name, or part of it').fill('Imani');
    await maya.getByRole('button', { name: 'Find', exact: true }).click();
    await maya.getByRole('button', { name: 'Imani Clarke' }).first().click();
    const journey = maya.getByRole('region', { name: /^Imani Clarke: journey referred / });
    await journey.getByText('Not held').waitFor();
    await journey.getByRole('button', { name: 'Place a legal hold' }).click();
    await errorSummary(maya).getByRole('link', { name: 'Give the reason' }).waitFor();
    await expectAccessible(maya, 'hold without a reason');
    await journey.getByLabel('Why it is held').fill(`Solicitors asked us to keep her record for a claim (${tag}).`);
    await journey.getByRole('button', { name: 'Place a legal hold' }).click();
    await journey.getByText(/^Held since .*because: Solicitors asked us/).waitFor();
    await expectAccessible(maya, 'journey held');
    await shot(maya, 'legal-hold');
    await journey.getByLabel('Why the hold is lifted').fill('The claim was settled.');
    await journey.getByRole('button', { name: 'Lift the hold' }).click();
    await journey.getByText('The hold is lifted: the journey is reviewed again when its time is up.').waitFor();
    await journey.getByText('Not held').waitFor();
  });
});
