// The network operator in a real browser (issue 17): Noor signs in (both steps) and lands on the member
// organisations; she adds one with its first admin, sees the admin invited, suspends it (a reason, then a
// dialog that says what happens) and reinstates it, changes a setting, and opens the pooled network
// figures with their CSV. A member's admin decides whether its figures join the pool. axe-core checks
// every page; screenshots at 1280 and 375 px go to e2e/artifacts/ (network-*.png).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { errorSummary, followLink } from '../support/pages';
import { givePassword, giveTwoStepCode, signInAsStaff } from '../support/sign-in';

const WIDTHS = [1280, 375] as const;
const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir(), `network-${name}.png`), fullPage: true });

/** At each width: the page's axe check and its screenshot; back to 1280 after. */
async function atBothWidths(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await ready();
    await expectAccessible(page, `${name} at ${width} px`);
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A page from the staff menu, opening the Menu button first where the links are behind it. */
async function fromMenu(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu', expanded: false });
  if (await button.isVisible()) await button.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

interface MemberOrganisation {
  id: string;
  name: string;
  status: 'active' | 'suspended';
  admins: { name: string; email: string; status: string }[];
}

describe('the network operator in the browser (issue 17)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  const tag = Date.now().toString(36);
  const name = `Northside Women’s Space ${tag} (test)`;
  const adminName = `Olu Adebayo ${tag}`;
  const adminEmail = `olu.${tag}@northside.demo.beside.test`;
  let organisationId = '';

  beforeAll(async () => {
    page = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
    await givePassword(page, DEMO.networkOperator);
    await giveTwoStepCode(page, DEMO.networkOperator);
  });

  it('she lands on the member organisations, with only the network’s pages in her menu', async () => {
    await page.waitForURL(/\/network\/organisations$/);
    await page.getByRole('heading', { level: 1, name: 'Member organisations' }).waitFor();
    await page.getByRole('link', { name: "Harbour Women's Voice (demo, fictional)" }).waitFor();
    await page.getByRole('link', { name: "Riverside Women's Advocacy (demo, fictional)" }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Main' });
    const links = (await menu.getByRole('link').allTextContents()).map((t) => t.trim());
    // Sent messages only because this is development: the invitations she sends arrive there. Consultations: hers are
    // network-wide (issue 18), and she reads their results, never a woman's answer.
    expect(links).toEqual(['Consultations', 'Member organisations', 'Network figures', 'Sent messages', 'Account']);
    await atBothWidths(page, 'organisations', () => page.getByRole('link', { name: 'Add an organisation' }).waitFor());

    // No case work: an address of a case page brings her back to the organisations.
    await page.goto('/caseload');
    await page.waitForURL(/\/network\/organisations$/);
    await page.getByRole('heading', { level: 1, name: 'Member organisations' }).waitFor();
    // Her own account, as anyone's.
    await fromMenu(page, 'Account');
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    // Copies of casework notifications mean nothing to her.
    await page.getByRole('heading', { name: 'Your details' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Notifications by email' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'her account at 1280 px');
    await shot(page, 'operator-account-1280');
    await fromMenu(page, 'Member organisations');
    await page.getByRole('link', { name: 'Add an organisation' }).waitFor();
  });

  it('she adds an organisation with its first admin, who is invited', async () => {
    await followLink(page, 'Add an organisation');
    // An empty form says what is missing, each line leading to its field.
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    const summary = errorSummary(page);
    await summary.getByRole('link', { name: 'Enter the name of the organisation' }).waitFor();
    await summary.getByRole('link', { name: 'Enter the email address of its first admin' }).waitFor();
    await atBothWidths(page, 'add-organisation', () => summary.waitFor());

    await page.getByLabel('Name of the organisation').fill(name);
    await page.getByLabel('Their name').fill(adminName);
    await page.getByLabel('Their email address').fill(adminEmail);
    await page.getByLabel('Services offered (optional)').fill('Peer support groups and advocacy with housing, in plain words.');
    await page.getByLabel('High concerns').fill('24');
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.waitForURL(/\/network\/organisations\/[0-9a-f-]{36}$/);
    organisationId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('status').filter({ hasText: `An invitation was sent to ${adminName} at ${adminEmail}.` }).waitFor();
    const admins = page.locator('bs-admins-section');
    await admins.getByText(adminEmail).waitFor();
    await admins.getByText('has not set a password yet').waitFor();
    await atBothWidths(page, 'organisation', () => page.getByRole('heading', { level: 2, name: 'Name and settings' }).waitFor());

    // What the API holds is what the page said: the admin invited, nothing more about anyone.
    const operator = await signIn(DEMO.networkOperator);
    const created = (await operator.get<MemberOrganisation>(`/api/network/organisations/${organisationId}`)).body;
    expect(created.admins).toEqual([expect.objectContaining({ name: adminName, email: adminEmail, status: 'invited' })]);
  });

  it('the invitation reaches the development inbox, where she finds it, and her first admin sets her password from it', async () => {
    await fromMenu(page, 'Sent messages');
    await page.getByRole('heading', { level: 1, name: 'Sent messages (development)' }).waitFor();
    // The worker sends from the outbox a moment after the invitation: look again until it has arrived.
    const invitation = page.getByRole('listitem').filter({ hasText: adminEmail });
    for (const deadline = Date.now() + 60_000; !(await invitation.count()); ) {
      if (Date.now() > deadline) throw new Error(`no invitation to ${adminEmail} reached the development inbox within 60 s`);
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: 'Look for new messages' }).click();
    }
    await expectAccessible(page, 'the operator’s sent messages');
    const link = (await invitation.getByRole('link', { name: /\/invitation/ }).getAttribute('href')) ?? '';
    expect(link).toMatch(/\/invitation#token=/);

    const admin = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
    await admin.goto(link);
    await admin.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();
    await admin.getByText(name).first().waitFor();
    await admin.getByLabel('Choose a password', { exact: true }).fill(`a long password for ${tag} to begin with`);
    await admin.getByRole('button', { name: 'Set password' }).click();
    await admin.waitForURL(/\/sign-in/);
    await admin.close();
    const operator = await signIn(DEMO.networkOperator);
    const now = (await operator.get<MemberOrganisation>(`/api/network/organisations/${organisationId}`)).body;
    expect(now.admins).toEqual([expect.objectContaining({ email: adminEmail, status: 'active' })]);
    await fromMenu(page, 'Member organisations');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('she suspends it with a reason, after a dialog that says what happens, and reinstates it', async () => {
    await page.getByRole('button', { name: `Suspend ${name}…` }).click();
    await page.getByRole('button', { name: 'Suspend the organisation' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Say why the organisation is suspended' }).waitFor();
    await page.getByLabel('Why it is suspended').fill('Its trustees asked for a pause while they merge with another charity.');
    await page.getByRole('button', { name: 'Suspend the organisation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Suspend ${name}?`).waitFor();
    await dialog.getByText(/will not be able to sign in/).waitFor();
    await dialog.getByText(/Nothing is deleted/).waitFor();
    await atBothWidths(page, 'suspend-dialog', () => dialog.waitFor());
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `${name} is suspended.` }).waitFor();
    await page.getByText('Its trustees asked for a pause').waitFor();
    await atBothWidths(page, 'suspended', () => page.getByRole('button', { name: `Reinstate ${name}` }).waitFor());

    // The list says so too.
    await page.getByRole('link', { name: 'All member organisations' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
    await item.getByText('Suspended', { exact: true }).waitFor();
    await item.getByRole('link', { name }).click();

    await page.getByRole('button', { name: `Reinstate ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reinstate', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${name} is reinstated.` }).waitFor();
    const operator = await signIn(DEMO.networkOperator);
    expect((await operator.get<MemberOrganisation>(`/api/network/organisations/${organisationId}`)).body.status).toBe('active');
  });

  it('she changes its settings and the page keeps them', async () => {
    await page.getByLabel('Name messages are sent as (optional)').fill('Appointments');
    await page.getByRole('button', { name: 'Save name and settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.getByLabel('Name messages are sent as (optional)').inputValue()).resolves.toBe('Appointments');
  });

  it('she opens the network figures: tables by month, what “<5” and “suppressed” mean, and the CSV', async () => {
    await fromMenu(page, 'Network figures');
    await page.getByRole('heading', { level: 1, name: 'Network figures' }).waitFor();
    await page.getByText(/Pooled from \d+ member organisations?\./).waitFor();
    await page.getByRole('heading', { level: 3, name: 'How these figures protect people' }).waitFor();
    await atBothWidths(page, 'figures', () => page.getByRole('link', { name: 'Download these figures as CSV' }).waitFor());
    const href = (await page.getByRole('link', { name: 'Download these figures as CSV' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/network\/figures\.csv\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    }, href);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.length).toBeGreaterThan(0);
  });

  it('a manager of a member organisation opens the network figures from her Reports', async () => {
    const manager = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
    await signInAsStaff(manager, DEMO.manager);
    await fromMenu(manager, 'Reports');
    await manager.getByRole('main').getByRole('link', { name: 'Network figures' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Network figures' }).waitFor();
    await manager.getByText(/Pooled from \d+ member organisations?\./).waitFor();
    await atBothWidths(manager, 'figures-manager', () => manager.getByRole('link', { name: 'Download these figures as CSV' }).waitFor());
    await manager.context().close();
  });

  it('a member’s admin decides whether its figures join the pool', async () => {
    const admin = await newPage(chromium.browser, { viewport: { width: 1280, height: 900 } });
    await signInAsStaff(admin, DEMO.admin, /\/accounts$/);
    await fromMenu(admin, 'Network figures');
    await admin.getByRole('heading', { level: 1, name: 'Network figures' }).waitFor();
    const box = admin.getByRole('checkbox', { name: 'Join the network’s pooled figures' });
    await box.waitFor();
    const before = await box.isChecked();
    await atBothWidths(admin, 'pool-setting', () => box.waitFor());
    await box.setChecked(!before);
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: before ? 'kept out of the network’s pooled figures' : 'join the network’s pooled figures' }).waitFor();
    const api = await signIn(DEMO.admin);
    expect((await api.get('/api/organisation/network-figures')).body.sharesNetworkFigures).toBe(!before);
    // As it was, for the other suites.
    await box.setChecked(before);
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: before ? 'join the network’s pooled figures' : 'kept out' }).waitFor();
    expect((await api.get('/api/organisation/network-figures')).body.sharesNetworkFigures).toBe(before);
    await admin.context().close();
  });
});
