// The lived-experience panel and its campaigns in a real browser (issue 18): Wren, on the demo organisation's panel,
// signs in (both steps); she proposes a finding resting on a closed consultation's figures, a theme and a quote,
// votes on it once (counts only), approves it as a priority, and chooses named voting. Then she starts a campaign that
// follows it and keeps it up to date in place: an ask, a target, an action (overdue), an outcome with its evidence,
// and a change someone else saved first, shown plainly with the campaign as it is now. A manager reads the finding but cannot vote.
// axe-core checks each page at 1280 and 320 px; screenshots go to /tmp/shots/E-*.png and e2e/artifacts/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { chooseOption, errorSummary } from '../support/pages';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';

/** axe at 1280 and 320 px, with a full-page screenshot of each; back to 1280 after. */
async function atBothWidths(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `${name} at ${width} px`);
    const file = `E-${name}-${width}.png`;
    await page.screenshot({ path: join(SHOTS, file), fullPage: true });
    await page.screenshot({ path: join(artifactsDir(), `panel-${file}`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const today = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** Wren, the demo organisation's lived-experience panel member, and the closed consultation the demo holds. */
const WREN = 'wren.panel@demo.beside.test';
const CONSULTATION = 'Appointments with mental health staff';

describe('the lived-experience panel and its campaigns in the browser (issue 18)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const tag = Date.now().toString(36);
  const finding = `Knowing what an appointment is for ${tag}`;
  const campaign = `Coordinators within a week ${tag}`;
  let findingUrl = '';

  beforeAll(async () => {
    page = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
  });

  it('she signs in with both steps and finds the panel in her menu', async () => {
    // No case work: her first page is the panel's findings.
    await signInAsStaff(page, WREN, /\/panel$/);
    const menu = page.getByRole('navigation', { name: 'Main' });
    const menuButton = page.getByRole('button', { name: 'Menu', expanded: false });
    if (await menuButton.isVisible()) await menuButton.click();
    await menu.getByRole('link', { name: 'Panel', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Proposed' }).waitFor();
    await atBothWidths(page, 'findings');
  });

  it('she proposes a finding on a closed consultation’s figures', async () => {
    await page.getByRole('link', { name: 'Propose a finding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Propose a finding' }).waitFor();
    await page.getByRole('button', { name: 'Propose the finding' }).click();
    const summary = errorSummary(page);
    await summary.getByRole('link', { name: 'Enter a title for the finding' }).waitFor();
    await summary.getByRole('link', { name: 'Choose a consultation and write a note for each piece of evidence' }).waitFor();
    await page.getByLabel('Title').fill(finding);
    await page.getByLabel('Summary').fill('Women told us they often go to appointments without knowing what they are for.');
    await chooseOption(page, 'evidence-0-consultation', CONSULTATION);
    await chooseOption(page, 'evidence-0-question', 'Before an appointment, do you know what it is for?');
    await page.getByText('No: 7', { exact: true }).waitFor();
    await page.getByText('Yes, always: <5', { exact: true }).waitFor();
    await chooseOption(page, 'evidence-0-theme', 'Knowing what an appointment is for (<5 answers)');
    await chooseOption(page, 'evidence-0-quote', '“I never know what the appointment is for until I am in the room.”');
    await page.getByLabel('What it shows, in plain words').fill('Half of the women who answered did not know what their appointment was for');
    await atBothWidths(page, 'propose');
    await page.getByRole('button', { name: 'Propose the finding' }).click();
    await page.waitForURL(/\/panel\/findings\/[0-9a-f-]{36}$/);
    findingUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: finding }).waitFor();
    await page.getByText('Your finding is proposed. The panel can now vote on it.').waitFor();
    await page.getByRole('heading', { level: 3, name: `Evidence 1: ${CONSULTATION}` }).waitFor();
    await page.getByText('“I never know what the appointment is for until I am in the room.”').waitFor();
  });

  it('she votes once, counts only, and approves it as a priority with the counts shown', async () => {
    await page.getByText('No one, not even the panel, can see how you voted.').waitFor();
    await page.getByRole('button', { name: 'Cast my vote' }).click();
    await errorSummary(page).getByRole('link', { name: 'Choose for, against or abstain' }).waitFor();
    await page.getByRole('radio', { name: 'For' }).check();
    await page.getByRole('button', { name: 'Cast my vote' }).click();
    await page.getByText('You have voted.').waitFor();
    await page.getByText('1 for, 0 against, 0 abstained').first().waitFor();
    await expect(page.getByRole('button', { name: 'Cast my vote' }).count()).resolves.toBe(0);
    await atBothWidths(page, 'finding');
    await page.getByRole('button', { name: 'Approve as a priority' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('with the votes as they are now (1 for, 0 against, 0 abstained), and cannot be changed').waitFor();
    await expectAccessible(page, 'the decision asked');
    await dialog.getByRole('button', { name: 'Approve as a priority' }).click();
    await page.getByText(/Approved as a priority on .*, with 1 for, 0 against, 0 abstained\./).waitFor();
    await page.goto('/panel/priorities');
    await page.getByRole('heading', { level: 1, name: 'The panel’s priorities' }).waitFor();
    // The demo's approved finding is first; hers joined last. Keyboard only: focus stays on the button she pressed.
    const up = page.getByRole('button', { name: `Move up: ${finding}` });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listitem').first().getByText(`1. ${finding}`).waitFor();
    await page.getByRole('button', { name: 'Save the order' }).click();
    await page.getByText('The order of priorities is saved.').waitFor();
    await atBothWidths(page, 'priorities');
  });

  it('she chooses named voting, told plainly what it records', async () => {
    await page.goto('/panel/settings');
    await page.getByRole('heading', { level: 1, name: 'How the panel votes' }).waitFor();
    const now = (await page.getByText(/^Now: /).textContent()) ?? '';
    const turnOn = now.includes('counts only');
    await page.getByRole('radio', { name: turnOn ? /Named voting/ : /Counts only/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(turnOn ? 'Saved. On findings no one has voted on yet, who voted how will be recorded and shown.' : 'Saved. On findings no one has voted on yet, only the counts will be recorded.').waitFor();
    await atBothWidths(page, 'settings');
  });

  it('she starts a campaign that follows the finding and keeps it up to date in place', async () => {
    await page.goto('/campaigns/new');
    await page.getByRole('heading', { level: 1, name: 'Start a campaign' }).waitFor();
    await page.getByLabel('Title').fill(campaign);
    await page.getByLabel('Summary').fill('Ask the integrated care board to fund enough coordinators that no woman waits more than a week.');
    await page.getByRole('checkbox', { name: finding }).check();
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: campaign }).waitFor();
    await page.getByRole('link', { name: finding }).waitFor();

    await page.getByRole('button', { name: 'Add an ask' }).click();
    await page.getByLabel('The ask').fill('A coordinator named within five working days');
    await page.getByRole('button', { name: 'Add the ask' }).click();
    await page.getByText('A coordinator named within five working days').waitFor();

    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('Who', { exact: true }).fill('North integrated care board');
    await page.getByRole('button', { name: 'Add the target' }).click();
    await page.getByText('North integrated care board').waitFor();

    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByRole('button', { name: 'Add the action' }).click();
    await errorSummary(page).getByRole('link', { name: 'Say what the action is' }).waitFor();
    await page.getByLabel('What', { exact: true }).fill('Write to the board’s chair');
    await page.getByLabel('Owner').fill('Pat');
    await page.getByLabel('Due date (optional)').fill(today(-2));
    await page.getByRole('button', { name: 'Add the action' }).click();
    const actions = page.getByRole('region', { name: 'Actions' });
    await actions.getByText('Write to the board’s chair').waitFor();
    await actions.getByText('Overdue', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add an outcome' }).click();
    await page.getByLabel('What changed').fill('The board agreed to fund two more coordinators');
    await page.getByLabel('Achieved on').fill(today());
    await page.getByLabel('Evidence', { exact: true }).fill('Board minutes, published on its website');
    await page.getByRole('button', { name: 'Add the outcome' }).click();
    await page.getByText('Evidence: Board minutes, published on its website').waitFor();
    await atBothWidths(page, 'campaign');
  });

  it('a change someone else saved first is said plainly, the campaign shown as it is now, and nothing she typed is lost', async () => {
    const campaignId = page.url().split('/').pop() ?? '';
    const manager = await signIn(DEMO.manager);
    const current = (await manager.get(`/api/campaigns/${campaignId}`)).body;
    expect((await manager.post(`/api/campaigns/${campaignId}/asks`, { words: 'Publish waiting times each month', version: current.version })).status).toBe(200);

    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('Who', { exact: true }).fill('The council');
    await page.getByRole('button', { name: 'Add the target' }).click();
    const targets = page.getByRole('region', { name: 'Targets' });
    await targets.getByRole('alert').filter({ hasText: 'The page now shows the campaign as they left it; what you typed is kept.' }).waitFor();
    // The ask someone else added shows at once, and what she typed is still there.
    await page.getByText('Publish waiting times each month').waitFor();
    await expect(page.getByLabel('Who', { exact: true }).inputValue()).resolves.toBe('The council');
    await expectAccessible(page, 'a stale version');
    await targets.getByRole('button', { name: 'Save my change again' }).click();
    await targets.getByText('The council').waitFor();
    await expect(targets.getByRole('alert').count()).resolves.toBe(0);

    await page.goto('/campaigns');
    const row = page.getByRole('article').filter({ hasText: campaign });
    await row.getByText(`Follows: ${finding}`).waitFor();
    await row.getByText('overdue', { exact: true }).waitFor();
    await atBothWidths(page, 'campaigns');
  });

  it('a manager reads the finding and its evidence but neither votes nor decides', async () => {
    const manager = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
    await signInAsStaff(manager, DEMO.manager);
    await manager.goto(findingUrl);
    await manager.getByRole('heading', { level: 1, name: finding }).waitFor();
    await manager.getByRole('heading', { level: 3, name: `Evidence 1: ${CONSULTATION}` }).waitFor();
    await expect(manager.getByRole('button', { name: 'Cast my vote' }).count()).resolves.toBe(0);
    await expect(manager.getByRole('button', { name: 'Approve as a priority' }).count()).resolves.toBe(0);
    await manager.goto('/panel');
    await expect(manager.getByRole('link', { name: 'Put the priorities in order' }).count()).resolves.toBe(0);
    await manager.context().close();
  });
});
