// Her advocate answers the changes she asked for, in a real browser: the caseload shows how
// many wait, the journey page says so and opens them, a decline needs a reply, an accept
// changes the record; she then sees both answers in her own portal. axe-core checks each view.
import type { Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, expectAccessible, newPage } from '../support/browser';
import { signInAsStaff } from '../support/sign-in';

describe('Her advocate answers the changes she asked for', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let nia: ApiClient;
  const tag = Date.now().toString(36);
  const goalWords = `Find a dentist near home ${tag}`;
  const stepWords = `Phone two dentists ${tag}`;
  let goalProposalId = '';
  let stepProposalId = '';
  let stepId = '';

  beforeAll(async () => {
    page = await newPage(chromium.browser);
    // The advocate signs in in the browser first; her API session below waits for the next code.
    await signInAsStaff(page, DEMO.advocate);

    nia = await signIn(DEMO.serviceUser);
    const journeyId: string = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    const advocate = await signIn(DEMO.advocate);
    const goal = await advocate.post(`/api/journeys/${journeyId}/goals`, { words: goalWords, category: 'health', targetDate: null });
    expect(goal.status).toBe(201);
    const step = await advocate.post(`/api/goals/${goal.body.id}/steps`, { description: stepWords, owner: 'her', dueDate: null });
    expect(step.status).toBe(201);
    stepId = step.body.id;
    const ask = (targetType: string, targetId: string, field: string, proposedValue: string, reason: string) =>
      nia.post('/api/my/change-proposals', { targetType, targetId, field, proposedValue, reason });
    const first = await ask('goal', goal.body.id, 'words', `Find a woman dentist near home ${tag}`, 'I would feel safer with a woman.');
    const second = await ask('step', stepId, 'description', `Phone three dentists ${tag}`, 'Two is not enough choice.');
    expect([first.status, second.status]).toEqual([201, 201]);
    goalProposalId = first.body.id;
    stepProposalId = second.body.id;
  });

  it('sees on the caseload how many changes she proposed, and opens them from her journey', async () => {
    await page.getByLabel('Search by name').fill('Nia');
    const row = page.getByRole('row').filter({ hasText: 'Nia' });
    const badge = row.getByRole('link', { name: /changes? she proposed/ });
    await badge.waitFor();
    const count = Number((await badge.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'caseload with her proposals');

    await badge.click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    const notice = page.getByRole('status').filter({ hasText: 'She asked for' });
    await notice.getByText(`She asked for ${count} changes`, { exact: false }).waitFor();
    await notice.getByRole('button', { name: 'See the changes she asked for' }).click();
    await page.getByRole('tab', { name: `Her changes (${count})`, selected: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Changes she asked for' }).waitFor();
    await expectAccessible(page, 'changes she asked for');
  });

  it('needs a reply to decline, then declines with one', async () => {
    const card = page.getByRole('article').filter({ hasText: `Find a woman dentist near home ${tag}` });
    await card.waitFor();
    await expect(card.getByText(goalWords).count()).resolves.toBe(1);
    await expect(card.getByText('I would feel safer with a woman.').count()).resolves.toBe(1);
    await card.getByRole('button', { name: 'Decline' }).click();
    await card.getByText('Write a reply to tell her why').waitFor();
    await expectAccessible(page, 'decline without a reply');
    await card.getByLabel('Your reply to her').fill('Let us ask the practice together on Monday.');
    await card.getByRole('button', { name: 'Decline' }).click();
    await card.getByText('Declined. She will see your reply.').waitFor();
    await expect(card.getByText('Declined by Amara Hughes', { exact: false }).count()).resolves.toBe(1);
  });

  it('accepts a change, and the record says what she asked for', async () => {
    const card = page.getByRole('article').filter({ hasText: `Phone three dentists ${tag}` });
    await card.getByRole('button', { name: 'Accept the change' }).click();
    await card.getByText('Accepted. The record now says what she asked for.').waitFor();
    await page.getByRole('tab', { name: /^Plan$/ }).click();
    await page.getByText(`Phone three dentists ${tag}`).first().waitFor();
    await expectAccessible(page, 'plan after accepting');

    const mine: { id: string; status: string; reply: string | null }[] = (await nia.get('/api/my/change-proposals')).body;
    expect(mine.find((p) => p.id === goalProposalId)).toMatchObject({ status: 'declined', reply: 'Let us ask the practice together on Monday.' });
    expect(mine.find((p) => p.id === stepProposalId)).toMatchObject({ status: 'accepted' });
    const plan = (await nia.get('/api/my/plan')).body;
    const step = plan.goals.flatMap((g: { steps: { id: string; description: string }[] }) => g.steps).find((s: { id: string }) => s.id === stepId);
    expect(step.description).toBe(`Phone three dentists ${tag}`);
  });
});
