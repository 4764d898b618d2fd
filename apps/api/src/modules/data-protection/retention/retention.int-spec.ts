import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../../../common/clock';
import { createJourney, createOrganisation, createUser, expectRefusedNaming, newSession, sessionFor, auditEventsFor, type SignedIn } from '../../../testing/fixtures';
import { womanWithAccount } from '../../../testing/journey-team';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { DocumentStore } from '../../documents';
import { JobRunner } from '../../jobs';
import { AnonymisationJob } from './anonymisation.job';

/** Her case record with her name written through it, as years of work leave it (straight into the database). */
async function fillJourney(t: TestApp, journeyId: string, advocateId: string, name: string): Promise<{ storageKey: string }> {
  const [j]: { organisation_id: string; service_user_id: string }[] = await t.owner.query(`SELECT organisation_id, service_user_id FROM journey WHERE id = $1`, [journeyId]);
  const [org, her] = [j.organisation_id, j.service_user_id];
  const q = (sql: string, params: unknown[]) => t.owner.query(sql, params);
  await q(`UPDATE journey SET referral_reason = $2 WHERE id = $1`, [journeyId, `Referred for ${name}`]);
  await q(`UPDATE service_user SET preferred_name = $2, date_of_birth = '1990-07-23', languages = 'English', safe_contact = safe_contact || jsonb_build_object('phone', '07700 900123') WHERE id = $1`, [her, name]);
  await q(`UPDATE user_account SET display_name = $2 WHERE id = (SELECT account_id FROM service_user WHERE id = $1)`, [her, name]);
  const [goal]: { id: string }[] = await q(
    `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category) VALUES ($1, $2, $3, $4, 'health') RETURNING id`,
    [org, journeyId, her, `${name} wants a new psychiatrist`],
  );
  await q(`INSERT INTO step (organisation_id, goal_id, journey_id, description, owner) VALUES ($1, $2, $3, $4, 'together')`, [org, goal.id, journeyId, `Call for ${name}`]);
  await q(`INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body) VALUES ($1, $2, $3, 'staff', $4)`, [org, journeyId, her, `Met ${name} at home`]);
  await q(`INSERT INTO check_in (organisation_id, journey_id, service_user_id, confidence, words) VALUES ($1, $2, $3, 3, $4)`, [org, journeyId, her, `${name}: a better week`]);
  await q(`INSERT INTO conversation_message (organisation_id, journey_id, author_id, author_role, body) VALUES ($1, $2, $3, 'advocate', $4)`, [org, journeyId, advocateId, `Hello ${name}`]);
  await q(
    `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, location, purpose, status)
     VALUES ($1, $2, $3, 'psychiatrist', '2019-11-04T10:00:00Z', '2019-11-04T11:00:00Z', $4, $4, 'attended')`,
    [org, journeyId, her, `${name}'s review at 12 Elm Road`],
  );
  await q(
    `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, category, severity, description, triage_due_at, status, closed_at, outcome)
     VALUES ($1, $2, $3, $4, $5, 'advocate', 'risk_to_self', 'high', $6, '2019-10-02T00:00:00Z', 'closed', '2019-12-01T00:00:00Z', $6)`,
    [org, journeyId, her, `C-R${randomUUID().slice(0, 4).toUpperCase()}`, advocateId, `Worried about ${name}`],
  );
  const [challenge]: { id: string }[] = await q(
    `INSERT INTO challenge (organisation_id, journey_id, type_key, type_definition, body_challenged, her_words, event_on, created_by, updated_by)
     VALUES ($1, $2, 'nhs_complaint', '{}', 'The trust', $3, '2019-09-01', $4, $4) RETURNING id`,
    [org, journeyId, `${name} was not listened to`, advocateId],
  );
  const [letter]: { id: string }[] = await q(
    `INSERT INTO letter (organisation_id, journey_id, challenge_id, template_key, title, body, created_by, updated_by) VALUES ($1, $2, $3, 'complaint', $4, $4, $5, $5) RETURNING id`,
    [org, journeyId, challenge.id, `Complaint for ${name}`, advocateId],
  );
  await q(`UPDATE letter SET status = 'sent', sent_on = '2019-09-10', sent_version = 1 WHERE id = $1`, [letter.id]);
  const [plan]: { id: string }[] = await q(`INSERT INTO safety_plan (organisation_id, journey_id, created_by, updated_by) VALUES ($1, $2, $3, $3) RETURNING id`, [org, journeyId, advocateId]);
  const [section]: { id: string }[] = await q(
    `INSERT INTO safety_plan_section (organisation_id, plan_id, journey_id, section_key, body, by_her, created_by, updated_by) VALUES ($1, $2, $3, 'safe_places', $4, true, $5, $5) RETURNING id`,
    [org, plan.id, journeyId, `${name}'s sister's flat`, advocateId],
  );
  await q(`UPDATE safety_plan_section SET body = $2 WHERE id = $1`, [section.id, `${name}'s friend's flat`]);
  await q(`INSERT INTO her_statement (organisation_id, service_user_id, what_to_know, updated_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [org, her, `I am ${name}`, advocateId]);
  const storageKey = randomUUID();
  await t.app.get(DocumentStore).put(storageKey, Buffer.from(`${name}'s letter`), 'text/plain');
  await q(
    `INSERT INTO document (organisation_id, journey_id, description, storage_key, content_type, extension, size_bytes, sha256, visibility, scan, uploaded_by, by_her)
     VALUES ($1, $2, $3, $4, 'application/pdf', 'pdf', 10, repeat('a', 64), 'staff', 'clean', $5, false)`,
    [org, journeyId, `${name}'s GP letter`, storageKey, advocateId],
  );
  return { storageKey };
}

async function closeJourney(t: TestApp, journeyId: string, closedAt: string): Promise<void> {
  await t.owner.query(`UPDATE journey SET status = 'closed', closed_at = $2, closure_outcome = 'goals_met', closure_reason = 'Closed with her' WHERE id = $1`, [journeyId, closedAt]);
}

/** Every row of every table that holds `text` anywhere in a text, json or array column: "table.column" for each. */
async function whereTextIs(t: TestApp, text: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await t.owner.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('character varying', 'text', 'jsonb', 'json', 'ARRAY', 'character')
       AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
  );
  const found: string[] = [];
  for (const c of columns) {
    const [row]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1`, [`%${text}%`]);
    if (row.n > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

const NOW = new Date('2027-01-10T09:00:00Z');
const NAME = 'Zinnia Quillfeather';

async function journeyOf(t: TestApp, org: string, advocateId: string, name: string, closedAt: string | null) {
  const woman = await womanWithAccount(t, org, { name });
  const journey = await createJourney(t, org, woman.her, advocateId);
  if (closedAt) await closeJourney(t, journey, closedAt);
  return { ...woman, journey };
}

/** Every figure of the dashboard and the monthly reports, without the moment they were made. */
async function figures(manager: SignedIn, months: string[]): Promise<unknown> {
  const strip = (body: Record<string, unknown>) => JSON.parse(JSON.stringify(body, (k, v) => (k === 'generatedAt' ? undefined : v)));
  const dashboard = await manager.get('/api/dashboard');
  expect(dashboard.status).toBe(200);
  const reports = [];
  for (const month of months) {
    const r = await manager.get(`/api/reports/monthly?month=${month}`);
    expect(r.status).toBe(200);
    reports.push(strip(r.body));
  }
  // Her organisation shares its figures with the network by default: the pool's figures for the same months.
  const network = await manager.get(`/api/network/figures?from=${months[0]}&to=${months[months.length - 1]}`);
  expect(network.status).toBe(200);
  return { dashboard: strip(dashboard.body), reports, network: strip(network.body) };
}

describe('retention: the schedule, the review queue, legal holds and the anonymisation job', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const manager = await newSession(t, org, 'manager');
    const asha = await createUser(t, org, 'advocate');
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await newSession(t, org, 'advocate');
    const otherOrgManager = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    // Zinnia: closed six and a half years ago, with a (closed) concern: a safeguarding record.
    const zinnia = await journeyOf(t, org, asha.id, NAME, '2020-05-15T10:00:00Z');
    const filled = await fillJourney(t, zinnia.journey, asha.id, NAME);
    const kept = await journeyOf(t, org, asha.id, 'Kept Woman', '2020-03-10T10:00:00Z');
    const held = await journeyOf(t, org, asha.id, 'Held Woman', '2020-02-01T10:00:00Z');
    const concerned = await journeyOf(t, org, asha.id, 'Concerned Woman', '2020-02-03T10:00:00Z');
    await t.owner.query(
      `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, category, severity, description, triage_due_at)
       VALUES ($1, $2, $3, 'C-OPEN1', $4, 'advocate', 'neglect', 'low', 'Still open', now())`,
      [org, concerned.journey, concerned.her, asha.id],
    );
    const recent = await journeyOf(t, org, asha.id, 'Recent Woman', '2026-06-01T10:00:00Z');
    const open = await journeyOf(t, org, asha.id, 'Open Woman', null);
    return { org, manager, advocate, otherAdvocate, otherOrgManager, zinnia, storageKey: filled.storageKey, kept, held, concerned, recent, open };
  });
  let setNow: (d: Date) => void;
  beforeEach(() => {
    const spy = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(NOW);
    setNow = (d) => spy.mockReturnValue(d);
  });
  afterEach(() => jest.restoreAllMocks());
  const queue = async () => ((await t.manager.get('/api/retention-reviews')).body as { id: string }[]).map((r) => r.id);

  it('should show the defaults with their reasons, and refuse a period of zero or less, or without a reason, changing nothing', async () => {
    const rules = await t.manager.get('/api/retention-rules');
    expect(rules.status).toBe(200);
    expect(rules.body).toEqual([
      expect.objectContaining({ recordType: 'closed_journey', keepMonths: 72, isDefault: true, version: 0, reason: expect.stringContaining('Limitation Act 1980') }),
      expect.objectContaining({ recordType: 'safeguarding', keepMonths: 120, isDefault: true }),
      expect.objectContaining({ recordType: 'audit_event', keepMonths: 120, isDefault: true }),
    ]);
    await expectRefusedNaming(
      [
        [{ version: 0, keepMonths: 0, reason: 'x' }, 'keepMonths'],
        [{ version: 0, keepMonths: -1, reason: 'x' }, 'keepMonths'],
        [{ version: 0, keepMonths: 1.5, reason: 'x' }, 'keepMonths'],
        [{ version: 0, keepMonths: 12 }, 'reason'],
        [{ version: 0, keepMonths: 12, reason: '  ' }, 'reason'],
      ],
      (b) => t.manager.put('/api/retention-rules/closed_journey').send(b),
    );
    expect((await t.manager.put('/api/retention-rules/everything').send({ version: 0, keepMonths: 12, reason: 'x' })).body.message).toEqual([expect.stringContaining('recordType')]);
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM retention_rule`))[0].n).toBe(0);
  });

  it('should list closed journeys whose time is up (both periods for safeguarding records), and change a period with its audit', async () => {
    // Zinnia (and the woman with an open concern) have safeguarding records: due only once their ten years have passed too.
    expect(await queue()).toEqual([t.held.journey, t.kept.journey]);
    const saved = await t.manager.put('/api/retention-rules/safeguarding').send({ version: 0, keepMonths: 72, reason: 'Our board decided six years for adults' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ keepMonths: 72, isDefault: false, version: 1, reason: 'Our board decided six years for adults' });
    expect((await auditEventsFor(t, saved))[0]).toMatchObject({ action: 'retention.rule_saved', detail: { recordType: 'safeguarding', before: { keepMonths: 120, isDefault: true }, after: { keepMonths: 72 } } });
    expect((await t.manager.put('/api/retention-rules/safeguarding').send({ version: 0, keepMonths: 60, reason: 'x' })).status).toBe(409);

    const reviews = (await t.manager.get('/api/retention-reviews')).body;
    expect(reviews.map((r: { id: string }) => r.id)).toEqual([t.held.journey, t.concerned.journey, t.kept.journey, t.zinnia.journey]);
    expect(reviews[3]).toMatchObject({ serviceUserName: NAME, hasSafeguardingRecords: true, closedOn: '2020-05-15', dueOn: '2026-05-15', previousKeep: null, approved: null, blockedBy: null });
    expect(reviews[1]).toMatchObject({ blockedBy: expect.stringContaining('open concern') });
    // Advocates see the state of their journeys; the hold's reason is for managers only.
    const state = await t.advocate.get(`/api/journeys/${t.zinnia.journey}/retention`);
    expect(state.body).toMatchObject({ dueOn: '2026-05-15', rules: [{ recordType: 'closed_journey', keepMonths: 72 }, { recordType: 'safeguarding', keepMonths: 72 }], hold: { held: false }, anonymisedAt: null });
    expect((await t.otherAdvocate.get(`/api/journeys/${t.zinnia.journey}/retention`)).status).toBe(404);
  });

  it('should keep one with a reason until its date, and refuse bad input, a held record, an open concern and another organisation, changing nothing', async () => {
    await expectRefusedNaming(
      [
        [{ keepUntil: '2028-01-01' }, 'reason'],
        [{ keepUntil: '2028-01-01', reason: ' ' }, 'reason'],
        [{ keepUntil: '2027-01-10', reason: 'Today is not later' }, 'keepUntil'],
        [{ keepUntil: 'soon', reason: 'x' }, 'keepUntil'],
      ],
      (b) => t.manager.post(`/api/retention-reviews/${t.kept.journey}/keep`).send(b),
    );
    expect((await t.otherOrgManager.post(`/api/retention-reviews/${t.kept.journey}/anonymise`).send({})).status).toBe(404);
    expect((await t.otherOrgManager.post(`/api/retention-reviews/${t.kept.journey}/keep`).send({ keepUntil: '2028-01-01', reason: 'x' })).status).toBe(404);
    const concern = await t.manager.post(`/api/retention-reviews/${t.concerned.journey}/anonymise`).send({});
    expect([concern.status, concern.body.message]).toEqual([409, expect.stringContaining('open concern')]);
    const notDue = await t.manager.post(`/api/retention-reviews/${t.recent.journey}/anonymise`).send({});
    expect([notDue.status, notDue.body.message]).toEqual([409, expect.stringContaining('not due')]);
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM journey_retention`))[0].n).toBe(0);

    const kept = await t.manager.post(`/api/retention-reviews/${t.kept.journey}/keep`).send({ keepUntil: '2027-06-01', reason: 'A claim is expected' });
    expect(kept.status).toBe(200);
    expect((await auditEventsFor(t, kept))[0]).toMatchObject({ action: 'retention.kept', subject_id: null, detail: { keepUntil: '2027-06-01' } });
    expect(JSON.stringify((await auditEventsFor(t, kept))[0].detail)).not.toContain('claim');
    expect(await queue()).not.toContain(t.kept.journey);
    setNow(new Date('2027-06-01T08:00:00Z'));
    const again = (await t.manager.get('/api/retention-reviews')).body.find((r: { id: string }) => r.id === t.kept.journey);
    expect(again).toMatchObject({ dueOn: '2027-06-01', previousKeep: { keepUntil: '2027-06-01', reason: 'A claim is expected' } });
  });

  it('should hold a journey (no reason: refused; never in her log), keep a waiting approval from the job while held, and carry it out once lifted', async () => {
    const url = `/api/journeys/${t.held.journey}/legal-hold`;
    expect((await t.manager.post(`/api/retention-reviews/${t.held.journey}/anonymise`).send({ reason: 'Time is up' })).status).toBe(200);
    await expectRefusedNaming([[{}, 'reason'], [{ reason: '' }, 'reason']], (b) => t.manager.post(url).send(b));
    expect((await t.advocate.post(url).send({ reason: 'x' })).status).toBe(403);
    const held = await t.manager.post(url).send({ reason: 'Solicitors wrote: a claim against the trust' });
    expect(held.status).toBe(200);
    expect(held.body.hold).toMatchObject({ held: true, reason: 'Solicitors wrote: a claim against the trust' });
    expect((await auditEventsFor(t, held))[0]).toMatchObject({ action: 'legal_hold.placed', subject_id: null });
    expect((await t.manager.post(url).send({ reason: 'again' })).status).toBe(409);
    const herLog = await t.held.she.get('/api/my/access-log');
    expect(herLog.status).toBe(200);
    expect(JSON.stringify(herLog.body).toLowerCase()).not.toContain('hold');
    expect((await t.advocate.get(`/api/journeys/${t.held.journey}/retention`)).body.hold).toMatchObject({ held: true, since: expect.any(String), reason: null });
    expect(await queue()).not.toContain(t.held.journey);
    const refused = await t.manager.post(`/api/retention-reviews/${t.held.journey}/anonymise`).send({});
    expect([refused.status, refused.body.message]).toEqual([409, expect.stringContaining('legal hold')]);

    const job = t.app.get(AnonymisationJob);
    expect(await job.run(NOW)).toMatchObject({ anonymised: 0, waiting: 1 });
    expect((await t.owner.query(`SELECT name FROM service_user WHERE id = $1`, [t.held.her]))[0].name).toBe('Held Woman');

    expect((await t.manager.post(`${url}/lift`).send({})).status).toBe(400);
    const lifted = await t.manager.post(`${url}/lift`).send({ reason: 'The claim was settled' });
    expect([lifted.status, lifted.body.hold.held]).toEqual([200, false]);
    expect((await t.manager.post(`${url}/lift`).send({ reason: 'again' })).status).toBe(409);
    expect(await job.run(NOW)).toMatchObject({ anonymised: 1 });
    expect((await t.owner.query(`SELECT name FROM service_user WHERE id = $1`, [t.held.her]))[0].name).toBe('Anonymised');
  });

  it('should anonymise an approved record exactly once: her name gone everywhere, every figure the same, the audit chain intact', async () => {
    const months = ['2019-09', '2019-11', '2019-12', '2020-05'];
    const before = await figures(t.manager, months);
    expect((await whereTextIs(t, 'Quillfeather')).length).toBeGreaterThan(5);

    const approved = await t.manager.post(`/api/retention-reviews/${t.zinnia.journey}/anonymise`).send({});
    expect(approved.status).toBe(200);
    expect(approved.body.approved).toMatchObject({ by: expect.any(String), reason: null });
    expect((await auditEventsFor(t, approved))[0]).toMatchObject({ action: 'retention.approved', entity_id: t.zinnia.journey });

    // Two instances in the same slot: the runner runs the job once; two runs at once still anonymise once.
    const runner = t.app.get(JobRunner);
    const slotAt = new Date('2027-01-10T10:00:00Z');
    expect(await runner.tick(slotAt)).toContain('retention-anonymisation');
    expect(await runner.tick(slotAt)).toEqual([]);
    const job = t.app.get(AnonymisationJob);
    const [a, b] = await Promise.all([job.run(NOW), job.run(NOW)]);
    expect((a['anonymised'] as number) + (b['anonymised'] as number)).toBe(0);
    const done = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'retention.anonymised' AND entity_id = $1`, [t.zinnia.journey]);
    expect(done[0].n).toBe(1);
    const [anonymised] = await t.owner.query(`SELECT anonymised_at FROM journey_retention WHERE journey_id = $1`, [t.zinnia.journey]);
    expect(anonymised.anonymised_at).not.toBeNull();

    expect(await whereTextIs(t, 'Quillfeather')).toEqual([]);
    expect(await whereTextIs(t, 'Elm Road')).toEqual([]);
    expect(await whereTextIs(t, '07700 900123')).toEqual([]);
    const [su] = await t.owner.query(`SELECT name, preferred_name, date_of_birth::text AS dob, languages FROM service_user WHERE id = $1`, [t.zinnia.her]);
    expect(su).toEqual({ name: 'Anonymised', preferred_name: null, dob: '1990-07-01', languages: null });
    const [account] = await t.owner.query(`SELECT status, email FROM user_account WHERE id = $1`, [t.zinnia.herAccount.id]);
    expect(account).toEqual({ status: 'disabled', email: `anonymised-${t.zinnia.herAccount.id}@anonymised.invalid` });
    expect((await t.zinnia.she.get('/api/my/journeys')).status).toBe(401);
    const [doc] = await t.owner.query(`SELECT deleted_at, description FROM document WHERE storage_key = $1`, [t.storageKey]);
    expect(doc).toMatchObject({ deleted_at: expect.any(Date), description: '[anonymised]' });
    expect(existsSync(join(t.env.DOCUMENTS_DIR, t.storageKey))).toBe(false);

    expect(await figures(t.manager, months)).toEqual(before);
    expect((await t.manager.get('/api/audit/verify')).body).toMatchObject({ intact: true, brokenAt: null });
    expect((await t.advocate.get(`/api/journeys/${t.zinnia.journey}/retention`)).body.anonymisedAt).toEqual(expect.any(String));
    expect(await queue()).not.toContain(t.zinnia.journey);
    const twice = await t.manager.post(`/api/retention-reviews/${t.zinnia.journey}/anonymise`).send({});
    expect(twice.status).toBe(409);
  });

  it('should send a granted erasure through the job, and refuse it (nothing changed) while a journey is held or open', async () => {
    const ask = async (who: SignedIn) => (await who.post('/api/my/data-requests').send({ kind: 'erasure', details: 'Please delete everything' })).body.id as string;
    const decide = (id: string) => t.manager.post(`/api/data-requests/${id}/decision`).send({ version: 1, decision: 'granted', reason: 'Nothing needs keeping', exemptions: [] });

    const openId = await ask(t.open.she);
    const refused = await decide(openId);
    expect([refused.status, refused.body.message]).toEqual([409, expect.stringContaining('not closed')]);
    expect((await t.manager.get(`/api/data-requests/${openId}`)).body).toMatchObject({ decision: null, version: 1 });

    await t.manager.post(`/api/journeys/${t.recent.journey}/legal-hold`).send({ reason: 'An inquiry' }).expect(200);
    const recentId = await ask(t.recent.she);
    expect((await decide(recentId)).body.message).toEqual(expect.stringContaining('legal hold'));
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM journey_retention WHERE journey_id = $1`, [t.recent.journey]))[0].n).toBe(0);
    await t.manager.post(`/api/journeys/${t.recent.journey}/legal-hold/lift`).send({ reason: 'Inquiry over' }).expect(200);

    const granted = await decide(recentId);
    expect(granted.status).toBe(200);
    expect((await auditEventsFor(t, granted)).map((e) => e.action)).toEqual(['data_request.decided', 'retention.approved']);
    expect((await t.manager.get(`/api/journeys/${t.recent.journey}/retention`)).body).toMatchObject({ approvedForAnonymisation: true, anonymisedAt: null });
    // Two instances at once: anonymised once.
    const runs = await Promise.all([t.app.get(AnonymisationJob).run(NOW), t.app.get(AnonymisationJob).run(NOW)]);
    expect(runs.map((r) => r['anonymised'] as number).reduce((x, y) => x + y)).toBe(1);
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'retention.anonymised' AND entity_id = $1`, [t.recent.journey]))[0].n).toBe(1);
    expect(await whereTextIs(t, 'Recent Woman')).toEqual([]);
    expect((await t.manager.get('/api/audit/verify')).body).toMatchObject({ intact: true });
  });
});
