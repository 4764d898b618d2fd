// Messages between her and her advocate, in a real browser (issue 16.5): she opens Messages on a
// phone (375 px) and on a wide screen (1280 px) — axe-core checks both — writes to her advocate and
// changes what she wrote; her advocate sees it flagged on her caseload and counted on the journey's
// Messages tab, reads it and replies; she reads the reply; a manager reads the conversation but has
// no box to write in.
// Screenshots of each screen go to e2e/artifacts/ (messages-*.png).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { signInAsHer, signInAsStaff } from '../support/sign-in';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1280, height: 900 } };

const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir(), `messages-${name}.png`), fullPage: true });

/** axe on the page as `what`, then a full-page picture of it, `messages-<name>.png`, to look at by eye. */
async function checkAndShoot(page: Page, what: string, name: string): Promise<void> {
  await expectAccessible(page, what);
  await shot(page, name);
}
const log = (page: Page) => page.getByRole('log', { name: 'Messages' });

describe('Messages between her and her advocate', () => {
  const chromium = chromiumForSuite();
  let journeyId: string;
  const tag = Date.now().toString(36);
  const hers = `Can we talk about the letter from the housing office? ${tag}`;
  const changed = `Can we talk about the letter from the council? ${tag}`;
  const reply = `Yes. I will call you on Thursday morning, as you asked. ${tag}`;

  beforeAll(async () => {
    const nia = await signIn(DEMO.serviceUser);
    journeyId = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
  });

  it('she opens Messages from her menu on a phone, writes to her advocate and changes what she wrote', async () => {
    const page = await newPage(chromium.browser, PHONE);
    await signInAsHer(page);
    await page.getByRole('button', { name: 'Menu', expanded: false }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await expect(page.title()).resolves.toBe('My messages');
    await expect(page.getByRole('button', { name: 'Leave this site' }).count()).resolves.toBe(1);
    await page.getByText('This is not for emergencies. If you are in danger, call 999.').waitFor();
    await expect(page.getByRole('link', { name: '999' }).last().getAttribute('href')).resolves.toBe('tel:999');
    await expectAccessible(page, 'her messages at 375 px');

    await page.getByLabel('Your message').fill(hers);
    await page.getByRole('button', { name: 'Send message' }).dblclick();
    await log(page).getByText(hers).waitFor();
    // One message, however often she pressed; the box is empty and ready for the next one.
    await expect(log(page).getByText(hers).count()).resolves.toBe(1);
    await expect(page.getByLabel('Your message').inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('conversation-body');
    const closed = page.getByText(/Thank you\. We are closed now: we will read this from .+\. If you are in danger now, call 999\./);
    if (await closed.count()) await expect(closed.getByRole('link', { name: '999' }).getAttribute('href')).resolves.toBe('tel:999');

    // Within five minutes she may change it; the earlier words stay behind "What it said before".
    await log(page).getByRole('button', { name: /^Change/ }).last().click();
    // The box to change it is inside the message (the one to write a new message is below): wait for that one, never the other.
    const box = log(page).getByRole('textbox', { name: 'Your message' });
    await box.fill(changed);
    await page.getByRole('button', { name: 'Save the change' }).click();
    await log(page).getByText(changed).waitFor();
    const mine = log(page).getByRole('listitem').filter({ hasText: changed });
    await expect(mine.getByText('Changed', { exact: true }).count()).resolves.toBe(1);
    await mine.getByText('What it said before').click();
    await mine.getByText(hers).waitFor();
    await checkAndShoot(page, 'her messages after sending, at 375 px', 'her-375');
    await page.context().close();
  });

  it('her advocate sees the count on the journey, opens Messages, reads it and replies', async () => {
    const page = await newPage(chromium.browser, WIDE);
    await signInAsStaff(page, DEMO.advocate);
    // Her caseload flags the journey with a message she has not read.
    await page.getByRole('link', { name: /^\d+ new messages?$/ }).first().waitFor();
    await shot(page, 'caseload-1280');
    await page.goto(`/journeys/${journeyId}`);
    const tab = page.getByRole('tab', { name: /^Messages \(\d+\)$/ });
    await tab.waitFor();
    await tab.click();
    await page.waitForURL(/tab=messages/);
    await log(page).getByText(changed).waitFor();
    await expect(log(page).getByRole('listitem').filter({ hasText: changed }).getByText('New', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'Messages', exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page, 'the journey Messages tab at 1280 px');

    await page.getByLabel('Your message to her').fill(reply);
    await page.getByRole('button', { name: 'Send message' }).click();
    await log(page).getByText(reply).waitFor();
    await expect(log(page).getByRole('listitem').filter({ hasText: reply }).getByText('You', { exact: true }).count()).resolves.toBe(1);
    await shot(page, 'staff-1280');

    await page.setViewportSize({ width: 375, height: 812 });
    await log(page).getByText(reply).waitFor();
    await checkAndShoot(page, 'the journey Messages tab at 375 px', 'staff-375');
    await page.context().close();
  });

  it('she reads the reply on a wide screen', async () => {
    const page = await newPage(chromium.browser, WIDE);
    await signInAsHer(page);
    // Her menu says a message waits before she opens it.
    const messagesLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages (1 new)', exact: true });
    await messagesLink.waitFor();
    await messagesLink.click();
    await log(page).getByText(reply).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages', exact: true }).waitFor();
    const theirs = log(page).getByRole('listitem').filter({ hasText: reply });
    await expect(theirs.getByText(/\(your advocate\)$/).count()).resolves.toBe(1);
    await expect(theirs.getByRole('button', { name: /^Change/ }).count()).resolves.toBe(0);
    await checkAndShoot(page, 'her messages at 1280 px', 'her-1280');
    await page.context().close();
  });

  it('a manager reads the conversation, with no box to write in', async () => {
    const page = await newPage(chromium.browser, WIDE);
    await signInAsStaff(page, DEMO.manager);
    await page.goto(`/journeys/${journeyId}?tab=messages`);
    await log(page).getByText(reply).waitFor();
    await page.getByText('Managers can read these messages; only her advocates write to her.').waitFor();
    await expect(page.getByRole('button', { name: 'Send message' }).count()).resolves.toBe(0);
    await checkAndShoot(page, 'the Messages tab as a manager', 'manager-1280');
    await page.context().close();
  });
});
