// The managers' safety settings and the dashboard's safety section, in a real browser (issue 20). Maya, the demo manager,
// sees the Safety section on her dashboard and follows its link to the settings. She adds a new version of the checklist
// shipped with Beside: first with its thresholds out of order, and sees the API's message at the top and over the
// thresholds; then with one threshold changed, saved as the current version. She sees the shipped version 1 marked as
// not editable, with the reason, and finds where to load a licensed checklist from JSON (a broken one is named). She
// adds an agency of her own for multi-agency referrals and archives it, with a confirmation. axe-core checks each
// screen at 1280 and 375 pixels; screenshots go to /tmp/shots and the artifacts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, NARROW, newPage, WIDE } from '../support/browser';
import { errorSummary, followLink } from '../support/pages';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';
const SETTINGS = 'Safety settings';
const CHECKLIST = 'Domestic abuse risk checklist';
const SHIPPED_KEY = 'beside_domestic_abuse';

/** axe at both widths, with a full-page screenshot of each; `fits`: nothing wider than a phone's screen. */
async function check(page: Page, name: string, fits = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await expectAccessible(page, `${name} at ${width}`);
    if (fits) {
      // Anything reaching past the screen's edge is named, so a failure says what to fix.
      const wider = await page.evaluate(() => {
        const view = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= view) return [];
        const right = (el: Element) => el.getBoundingClientRect().right + window.scrollX;
        const past = [...document.querySelectorAll('body *')].filter((el) => el.getClientRects().length && right(el) > view + 1);
        // The innermost first: the element that pushes past the edge, not the boxes around it.
        const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
        const named = innermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} (${Math.round(right(el))} px)`);
        if (named.length) return named;
        // Otherwise (a label or text wider than its box) the box whose hiding ends the overflow, followed down as far as it goes.
        const path: string[] = [];
        let root: Element | null = document.body;
        while (root) {
          let found: Element | null = null;
          for (const child of [...root.children]) {
            const el = child as HTMLElement;
            const before = el.style.display;
            el.style.display = 'none';
            const fits = document.documentElement.scrollWidth <= view;
            el.style.display = before;
            if (fits) {
              found = child;
              break;
            }
          }
          if (found) path.push(`${found.tagName.toLowerCase()}${found.id ? '#' + found.id : ''}.${[...found.classList].join('.')}`);
          root = found;
        }
        return [`the page is ${document.documentElement.scrollWidth} px wide`, ...path.slice(-4)];
      });
      expect({ name, width, wider }).toEqual({ name, width, wider: [] });
    }
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `safety-settings-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

describe('the manager keeps the safety settings and sees the safety picture (issue 20)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const tag = Date.now().toString(36);
  const agencyName = `Housing Options ${tag}`;
  const checklists = (): Locator => page.getByRole('region', { name: 'Risk checklists in use' });
  const agencies = (): Locator => page.getByRole('region', { name: 'Agencies in use' });

  beforeAll(async () => {
    page = await newPage(chromium.browser);
  });

  afterAll(async () => {
    // The checklist as shipped again, as the current version, for the suites that follow.
    const maya = await signIn(DEMO.manager);
    const list = (await maya.get('/api/risk-checklists')).body as { key: string; versions: { version: number; name: string; guidance: string; questions: unknown; thresholds: unknown; source: string }[] }[];
    const shipped = list.find((c) => c.key === SHIPPED_KEY)?.versions[0];
    if (shipped) {
      const { name, guidance, questions, thresholds, source } = shipped;
      await maya.post(`/api/risk-checklists/${SHIPPED_KEY}/versions`, { name, guidance, questions, thresholds, source });
    }
  });

  it('she sees the Safety section on her dashboard and follows it to the settings', async () => {
    await signInAsStaff(page, DEMO.manager);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const safety = page.getByRole('region', { name: 'Safety', exact: true });
    await safety.getByRole('heading', { level: 3, name: 'Women at high risk' }).waitFor();
    await safety.getByRole('heading', { level: 3, name: 'Sharing without consent, awaiting your review' }).waitFor();
    await safety.getByText(/^(No action for Beside is due|\d+ actions? overdue)/).waitFor();
    await check(page, 'dashboard', false);

    await followLink(page, 'Safety settings: risk checklists and agencies', SETTINGS);
    await checklists().getByRole('row', { name: new RegExp(`^${CHECKLIST}`) }).getByText('Shipped with Beside').waitFor();
    await agencies().getByRole('row', { name: /^MARAC/ }).getByText('Discussed').waitFor();
    await check(page, 'list');
  });

  it('she adds a new version of the shipped checklist: thresholds out of order are refused in the API’s words, one changed is saved', async () => {
    await checklists().getByRole('link', { name: CHECKLIST, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CHECKLIST }).waitFor();
    const current = Number(/Current version: (\d+)/.exec(await page.locator('main').innerText())?.[1]);
    await check(page, 'checklist');

    await followLink(page, 'Add a new version', `New version of ${CHECKLIST}`);
    const medium = page.locator('#threshold-medium');
    const high = Number(await page.locator('#threshold-high').inputValue());
    const marac = Number(await page.locator('#threshold-marac').inputValue());
    await medium.fill(String(high + 5));
    await page.getByRole('button', { name: 'Save the new version' }).click();
    const said = `Thresholds must keep medium ≤ high ≤ marac (here ${high + 5}, ${high}, ${marac})`;
    await errorSummary(page).getByRole('link', { name: said }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('threshold-medium');
    await page.locator('#thresholds-error').getByText(said).waitFor();
    await check(page, 'version-error');

    await medium.fill(String(high - 8));
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.getByRole('heading', { level: 1, name: CHECKLIST }).waitFor();
    await page.getByText(`Version ${current + 1} of ${CHECKLIST} is saved. New assessments use it from now on`).waitFor();
    await page.getByRole('heading', { level: 2, name: `Version ${current + 1}, used for new assessments` }).waitFor();
    await page.getByText(`Medium from a score of ${high - 8}`).waitFor();
    await check(page, 'version-saved');
  });

  it('she sees the shipped version 1 marked as not editable, and why', async () => {
    const versions = page.getByRole('navigation', { name: 'Versions' });
    await versions.getByRole('listitem').first().getByText('Shipped with Beside').waitFor();
    await versions.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 1', exact: true }).waitFor();
    await page.getByText('Cannot be edited. The version shipped with Beside cannot be changed: add a new version of it instead.').waitFor();
    await expect(page.getByRole('link', { name: 'Edit version 1' }).count()).resolves.toBe(0);
    await check(page, 'shipped-version');
  });

  it('she finds where to load a checklist her organisation holds a licence for, typed in or from a JSON file', async () => {
    await followLink(page, 'All safety settings', SETTINGS);
    await followLink(page, 'Load your own checklist');
    await page.getByText('Put in a checklist from a JSON file, or pasted').click();
    await page.getByLabel('Or paste the JSON here').fill('{ "name": "Licensed checklist" }');
    await page.getByRole('button', { name: 'Put it in the form' }).click();
    await page.getByRole('alert').getByText('The checklist has no "questions": a list of at least one question.').waitFor();
    await page.getByLabel('Or paste the JSON here').fill('');
    await check(page, 'own-checklist');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: SETTINGS }).waitFor();
  });

  it('she adds an agency of her own and archives it, with a confirmation', async () => {
    await followLink(page, 'Add an agency of your own');
    await page.getByLabel('Name', { exact: true }).fill(agencyName);
    expect(await page.locator('#agency-key').inputValue()).toBe(`housing_options_${tag}`);
    await page.getByLabel('What the agency does').fill('The council’s housing options team: they assess her for emergency and safe housing.');
    await page.getByRole('radio', { name: /^Outcome received/ }).check();
    await check(page, 'agency-form');
    await page.getByRole('button', { name: 'Add the agency' }).click();
    await page.getByRole('heading', { level: 1, name: SETTINGS }).waitFor();
    await page.getByText(`${agencyName} is added to your agencies.`).waitFor();
    const row = agencies().getByRole('row', { name: new RegExp(`^${agencyName}`) });
    await row.getByText('Your own').waitFor();
    await row.getByText('Outcome received').waitFor();

    await row.getByRole('link', { name: agencyName }).click();
    await page.getByRole('heading', { level: 1, name: agencyName }).waitFor();
    await page.getByRole('button', { name: 'Archive this agency' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Referrals already made carry on as they are.', { exact: false }).waitFor();
    await expectAccessible(page, 'archive asked');
    await dialog.getByRole('button', { name: 'Archive the agency' }).click();
    await page.getByText(`${agencyName} is archived.`).waitFor();
    await page.getByRole('button', { name: 'Save and bring it back' }).waitFor();
    await followLink(page, 'All safety settings', SETTINGS);
    await page.getByRole('list', { name: 'Archived agencies' }).getByRole('link', { name: agencyName }).waitFor();
    await expect(agencies().getByRole('link', { name: agencyName }).count()).resolves.toBe(0);
    await check(page, 'list-after');
  });
});
