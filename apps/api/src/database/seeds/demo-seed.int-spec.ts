import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../testing/test-database';
import { useTestApp } from '../../testing/test-app';
import { sessionFor, signIn, TestUser } from '../../testing/fixtures';
import { dataSourceOptions } from '../data-source-options';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './demo-seed';
import { DEMO_PUBLIC_SLUG } from './demo-voice';

describe('demo seed', () => {
  let db: TestDatabase;
  let owner: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new DataSource(dataSourceOptions(db.url, 2));
    await owner.initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await db?.drop();
  });

  it('should seed a fictional organisation with a year of casework once, and only show the logins again after that', async () => {
    const logins = await seedDemoIfEmpty(db.url, 'x'.repeat(40));
    expect(logins?.map((l) => l.email)).toContain('maya.manager@demo.beside.test');
    const [riverside]: { id: string }[] = await owner.query(`SELECT id FROM organisation WHERE name LIKE 'Riverside%'`);
    const [counts] = await owner.query(
      `SELECT (SELECT count(*)::int FROM journey WHERE organisation_id = $1) AS journeys,
              (SELECT count(*)::int FROM accompaniment WHERE organisation_id = $1) AS accompaniments,
              (SELECT count(*)::int FROM concern WHERE organisation_id = $1) AS concerns,
              (SELECT count(*)::int FROM goal WHERE achieved_at IS NOT NULL AND organisation_id = $1) AS achieved,
              (SELECT count(DISTINCT support_level)::int FROM accompaniment WHERE organisation_id = $1) AS levels`,
      [riverside.id],
    );
    expect(counts.journeys).toBe(15);
    expect(counts.accompaniments).toBeGreaterThan(50);
    expect(counts.concerns).toBe(4);
    expect(counts.achieved).toBeGreaterThan(0);
    expect(counts.levels).toBe(4);
    expect(await seedDemoIfEmpty(db.url, 'x'.repeat(40))).toHaveLength(logins?.length ?? -1);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM journey`);
    expect(n).toBe(15 + 11 + 10);
  });

  it('should seed the network: its operator, a second member with its own people, and a third whose figures join the pool', async () => {
    const organisations: { name: string; kind: string; people: number; journeys: number }[] = await owner.query(
      `SELECT o.name, o.kind, (SELECT count(*)::int FROM user_account u WHERE u.organisation_id = o.id AND u.password_hash IS NOT NULL) AS people,
              (SELECT count(*)::int FROM journey j WHERE j.organisation_id = o.id) AS journeys
       FROM organisation o ORDER BY o.name`,
    );
    expect(organisations).toEqual([
      { name: "Harbour Women's Voice (demo, fictional)", kind: 'member', people: 4, journeys: 11 },
      { name: "Northgate Women's Collective (demo, fictional)", kind: 'member', people: 0, journeys: 10 },
      { name: "Riverside Women's Advocacy (demo, fictional)", kind: 'member', people: 10, journeys: 15 },
      { name: "Women's Mental Health Network (demo, fictional)", kind: 'network', people: 1, journeys: 0 },
    ]);
    const logins = (await seedDemoIfEmpty(db.url, 'x'.repeat(40))) ?? [];
    expect(logins.find((l) => l.email === 'noor.network@demo.beside.test')).toMatchObject({ role: 'network_admin', twoStep: true });
    expect(logins.filter((l) => l.organisation.startsWith('Harbour')).map((l) => l.email)).toEqual([
      'hana.admin@harbour.demo.beside.test',
      'ines.manager@harbour.demo.beside.test',
      'joy.advocate@harbour.demo.beside.test',
      'kezia@harbour.demo.beside.test',
    ]);
  });

  it('should never record attendance for an appointment that has not happened yet', async () => {
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM appointment WHERE starts_at > now() AND status <> 'planned'`);
    expect(n).toBe(0);
  });
});

