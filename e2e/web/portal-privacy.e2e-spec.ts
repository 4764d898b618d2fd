// The three things her portal must never do, checked in a real browser signed in as Nia:
// (a) show her another woman's records, (b) show her a staff-only note, (c) show her a concern
// raised about her that staff marked as kept from her. Each record carries a unique marker;
// every page of her area and both downloads are read in full and must not contain it.
import type { Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { chromiumForSuite, newPage } from '../support/browser';
import { signInAsHer } from '../support/sign-in';

/** Her pages, each with the heading that says it has loaded. Consents are on "Your details". */
const HER_PAGES: [path: string, heading: RegExp][] = [
  ['/my', /^Hello/],
  ['/my/appointments', /^Appointments$/],
  ['/my/details', /^Your details$/],
  ['/my/concerns', /^Concerns$/],
  ['/my/who-looked', /^Who has looked at your record$/],
  ['/my/account', /^Your account$/],
];

interface Answer {
  what: string;
  status: number;
  text: string;
}

describe('Her portal never shows her what is not hers', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let advocate: ApiClient;
  const tag = Date.now().toString(36);
  const rosaMarkers = {
    goal: `ROSA-GOAL-${tag}`,
    step: `ROSA-STEP-${tag}`,
    sharedNote: `ROSA-SHARED-NOTE-${tag}`,
    staffNote: `ROSA-STAFF-NOTE-${tag}`,
    appointment: `ROSA-APPOINTMENT-${tag}`,
    consent: `ROSA-CONSENT-${tag}`,
    concern: `ROSA-CONCERN-${tag}`,
  };
  const staffOnly = `STAFF-ONLY-${tag}`;
  const shared = `SHARED-WITH-NIA-${tag}`;
  const rosa = { journeyId: '', serviceUserId: '', goalId: '', stepId: '', noteId: '', appointmentId: '', consentId: '', concernId: '' };
  let niaJourneyId = '';

  /** Every page of her area, read in full (text and markup), plus both downloads. */
  async function everythingSheCanSee(): Promise<Record<string, string>> {
    const seen: Record<string, string> = {};
    for (const [path, heading] of HER_PAGES) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !/Loading/.test(document.body.innerText), undefined, { timeout: 15_000 });
      seen[path] = `${await page.locator('body').innerText()}\n${await page.content()}`;
    }
    await page.goto('/my/details');
    for (const link of [/Download a page you can read or print/, /Download a data file/]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
      seen[download.suggestedFilename()] = await streamText(await download.createReadStream());
    }
    return seen;
  }

  /** Fetches from her own browser tab, with her session and CSRF token, as a script on the page could. */
  function fetchAsHer(requests: [method: string, path: string, body?: unknown][]): Promise<Answer[]> {
    return page.evaluate(async (list) => {
      const session = await (await fetch('/api/auth/session')).json();
      const answers = [];
      for (const [method, path, body] of list) {
        const headers: Record<string, string> = { Accept: 'application/json' };
        if (method !== 'GET') headers['X-CSRF-Token'] = session.csrfToken;
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        answers.push({ what: `${method} ${path}`, status: res.status, text: await res.text() });
      }
      return answers;
    }, requests);
  }

  function expectNoneOf(seen: Record<string, string>, words: string[]): void {
    const found = Object.entries(seen).flatMap(([where, text]) => words.filter((w) => text.includes(w)).map((w) => `${w} on ${where}`));
    expect(found).toEqual([]);
  }

  beforeAll(async () => {
    advocate = await signIn(DEMO.advocate);
    // Rosa's journey, through a staff session, with a marker on each kind of record.
    const found = await advocate.get('/api/journeys?q=Rosa');
    const rosaEntry = found.body.items.find((j: { serviceUserName: string }) => j.serviceUserName === 'Rosa Almeida');
    expect(rosaEntry).toBeDefined();
    rosa.journeyId = rosaEntry.id;
    rosa.serviceUserId = rosaEntry.serviceUserId;
    const goal = await advocate.post(`/api/journeys/${rosa.journeyId}/goals`, { words: rosaMarkers.goal, category: 'housing', targetDate: null });
    expect(goal.status).toBe(201);
    rosa.goalId = goal.body.id;
    const step = await advocate.post(`/api/goals/${rosa.goalId}/steps`, { description: rosaMarkers.step, owner: 'her', dueDate: null });
    expect(step.status).toBe(201);
    rosa.stepId = step.body.id;
    const note = await advocate.post(`/api/journeys/${rosa.journeyId}/notes`, { visibility: 'shared', body: rosaMarkers.sharedNote });
    expect(note.status).toBe(201);
    rosa.noteId = note.body.id;
    expect((await advocate.post(`/api/journeys/${rosa.journeyId}/notes`, { visibility: 'staff', body: rosaMarkers.staffNote })).status).toBe(201);
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    startsAt.setUTCHours(11, 0, 0, 0);
    const appointment = await advocate.post(`/api/journeys/${rosa.journeyId}/appointments`, {
      professionalRole: 'social_worker',
      professionalOrganisation: rosaMarkers.appointment,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: rosaMarkers.appointment,
      remote: false,
      purpose: rosaMarkers.appointment,
    });
    expect(appointment.status).toBe(201);
    rosa.appointmentId = appointment.body.id;
    const consent = await advocate.post(`/api/service-users/${rosa.serviceUserId}/consents`, { agreement: rosaMarkers.consent, givenOn: '2026-01-10' });
    expect(consent.status).toBe(201);
    rosa.consentId = consent.body.id;
    // Rosa raises a concern herself.
    const rosaHerself = await signIn(DEMO.otherServiceUser);
    const concern = await rosaHerself.post('/api/my/concerns', { category: 'service_quality', description: rosaMarkers.concern });
    expect(concern.status).toBe(201);
    rosa.concernId = concern.body.id;
    // On Nia's own journey her advocate writes one note only staff may read and one shared with her.
    const nia = await signIn(DEMO.serviceUser);
    niaJourneyId = (await nia.get('/api/my/journeys')).body.find((j: { current: boolean }) => j.current).id;
    expect((await advocate.post(`/api/journeys/${niaJourneyId}/notes`, { visibility: 'staff', body: staffOnly })).status).toBe(201);
    expect((await advocate.post(`/api/journeys/${niaJourneyId}/notes`, { visibility: 'shared', body: shared })).status).toBe(201);

    page = await newPage(chromium.browser, { phone: true, acceptDownloads: true });
    await signInAsHer(page);
  });

  it('answers her browser 403 on every staff route and 404 on her own routes given Rosa’s ids, and changes nothing of Rosa’s', async () => {
    const r = rosa;
    // Staff routes: her role has no such permission at all (403).
    const staffAnswers = await fetchAsHer([
      ['GET', '/api/journeys?q=Rosa'],
      ['GET', `/api/journeys/${r.journeyId}`],
      ['GET', `/api/journeys/${r.journeyId}/plan`],
      ['GET', `/api/journeys/${r.journeyId}/notes`],
      ['GET', `/api/journeys/${r.journeyId}/appointments`],
      ['GET', `/api/journeys/${r.journeyId}/appointments.ics`],
      ['GET', `/api/journeys/${r.journeyId}/check-ins`],
      ['GET', `/api/journeys/${r.journeyId}/timeline`],
      ['GET', `/api/journeys/${r.journeyId}/trend`],
      ['GET', `/api/journeys/${r.journeyId}/change-proposals`],
      ['GET', `/api/journeys/${r.journeyId}/concerns`],
      ['GET', `/api/service-users/${r.serviceUserId}`],
      ['GET', `/api/service-users/${r.serviceUserId}/consents`],
      ['GET', `/api/appointments/${r.appointmentId}`],
      ['GET', `/api/notes/${r.noteId}/versions`],
      ['GET', `/api/concerns/${r.concernId}`],
      ['GET', '/api/concerns'],
      ['GET', '/api/change-proposals'],
      ['PATCH', `/api/goals/${r.goalId}`, { version: 1, words: 'Changed by Nia' }],
      ['PATCH', `/api/steps/${r.stepId}`, { version: 1, done: true }],
      ['POST', `/api/goals/${r.goalId}/steps`, { description: 'Added by Nia', owner: 'her', dueDate: null }],
      ['POST', `/api/journeys/${r.journeyId}/notes`, { visibility: 'shared', body: 'Added by Nia' }],
      ['POST', `/api/consents/${r.consentId}/withdraw`, { version: 1 }],
    ]);
    // Her own routes pointed at Rosa's records: outside her scope, so as if they did not exist (404).
    const portalAnswers = await fetchAsHer([
      ['GET', `/api/my/plan?journeyId=${r.journeyId}`],
      ['GET', `/api/my/check-ins?journeyId=${r.journeyId}`],
      ['GET', `/api/my/appointments/${r.appointmentId}`],
      ['GET', `/api/my/appointments/${r.appointmentId}.ics`],
      ['PATCH', `/api/my/appointments/${r.appointmentId}/preparation`, { version: 1, preparation: 'Written by Nia' }],
      ['POST', `/api/my/goals?journeyId=${r.journeyId}`, { words: 'Added by Nia', category: 'other' }],
      ['PATCH', `/api/my/goals/${r.goalId}`, { version: 1, words: 'Changed by Nia' }],
      ['POST', `/api/my/goals/${r.goalId}/steps`, { description: 'Added by Nia' }],
      ['PATCH', `/api/my/steps/${r.stepId}`, { version: 1, done: true }],
      ['POST', `/api/my/check-ins?journeyId=${r.journeyId}`, { confidence: 3 }],
      ['POST', `/api/my/consents/${r.consentId}/withdraw`, { version: 1 }],
      ['POST', '/api/my/change-proposals', { targetType: 'goal', targetId: r.goalId, field: 'words', proposedValue: 'Changed by Nia', reason: 'Testing' }],
    ]);
    const answers = [...staffAnswers, ...portalAnswers];
    expect(staffAnswers.filter((a) => a.status !== 403).map((a) => `${a.what} → ${a.status}`)).toEqual([]);
    expect(portalAnswers.filter((a) => a.status !== 404).map((a) => `${a.what} → ${a.status}`)).toEqual([]);
    // Her own lists answer, with nothing of Rosa's in them.
    const own = await fetchAsHer(
      ['journeys', 'plan', 'check-ins', 'appointments', 'details', 'consents', 'concerns', 'change-proposals', 'access-log', 'data.json', 'data.html'].map(
        (p): [string, string] => ['GET', `/api/my/${p}`],
      ),
    );
    expect(own.filter((a) => a.status !== 200).map((a) => `${a.what} → ${a.status}`)).toEqual([]);
    expectNoneOf(Object.fromEntries([...answers, ...own].map((a) => [a.what, a.text])), ['Rosa', 'Almeida', ...Object.values(rosaMarkers)]);

    // Rosa's records are as her advocate left them.
    const plan = (await advocate.get(`/api/journeys/${r.journeyId}/plan`)).body;
    const goal = plan.goals.find((g: { id: string }) => g.id === r.goalId);
    expect(goal).toMatchObject({ words: rosaMarkers.goal, version: 1, steps: [{ id: r.stepId, done: false }] });
    const notes = (await advocate.get(`/api/journeys/${r.journeyId}/notes`)).body;
    expect(JSON.stringify(notes)).not.toContain('by Nia');
    expect((await advocate.get(`/api/appointments/${r.appointmentId}`)).body).toMatchObject({ preparation: null, version: 1 });
    const consents: { id: string; withdrawnAt: string | null }[] = (await advocate.get(`/api/service-users/${r.serviceUserId}/consents`)).body;
    expect(consents.find((c) => c.id === r.consentId)).toMatchObject({ withdrawnAt: null });
    expect((await advocate.get(`/api/journeys/${r.journeyId}/change-proposals`)).body).toEqual([]);
    expect((await advocate.get(`/api/journeys/${r.journeyId}/check-ins`)).body).toMatchObject({ items: [] });
  });

  it('never shows Rosa’s name or anything written on her records on any page or download, and never the staff-only note', async () => {
    // Staff routes in the address bar show her nothing of Rosa either.
    await page.goto(`/journeys/${rosa.journeyId}`);
    await page.waitForLoadState('networkidle');
    const staffPage = `${await page.locator('body').innerText()}\n${await page.content()}`;

    const seen = { ...(await everythingSheCanSee()), [`/journeys/${rosa.journeyId}`]: staffPage };
    // The reading works: what is hers and shared with her is there, on her plan and in both downloads.
    expect(seen['/my']).toContain(shared);
    const downloads = Object.keys(seen).filter((k) => !k.startsWith('/'));
    expect(downloads).toHaveLength(2);
    for (const name of downloads) expect({ name, shared: seen[name].includes(shared) }).toEqual({ name, shared: true });
    expect(seen['/my/who-looked']).toMatch(/Amara/);

    expectNoneOf(seen, ['Rosa', 'Almeida', ...Object.values(rosaMarkers)]);
    expectNoneOf(seen, [staffOnly]);
  });

  it('never shows her a concern about her that staff keep from her, even after a manager opens it', async () => {
    const marker = `CONFIDENTIAL-CONCERN-${tag}`;
    const manager = await signIn(DEMO.manager);
    const managerName: string = (await manager.get('/api/auth/session')).body.user.displayName;
    const logBefore = await fetchAsHer([['GET', '/api/my/access-log?limit=100']]);
    expect(logBefore[0].status).toBe(200);
    const idsBefore = new Set(JSON.parse(logBefore[0].text).items.map((e: { id: string }) => e.id));

    const raised = await manager.post('/api/concerns', {
      journeyId: niaJourneyId,
      category: 'abuse_or_violence',
      severity: 'medium',
      description: marker,
      confidentialFromSubject: true,
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ confidentialFromSubject: true, journeyId: niaJourneyId });
    const opened = await manager.get(`/api/concerns/${raised.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.description).toBe(marker);
    expect((await manager.get(`/api/journeys/${niaJourneyId}/concerns`)).body.map((c: { id: string }) => c.id)).toContain(raised.body.id);

    const seen = await everythingSheCanSee();
    expectNoneOf(seen, [marker, raised.body.reference, raised.body.id]);
    const answers = await fetchAsHer([
      ['GET', '/api/my/concerns'],
      ['GET', '/api/my/access-log?limit=100'],
      ['GET', `/api/concerns/${raised.body.id}`],
      ['GET', `/api/journeys/${niaJourneyId}/concerns`],
    ]);
    expectNoneOf(Object.fromEntries(answers.map((a) => [a.what, a.text])), [marker, raised.body.reference, raised.body.id]);
    expect(answers.map((a) => [a.what, a.status])).toEqual(answers.map((a, i) => [a.what, i < 2 ? 200 : 403]));
    // Her "who has looked" list gains nothing from the manager raising and opening it.
    const newByManager = JSON.parse(answers[1].text)
      .items.filter((e: { id: string; who: string }) => !idsBefore.has(e.id) && e.who === managerName)
      .map((e: { who: string; what: string }) => `${e.who}: ${e.what}`);
    expect(newByManager).toEqual([]);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
