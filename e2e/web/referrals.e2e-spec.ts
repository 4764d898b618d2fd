// Referrals between member organisations in a real browser (issue 17). Amara (Riverside) refers
// Nia to Harbour with her consent to share only her basic profile and one goal; Joy (Harbour)
// finds it in her inbox showing only that, accepts it and lands on the journey it started there;
// Nia sees it in her portal in plain words. Then Joy declines another with a reason (Amara sees
// it on the journey), Nia withdraws a third from her portal, and Amara withdraws a fourth.
// axe-core checks every page at 1280 and 375 pixels wide; screenshots go to the artifacts.
import type { Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { checkAtBothWidths, chromiumForSuite, newPage } from '../support/browser';
import { signInAsHer, signInAsStaff } from '../support/sign-in';

const HARBOUR = "Harbour Women's Voice (demo, fictional)";

const checkPage = (page: Page, name: string): Promise<void> => checkAtBothWidths(page, 'referrals', name);

describe('Referrals between member organisations, with her consent', () => {
  const chromium = chromiumForSuite();
  let amara: Page;
  let joy: Page;
  let nia: Page;
  let amaraApi: ApiClient;
  let harbourId = '';
  let journeyId = '';
  let reference = '';
  const tag = Date.now().toString(36);
  const sharedGoal = `Join an evening peer group ${tag}`;
  const keptGoal = `Talk to my landlord about the damp ${tag}`;
  const staffNote = `STAFF-ONLY-NOTE-${tag}`;

  /** Another referral of Nia's to Harbour from her journey, sent over the API (the form is tested above). Each side has its own id: Harbour finds it by reference. */
  async function sendOverApi(reason: string): Promise<{ id: string; reference: string }> {
    const sent = await amaraApi.post(`/api/journeys/${journeyId}/referrals`, {
      toOrganisationId: harbourId,
      reason,
      consent: { parts: ['profile'], how: 'phone', givenOn: new Date().toISOString().slice(0, 10) },
    });
    expect(sent.status).toBe(201);
    return sent.body;
  }

  /** Joy opens a referral from Harbour's inbox of those waiting for an answer. */
  async function openIncoming(ref: string): Promise<void> {
    await joy.goto('/referrals');
    await joy.getByRole('link', { name: `Referral ${ref}` }).click();
  }

  beforeAll(async () => {
    amara = await newPage(chromium.browser);
    await signInAsStaff(amara, DEMO.advocate);

    // Nia's current journey with Amara, two goals of hers (she shares one), and a staff-only note that must never travel.
    const niaApi = await signIn(DEMO.serviceUser);
    journeyId = (await niaApi.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    amaraApi = await signIn(DEMO.advocate);
    const goal = await amaraApi.post(`/api/journeys/${journeyId}/goals`, { words: sharedGoal, category: 'wellbeing', targetDate: null });
    const other = await amaraApi.post(`/api/journeys/${journeyId}/goals`, { words: keptGoal, category: 'housing', targetDate: null });
    expect([goal.status, other.status]).toEqual([201, 201]);
    const note = await amaraApi.post(`/api/journeys/${journeyId}/notes`, { body: staffNote, visibility: 'staff' });
    expect(note.status).toBe(201);
    const destinations = (await amaraApi.get('/api/referrals/destinations')).body as { organisationId: string; name: string }[];
    harbourId = destinations.find((d) => d.name === HARBOUR)?.organisationId ?? '';
    expect(harbourId).not.toBe('');
  });

  it('Amara refers Nia to Harbour with her consent to share only her profile and one goal', async () => {
    await amara.goto(`/journeys/${journeyId}`);
    const tabs = amara.getByRole('tablist', { name: 'Parts of her journey' });
    await tabs.getByRole('tab', { name: 'Referrals' }).waitFor();
    // The journey's twelve tabs still fit one row on a laptop: no scroll arrows, Concerns and Referrals in view.
    await expect(amara.locator('.bs-journey-tabs .mat-mdc-tab-header-pagination-before').isVisible()).resolves.toBe(false);
    const bar = await tabs.boundingBox();
    for (const name of ['Concerns', 'Referrals']) {
      const box = await tabs.getByRole('tab', { name }).boundingBox();
      expect({ name, inView: !!box && !!bar && box.x + box.width <= bar.x + bar.width + 1 }).toEqual({ name, inView: true });
    }
    await tabs.getByRole('tab', { name: 'Referrals' }).click();
    const section = amara.getByRole('region', { name: 'Referrals to other member organisations' });
    await section.getByText('No referrals have been sent from this journey.').waitFor();
    await section.getByRole('button', { name: 'Refer her to another member organisation' }).click();

    // Her consent first; what never travels is said plainly; nothing is sent without it.
    await section.getByText('Never shared:').waitFor();
    await section.getByRole('button', { name: 'Send the referral' }).click();
    await amara.getByRole('link', { name: 'Choose at least one part she agreed to share' }).waitFor();
    await checkPage(amara, 'send-errors');

    await section.getByRole('checkbox', { name: /^Basic profile/ }).check();
    await section.getByRole('checkbox', { name: /^Plan items she chooses/ }).check();
    await section.getByRole('checkbox', { name: sharedGoal }).check();
    await expect(section.getByRole('checkbox', { name: keptGoal }).isChecked()).resolves.toBe(false);
    await section.getByRole('radio', { name: 'In person' }).check();
    await section.getByRole('radio', { name: HARBOUR }).check();
    await section.getByLabel('Why she is referred').fill(`Harbour runs an evening peer group; we do not. ${tag}`);
    await checkPage(amara, 'send-form');
    await section.getByRole('button', { name: 'Send the referral' }).click();

    const sent = section.getByText(/^Referral \S+ has been sent to Harbour/);
    await sent.waitFor();
    reference = /^Referral (\S+) has been sent/.exec((await sent.textContent()) ?? '')?.[1] ?? '';
    expect(reference).not.toBe('');
    const item = section.getByRole('article', { name: `${reference} to ${HARBOUR}` });
    await item.getByText('Sent', { exact: true }).waitFor();
    await item.getByText('She agreed to share: basic profile, plan items she chose', { exact: false }).waitFor();
    await checkPage(amara, 'journey-tab');
  });

  it('Joy sees it in Harbour’s inbox with only what Nia agreed to share, accepts it, and lands on the new journey', async () => {
    joy = await newPage(chromium.browser);
    await signInAsStaff(joy, DEMO.harbourAdvocate);
    await joy.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
    await joy.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    await joy.getByRole('link', { name: `Referral ${reference}` }).waitFor();
    await checkPage(joy, 'inbox');

    await joy.getByRole('link', { name: `Referral ${reference}` }).click();
    await joy.getByRole('heading', { level: 1, name: `Referral ${reference}` }).waitFor();
    const shared = joy.getByRole('region', { name: 'What she agreed to share' });
    await shared.getByText('Nia Campbell').waitFor();
    await shared.getByText(sharedGoal).waitFor();
    const page = (await joy.locator('main').innerText()) + (await joy.content());
    expect(page).not.toContain(keptGoal);
    expect(page).not.toContain(staffNote);
    await expect(shared.getByRole('heading', { name: /^Safe-contact rules/ }).count()).resolves.toBe(0);
    await checkPage(joy, 'incoming');

    await joy.getByRole('button', { name: 'Accept the referral' }).click();
    await joy.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    expect(joy.url()).not.toContain(journeyId);
    await joy.getByText(`You accepted referral ${reference}.`, { exact: false }).waitFor();
    await joy.getByRole('heading', { level: 1, name: /Nia/ }).waitFor();
    await checkPage(joy, 'new-journey');

    await amara.reload();
    const item = amara.getByRole('article', { name: `${reference} to ${HARBOUR}` });
    await item.getByText('Accepted', { exact: true }).waitFor();
  });

  it('Nia sees the referral in her portal in plain words, with what she agreed to share', async () => {
    nia = await newPage(chromium.browser);
    await signInAsHer(nia);
    await nia.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
    await nia.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    const card = nia.getByRole('article').filter({ hasText: `Reference ${reference}.` });
    await card.getByText(`${HARBOUR} have said yes`, { exact: false }).waitFor();
    await card.getByText('Your name, pronouns and date of birth').waitFor();
    await card.getByText('The goals from your plan that you chose').waitFor();
    await expect(card.getByRole('button', { name: 'Withdraw this referral' }).count()).resolves.toBe(0);
    // Her screens keep the quick exit and a title that does not say what the page is about.
    await nia.getByRole('button', { name: 'Leave this site' }).waitFor();
    expect(await nia.title()).not.toMatch(/referral|beside/i);
    // At 1280 px her links (fifteen now) take at most two rows beside the quick exit.
    expect((await nia.getByRole('banner').boundingBox())?.height).toBeLessThan(110);
    await checkPage(nia, 'her-portal');
  });

  it('Joy declines another with a reason, which Amara sees on the journey', async () => {
    const second = await sendOverApi(`A second try for the Saturday group ${tag}`);
    await openIncoming(second.reference);
    await joy.getByRole('heading', { level: 1, name: `Referral ${second.reference}` }).waitFor();
    await joy.getByRole('button', { name: 'Decline the referral' }).click();
    await joy.getByRole('button', { name: 'Decline the referral' }).click();
    await joy.getByRole('link', { name: 'Say why you cannot take the referral' }).waitFor();
    await checkPage(joy, 'decline-errors');
    await joy.getByLabel('Why you cannot take the referral').fill('Our Saturday group is full until March.');
    await joy.getByRole('button', { name: 'Decline the referral' }).click();
    await joy.getByText('You have declined the referral.', { exact: false }).waitFor();

    await amara.reload();
    const item = amara.getByRole('article', { name: `${second.reference} to ${HARBOUR}` });
    await item.getByText('Declined', { exact: true }).waitFor();
    await item.getByText('Their reason: Our Saturday group is full until March.', { exact: false }).waitFor();
  });

  it('Nia withdraws a referral before it is accepted, once she confirms', async () => {
    const third = await sendOverApi(`Their housing advice drop-in ${tag}`);
    await nia.reload();
    const card = nia.getByRole('article').filter({ hasText: `Reference ${third.reference}.` });
    await card.getByText(`Waiting for ${HARBOUR} to reply`).waitFor();
    await card.getByRole('button', { name: 'Withdraw this referral' }).click();
    const dialog = nia.getByRole('dialog', { name: 'Withdraw this referral?' });
    await dialog.waitFor();
    await checkPage(nia, 'her-withdraw-confirm');
    await dialog.getByRole('button', { name: 'Withdraw it' }).click();
    await nia.getByText(`You withdrew the referral to ${HARBOUR}.`).waitFor();
    await card.getByText('Withdrawn: it was stopped before they replied', { exact: false }).waitFor();

    // Harbour can no longer accept it.
    await joy.goto('/referrals?status=withdrawn');
    await joy.getByRole('link', { name: `Referral ${third.reference}` }).click();
    await joy.getByRole('heading', { level: 1, name: `Referral ${third.reference}` }).waitFor();
    await expect(joy.getByRole('button', { name: 'Accept the referral' }).count()).resolves.toBe(0);
  });

  it('Amara withdraws one on her behalf from the journey, once she confirms', async () => {
    const fourth = await sendOverApi(`Their legal advice clinic ${tag}`);
    await amara.reload();
    const item = amara.getByRole('article', { name: `${fourth.reference} to ${HARBOUR}` });
    await item.getByRole('button', { name: 'Withdraw the referral' }).click();
    await amara.getByRole('dialog', { name: 'Withdraw this referral?' }).getByRole('button', { name: 'Withdraw the referral' }).click();
    await amara.getByText(`Referral ${fourth.reference} has been withdrawn.`).waitFor();
    await item.getByText('Withdrawn', { exact: true }).waitFor();
    await expect(item.getByRole('button', { name: 'Withdraw the referral' }).count()).resolves.toBe(0);
    await checkPage(amara, 'journey-tab-after');
  });
});