// Nia is the README's portal persona: signed in as her, a newcomer sees a few months of her journey.
describe('Nia\'s portal in the demo', () => {
  const t = useTestApp(async (t) => {
    await seedDemoIfEmpty(t.database.url, t.env.SECRET_KEY);
    const [account]: { id: string; organisation_id: string }[] = await t.owner.query(
      `SELECT id, organisation_id FROM user_account WHERE email = 'nia@demo.beside.test'`,
    );
    const user: TestUser = { id: account.id, organisationId: account.organisation_id, role: 'service_user', email: 'nia@demo.beside.test', totpSecret: null };
    const nia = await signIn(t, user, DEMO_PASSWORD);
    return { nia };
  });

  it('should show her plan: goals in her words, with steps done and to do, hers, Amara\'s and together', async () => {
    const res = await t.nia.get('/api/my/plan');
    expect(res.status).toBe(200);
    const goals: { words: string; status: string; writtenBy: string; steps: { owner: string; done: boolean; writtenBy: string }[] }[] = res.body.goals;
    expect(goals.length).toBeGreaterThanOrEqual(2);
    expect(goals.map((g) => g.words)).toContain('I want to try talking therapy, not just tablets');
    expect(new Set(goals.map((g) => g.status))).toEqual(new Set(['achieved', 'in_progress']));
    const steps = goals.flatMap((g) => g.steps);
    expect(new Set(steps.map((s) => s.owner))).toEqual(new Set(['her', 'advocate', 'together']));
    expect(steps.some((s) => s.done)).toBe(true);
    expect(steps.some((s) => !s.done)).toBe(true);
    expect(new Set([...goals, ...steps].map((x) => x.writtenBy))).toEqual(new Set(['her', 'staff']));
    expect(res.body.sharedNotes.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(res.body)).not.toMatch(/Review was rushed|No letter from Brookfield/);
  });

  it('should show her check-ins rising over the months', async () => {
    const res = await t.nia.get('/api/my/check-ins?limit=50');
    expect(res.status).toBe(200);
    const items: { confidence: number; recordedAt: string }[] = Array.isArray(res.body) ? res.body : res.body.items;
    expect(items.length).toBeGreaterThanOrEqual(6);
    const oldestFirst = [...items].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    expect(oldestFirst[oldestFirst.length - 1].confidence).toBeGreaterThan(oldestFirst[0].confidence + 3);
  });

  it('should show past appointments attended along the road to self-advocacy, and upcoming ones planned with what she wants to say', async () => {
    const res = await t.nia.get('/api/my/appointments');
    expect(res.status).toBe(200);
    type Appointment = { startsAt: string; status: string; preparation: string | null; comingWithHer: { name: string; supportLevel: string }[] };
    const { upcoming, past }: { upcoming: Appointment[]; past: Appointment[] } = res.body;
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.every((a) => a.status === 'planned' && new Date(a.startsAt) > new Date())).toBe(true);
    expect(upcoming.some((a) => a.preparation)).toBe(true);
    expect(past.every((a) => a.status === 'attended')).toBe(true);
    const ladder = [...past].reverse().map((a) => a.comingWithHer[0]?.supportLevel);
    expect(ladder[0]).toBe('advocate_led');
    expect(ladder).toContain('accompanied');
    expect(ladder[ladder.length - 1]).toBe('prepared');
    expect(past.every((a) => a.comingWithHer.some((c) => c.name === 'Amara Hughes'))).toBe(true);
  });

  it('should show her consents, one to share with a named agency', async () => {
    const res = await t.nia.get('/api/my/consents');
    expect(res.status).toBe(200);
    const consents: { sharedWith: string | null }[] = Array.isArray(res.body) ? res.body : res.body.items;
    expect(consents.length).toBeGreaterThanOrEqual(2);
    expect(consents.some((c) => c.sharedWith === 'Northgate Medical Practice')).toBe(true);
  });

  it('should show the change she asked for to a goal, accepted, and a journey active for about three months', async () => {
    const proposals = await t.nia.get('/api/my/change-proposals');
    expect(proposals.status).toBe(200);
    expect(proposals.body).toEqual([expect.objectContaining({ status: 'accepted', proposedValue: 'I want to try talking therapy, not just tablets' })]);
    const journeys = await t.nia.get('/api/my/journeys');
    const current = journeys.body.find((j: { current: boolean }) => j.current);
    expect(current.status).toBe('active');
    const [{ days }] = await t.owner.query(`SELECT current_date - referral_date AS days FROM journey WHERE id = $1`, [current.id]);
    expect(days).toBeGreaterThanOrEqual(80);
  });
});

