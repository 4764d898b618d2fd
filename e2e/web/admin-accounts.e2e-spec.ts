import type { Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, freshDemoCode, signIn } from '../support/api';
import { chromiumForSuite, formatViolations, newPage, runAxe } from '../support/browser';

async function signInAsStaff(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/two-factor$/);
  await page.getByLabel('Code', { exact: true }).fill(await freshDemoCode(email));
  await page.getByRole('button', { name: /continue|sign in|check/i }).first().click();
  await page.waitForURL((url) => !/sign-in|two-factor/.test(url.pathname));
}

async function expectAccessible(page: Page): Promise<void> {
  expect(formatViolations(await runAxe(page))).toEqual([]);
}

/** Boxes of the invite form's fields and their labels, top to bottom. */
async function inviteFieldBoxes(page: Page) {
  return page.locator('bs-invite-staff-form mat-form-field').evaluateAll((fields) =>
    fields.map((f) => {
      const box = f.getBoundingClientRect();
      const label = (f.querySelector('mat-label') ?? f.querySelector('label'))?.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, labelTop: label?.top ?? box.top, labelBottom: label?.bottom ?? box.top };
    }),
  );
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

describe('an admin looks after accounts in the browser (issues 13.6, 13.15, 14.8)', () => {
  const chromium = chromiumForSuite();
  let admin: Page;
  const nativeDialogs: string[] = [];

  beforeAll(async () => {
    admin = await newPage(chromium.browser);
    admin.on('dialog', (d) => {
      nativeDialogs.push(d.message());
      void d.dismiss();
    });
    await signInAsStaff(admin, DEMO.admin);
  });

  it.each([
    [375, 800],
    [1280, 900],
  ])('should lay out the invite form at %i px with nothing touching', async (width, height) => {
    await admin.setViewportSize({ width, height });
    await admin.goto('/accounts');
    await admin.getByRole('heading', { name: 'Invite a member of staff' }).waitFor();
    // Show every field's message too: the layout must hold with errors on screen.
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText('Enter their name').first().waitFor();
    const boxes = await inviteFieldBoxes(admin);
    expect(boxes).toHaveLength(3);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom + 4);
      // A field's label sits within its own field, not on the box above.
      expect(boxes[i].labelTop).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
    }
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(width);
    await admin.screenshot({ path: `${process.env['E2E_ARTIFACTS_DIR'] ?? 'e2e/artifacts'}/accounts-invite-${width}.png`, fullPage: true });
    await expectAccessible(admin);
  });

  it('should confirm a role change in a dialog, keep the role when she changes her mind, and say when it is done', async () => {
    await admin.setViewportSize({ width: 1280, height: 900 });
    const api = await signIn(DEMO.admin);
    const name = `Role Change ${unique()}`;
    expect((await api.post('/api/accounts/invitations', { email: `role.${unique()}@demo.beside.test`, displayName: name, role: 'advocate' })).status).toBe(201);
    await admin.goto('/accounts');
    const select = admin.getByLabel(`Role of ${name}`);
    await select.selectOption('admin');
    const dialog = admin.getByRole('dialog');
    await dialog.getByText(`Make ${name} an admin?`).waitFor();
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Keep the role as it is' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(select.inputValue()).resolves.toBe('advocate');

    await select.selectOption('admin');
    await admin.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
    await admin.getByRole('status').filter({ hasText: `${name} is now an admin` }).waitFor();
    await expect(select.inputValue()).resolves.toBe('admin');
    const accounts = (await api.get('/api/accounts')).body as { displayName: string; role: string }[];
    expect(accounts.find((a) => a.displayName === name)?.role).toBe('admin');

    // Account events say which account.
    await admin.goto('/account-events');
    await admin.getByRole('cell', { name: new RegExp(name) }).first().waitFor();
    await expectAccessible(admin);
  });

  it('should send an invitation again and withdraw it, each confirmed and said, with no browser pop-up', async () => {
    const api = await signIn(DEMO.admin);
    const name = `Invited ${unique()}`;
    expect((await api.post('/api/accounts/invitations', { email: `invited.${unique()}@demo.beside.test`, displayName: name, role: 'advocate' })).status).toBe(201);
    await admin.goto('/accounts');
    await admin.getByRole('button', { name: `Send a new link to ${name}` }).click();
    await admin.getByRole('status').filter({ hasText: `A new link was sent to ${name}` }).waitFor();
    await admin.getByRole('button', { name: `Withdraw the invitation of ${name}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Withdraw invitation' }).click();
    await admin.getByRole('status').filter({ hasText: `The invitation of ${name} is withdrawn` }).waitFor();

    // Disabling asks in the page, not with the browser's own confirm.
    await admin.getByRole('button', { name: `Disable ${'Bea'}`, exact: false }).first().click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText(/will be signed out everywhere at once/).waitFor();
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Keep the account' }).click();
    expect(nativeDialogs).toEqual([]);
  });

  it('should hold a new manager until a manager approves it, on the manager’s own page', async () => {
    await admin.setViewportSize({ width: 375, height: 800 });
    const name = `New Manager ${unique()}`;
    await admin.goto('/accounts');
    await admin.getByLabel('Name', { exact: true }).fill(name);
    await admin.getByLabel('Email address', { exact: true }).fill(`manager.${unique()}@demo.beside.test`);
    await admin.getByLabel('Role', { exact: true }).click();
    await admin.getByRole('option', { name: 'Manager (safeguarding lead)' }).click();
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').filter({ hasText: 'waiting for a manager’s approval' }).waitFor();
    await admin.getByText('Waiting for a manager’s approval to become manager').first().waitFor();
    await admin.screenshot({ path: `${process.env['E2E_ARTIFACTS_DIR'] ?? 'e2e/artifacts'}/accounts-pending-375.png`, fullPage: true });
    await expectAccessible(admin);

    const manager = await newPage(chromium.browser);
    await signInAsStaff(manager, DEMO.manager);
    await manager.getByRole('link', { name: 'Approvals' }).first().waitFor({ state: 'attached' });
    for (const width of [375, 1280]) {
      await manager.setViewportSize({ width, height: 800 });
      await manager.goto('/accounts/approvals');
      await manager.getByRole('heading', { name: 'Manager approvals', level: 1 }).waitFor();
      await manager.getByRole('heading', { name, level: 2 }).waitFor();
      await manager.screenshot({ path: `${process.env['E2E_ARTIFACTS_DIR'] ?? 'e2e/artifacts'}/approvals-${width}.png`, fullPage: true });
      await expectAccessible(manager);
    }
    await manager.getByRole('button', { name: `Approve ${name}` }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await manager.getByRole('status').filter({ hasText: `Approved: ${name}` }).waitFor();
    await manager.context().close();
  });
});
