// The managers' editor of challenge types and letter templates, in a real browser (issue 19). Maya, the demo manager,
// finds it from her dashboard; she changes the time limit of a default type (Housing review) and sees it saved, marked
// "Changed" in the list; she writes a letter template of her own, putting a merge field in at the cursor, and sees a
// field Beside does not have ({{her.shoeSize}}) refused by name before she saves it without; then she archives it and
// finds it apart in the list. axe-core checks each screen at 1280 and 375 pixels; the screenshots go to /tmp/shots
// (and the artifacts) for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO, artifactsDir } from '../support/api';
import { NARROW, WIDE, chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { chooseOption, errorSummary, followLink } from '../support/pages';
import { signInAsStaff } from '../support/sign-in';

const SHOTS = process.env['E2E_SHOTS_DIR'] ?? '/tmp/shots';
const CATALOGUE = 'Challenge types and letter templates';

/** axe at both widths, nothing wider than the screen, and a full-page screenshot of each in /tmp/shots and the artifacts. */
async function check(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    // A form just drawn fades its hints in once it is on screen: let that start before contrast is measured (seen under load).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await expectAccessible(page, `${name} at ${width}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect({ name, width, fits: widths.scroll <= widths.view }).toEqual({ name, width, fits: true });
    for (const dir of [SHOTS, artifactsDir()]) await page.screenshot({ path: join(dir, `catalogue-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

describe('the manager changes challenge types and letter templates (issue 19)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const tag = Date.now().toString(36);
  const templateName = `Asking for my records ${tag}`;
  const typesInUse = () => page.getByRole('region', { name: 'Challenge types in use' });
  const templatesInUse = () => page.getByRole('region', { name: 'Letter templates in use' });

  beforeAll(async () => {
    page = await newPage(chromium.browser);
  });

  it('she finds the editor on her dashboard and sees the defaults', async () => {
    await signInAsStaff(page, DEMO.manager);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await followLink(page, CATALOGUE);
    const housing = typesInUse().getByRole('row', { name: /^Housing review/ });
    await housing.getByText('2 stages, 2 with a time limit').waitFor();
    await housing.getByText('Default').waitFor();
    await templatesInUse().getByRole('row', { name: /^NHS complaint/ }).getByText('NHS complaint: Complaint made').waitFor();
    await check(page, 'list');
  });

  it('she changes a default type’s time limit and sees it saved', async () => {
    await typesInUse().getByRole('link', { name: 'Housing review', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Housing review' }).waitFor();
    const amount = page.locator('#stage-0-amount');
    expect(await amount.inputValue()).toBe('21');
    await check(page, 'type');
    await amount.fill('28');
    await page.getByRole('button', { name: 'Save the type' }).click();
    await page.getByText('Saved. New challenges of this type follow it from now on').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Housing review' }).waitFor();
    expect(await page.locator('#stage-0-amount').inputValue()).toBe('28');
    expect(await page.locator('#stage-0-source').inputValue()).toContain('Housing Act 1996');

    // A time limit needs its source: the summary says so and links to the field.
    await page.locator('#stage-0-source').fill('');
    await page.getByRole('button', { name: 'Save the type' }).click();
    await errorSummary(page).getByRole('link', { name: 'Say which regulation or guidance sets the time limit of stage 1' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('stage-0-source');
    await check(page, 'type-error');
    // Back as the law has it, for the suites that follow.
    await page.locator('#stage-0-source').fill('Housing Act 1996, section 202(3): within 21 days of being told of the decision');
    await amount.fill('21');
    await page.getByRole('button', { name: 'Save the type' }).click();
    await page.getByText('Saved. New challenges of this type follow it from now on').waitFor();

    await followLink(page, 'All challenge types and letter templates', CATALOGUE);
    await typesInUse().getByRole('row', { name: /^Housing review/ }).getByText('Changed').waitFor();
  });

  it('she writes a template of her own with a merge field, and sees an unknown field refused by name', async () => {
    await followLink(page, 'Add a template of your own', 'Add a letter template');
    await page.getByLabel('Name', { exact: true }).fill(templateName);
    expect(await page.locator('#template-key').inputValue()).toBe(`asking_for_my_records_${tag}`);
    await chooseOption(page, 'template-type', 'Housing review');
    await chooseOption(page, 'template-stage', 'Review asked for');
    await page.getByLabel('Title', { exact: true }).fill('Asking for my housing records');
    const body = page.getByRole('textbox', { name: 'The letter' });
    await body.fill('Dear {{body.name}},\n\nMy name is .');
    // The cursor before the full stop, then the field put in there.
    await body.press('End');
    await body.press('ArrowLeft');
    await page.getByRole('button', { name: 'Insert her name' }).click();
    await expect(body.inputValue()).resolves.toBe('Dear {{body.name}},\n\nMy name is {{her.name}}.');
    await page.keyboard.press('End');
    await page.keyboard.type(' My shoe size is {{her.shoeSize}}.');
    await page.getByRole('button', { name: 'Add the template' }).click();
    await errorSummary(page).getByRole('link', { name: /Beside has no merge field \{\{her\.shoeSize\}\}/ }).waitFor();
    await check(page, 'template-error');

    await body.fill('Dear {{body.name}},\n\nMy name is {{her.name}}. Please send me the records you hold about my housing application.');
    await page.getByRole('button', { name: 'Add the template' }).click();
    await page.waitForURL(new RegExp(`/organisation/challenge-types/letter-templates/asking_for_my_records_${tag}$`));
    await page.getByRole('heading', { level: 1, name: templateName }).waitFor();
    await page.getByText(`${templateName} is added to your letter templates.`).waitFor();
    await check(page, 'template');

    await followLink(page, 'All challenge types and letter templates', CATALOGUE);
    const row = templatesInUse().getByRole('row', { name: new RegExp(`^${templateName}`) });
    await row.getByText('Housing review: Review asked for').waitFor();
    await row.getByText('Your own').waitFor();
  });

  it('she archives her template, told what happens to letters already drafted, and finds it apart in the list', async () => {
    await templatesInUse().getByRole('link', { name: templateName }).click();
    await page.getByRole('heading', { level: 1, name: templateName }).waitFor();
    await page.getByRole('button', { name: 'Archive this template' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Letters already drafted from it stay as they are.').waitFor();
    await expectAccessible(page, 'archive asked');
    await dialog.getByRole('button', { name: 'Archive the template' }).click();
    await page.getByText(`${templateName} is archived.`).waitFor();
    await page.getByRole('button', { name: 'Save and bring it back' }).waitFor();
    await followLink(page, 'All challenge types and letter templates', CATALOGUE);
    await page.getByRole('heading', { level: 3, name: 'Archived templates' }).waitFor();
    await page.getByRole('list', { name: 'Archived templates' }).getByRole('link', { name: templateName }).waitFor();
    await expect(templatesInUse().getByRole('link', { name: templateName }).count()).resolves.toBe(0);
  });
});