// Issue 18 in the demo: a newcomer sees a consultation to answer, and the chain from what women said to what was done.
describe('her voice in the demo', () => {
  const t = useTestApp(async (t) => {
    await seedDemoIfEmpty(t.database.url, t.env.SECRET_KEY);
    const [account]: { id: string; organisation_id: string }[] = await t.owner.query(
      `SELECT id, organisation_id FROM user_account WHERE email = 'nia@demo.beside.test'`,
    );
    const user: TestUser = { id: account.id, organisationId: account.organisation_id, role: 'service_user', email: 'nia@demo.beside.test', totpSecret: null };
    const [maya]: { id: string }[] = await t.owner.query(`SELECT id FROM user_account WHERE email = 'maya.manager@demo.beside.test'`);
    const manager = await sessionFor(t, { id: maya.id, organisationId: account.organisation_id, role: 'manager', email: 'maya.manager@demo.beside.test', totpSecret: null });
    return { nia: await signIn(t, user, DEMO_PASSWORD), manager, organisationId: account.organisation_id };
  });

  it('should show Maya three months of feedback after accompanied appointments beside the self-advocacy trend', async () => {
    const res = await t.manager.get('/api/dashboard');
    expect(res.status).toBe(200);
    const shown = res.body.advocateFeedbackTrend.filter((m: { agreePercent: number | null }) => m.agreePercent !== null);
    expect(shown.map((m: { responses: number }) => m.responses)).toEqual([10, 12, 13]);
    expect(shown.map((m: { agreePercent: number }) => m.agreePercent)).toEqual([50, 58, 62]);
  });

  it("should show Maya two challenges near their deadline", async () => {
    const deadlines = (await t.manager.get('/api/dashboard').expect(200)).body.challengeDeadlines;
    expect(deadlines).toMatchObject({ missed: 0, near: 2 });
    expect(deadlines.soonest.map((d: { typeName: string; daysLeft: number }) => d.typeName)).toEqual(['Benefits: mandatory reconsideration and appeal', 'Housing review']);
    expect(deadlines.soonest.map((d: { daysLeft: number }) => d.daysLeft)).toEqual([expect.any(Number), 10]);
    expect(deadlines.soonest[0].daysLeft).toBeGreaterThanOrEqual(4);
    expect(deadlines.soonest[0].daysLeft).toBeLessThanOrEqual(7);
  });

  it('should show Maya two long-closed journeys due for review, and nothing of them in any figure', async () => {
    const due = (await t.manager.get('/api/retention-reviews').expect(200)).body as { serviceUserName?: string; journeyId?: string }[];
    expect(due).toHaveLength(2);
    expect(JSON.stringify(due)).toMatch(/Orla Byrne/);
    expect(JSON.stringify(due)).toMatch(/Tamsin Reid/);
  });

  it('should offer Nia the open consultation, also on its public link', async () => {
    const mine = await t.nia.get('/api/my/consultations');
    expect(mine.status).toBe(200);
    expect(mine.body.map((c: { title: string }) => c.title)).toContain('Your say on the Tuesday drop-in');
    const page = await t.http().get(`/api/public/consultations/${DEMO_PUBLIC_SLUG}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: 'Your say on the Tuesday drop-in', open: true });
  });

  it('should show "You said, we did" from the closed consultation to the campaign, in her portal and in public, with nothing below five', async () => {
    const mine = await t.nia.get('/api/my/you-said-we-did');
    const open = await t.http().get(`/api/public/you-said-we-did/${t.organisationId}`);
    for (const res of [mine, open]) {
      expect(res.status).toBe(200);
      const [consultation] = res.body.consultations;
      expect(consultation).toMatchObject({ title: 'Appointments with mental health staff', responses: 14 });
      expect(consultation.quotes).toHaveLength(2);
      expect(consultation.findings.map((f: { title: string }) => f.title)).toEqual(['Women want to know what an appointment is for before it happens']);
      expect(consultation.findings[0].campaigns[0]).toMatchObject({ title: 'Plain-words appointment letters', status: 'active' });
      expect(consultation.findings[0].campaigns[0].outcomes).toHaveLength(1);
      const highlights = consultation.said.flatMap((s: { highlights: { count: number }[] }) => s.highlights);
      expect(highlights.length).toBeGreaterThan(0);
      expect(highlights.every((h: { count: number }) => h.count >= 5)).toBe(true);
      expect(JSON.stringify(res.body)).not.toMatch(/Nia|Maya|Iris|Wren|Rosa|Lena/);
    }
  });
});
