import { useTestApp } from '../../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor, TEST_PASSWORD } from '../../testing/fixtures';
import { verifyWithOwner } from './audit-chain-verifier';

interface EventRow {
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_id: string | null;
  outcome: string;
  actor_user_id: string | null;
  reason: string | null;
  request_id: string | null;
  detail: Record<string, unknown>;
}

describe('audit trail', () => {
  const eventsFor = (requestId: string): Promise<EventRow[]> =>
    t.owner.query(`SELECT * FROM audit_event WHERE request_id = $1 ORDER BY seq`, [requestId]);

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const manager = await createUser(t, org, 'manager');
    const herAccount = await createUser(t, org, 'service_user');
    const her = await createServiceUser(t, org, { accountId: herAccount.id, name: 'Hana Example' });
    const journey = await createJourney(t, org, her, advocate.id);
    return { org, advocate, manager, herAccount, her, journey };
  });

  describe('what is recorded', () => {
    it('should record opening a journey, with its subject, in the same request', async () => {
      const res = await (await sessionFor(t, t.advocate)).get(`/api/journeys/${t.journey}`);
      expect(res.status).toBe(200);
      const events = await eventsFor(res.headers['x-request-id']);
      expect(events).toEqual([
        expect.objectContaining({ action: 'journey.read', entity_type: 'journey', entity_id: t.journey, subject_id: t.her, outcome: 'success', actor_user_id: t.advocate.id }),
      ]);
    });

    it('should record a list once, with the count and the ids returned', async () => {
      const res = await (await sessionFor(t, t.advocate)).get('/api/journeys');
      const [event] = await eventsFor(res.headers['x-request-id']);
      expect(event.action).toBe('journey.list');
      expect(event.detail).toEqual({ count: 1, ids: [t.journey] });
    });

    it('should record sign-in success and failure, and never the password', async () => {
      const ok = await t.http().post('/api/auth/sign-in').send({ email: t.herAccount.email, password: TEST_PASSWORD });
      expect((await eventsFor(ok.headers['x-request-id']))[0]).toMatchObject({ action: 'auth.sign_in', outcome: 'success', entity_id: t.herAccount.id });
      const bad = await t.http().post('/api/auth/sign-in').send({ email: t.herAccount.email, password: 'a wrong password here' });
      const [failure] = await eventsFor(bad.headers['x-request-id']);
      expect(failure).toMatchObject({ action: 'auth.sign_in', outcome: 'denied', entity_id: t.herAccount.id, actor_user_id: null });
      expect(JSON.stringify(failure)).not.toContain('a wrong password here');
    });

    it('should record a role-level denial and an attempt on a journey out of scope', async () => {
      const other = await createUser(t, t.org, 'advocate');
      const client = await sessionFor(t, other);
      const outOfScope = await client.get(`/api/journeys/${t.journey}`);
      expect(outOfScope.status).toBe(404);
      expect((await eventsFor(outOfScope.headers['x-request-id']))[0]).toMatchObject({ action: 'access.denied', entity_type: 'journey', entity_id: t.journey, outcome: 'denied' });
      const denied = await client.get('/api/audit/events');
      expect(denied.status).toBe(403);
      expect((await eventsFor(denied.headers['x-request-id']))[0]).toMatchObject({ action: 'access.denied', entity_type: 'route', outcome: 'denied' });
    });

    it('should record break-the-glass with its reason and list it for review until a manager reviews it', async () => {
      const other = await sessionFor(t, await createUser(t, t.org, 'advocate'));
      const reason = 'Her advocate is off sick and she has a hearing today';
      const res = await other.post(`/api/journeys/${t.journey}/break-glass`).send({ reasonCategory: 'covering_absence', reason });
      expect(res.status).toBe(201);
      expect((await eventsFor(res.headers['x-request-id']))[0]).toMatchObject({ action: 'journey.break_glass', reason, subject_id: t.her });
      const read = await other.get(`/api/journeys/${t.journey}`);
      expect(read.status).toBe(200);
      expect(read.body.access).toBe('break_glass');
      const mgr = await sessionFor(t, t.manager);
      const list = await mgr.get('/api/break-glass');
      expect(list.body).toHaveLength(1);
      expect((await mgr.post(`/api/break-glass/${list.body[0].id}/review`).send({ comment: 'Checked with her advocate; fine.' })).status).toBe(204);
      expect((await mgr.get('/api/break-glass')).body).toHaveLength(0);
      expect((await mgr.get('/api/break-glass?include=reviewed')).body[0].reviewComment).toBe('Checked with her advocate; fine.');
    });
  });

  describe('who sees it', () => {
    it('should let a manager search by subject and export CSV, and audit the export', async () => {
      const mgr = await sessionFor(t, t.manager);
      const found = await mgr.get(`/api/audit/events?subjectId=${t.her}&action=journey.*&limit=2`);
      expect(found.status).toBe(200);
      expect(found.body.items.length).toBe(2);
      expect(found.body.items.every((e: { subject: { id: string } }) => e.subject.id === t.her)).toBe(true);
      const next = await mgr.get(`/api/audit/events?subjectId=${t.her}&action=journey.*&limit=2&cursor=${found.body.nextCursor}`);
      expect(next.body.items[0].seq).toBeLessThan(found.body.items[1].seq);
      expect((await mgr.get('/api/audit/events?from=yesterday')).status).toBe(400);

      const csv = await mgr.get(`/api/audit/events.csv?subjectId=${t.her}`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text.split('\r\n')[0]).toMatch(/^occurred_at,seq,actor_id/);
      // The machine codes stay, with the same plain words as the audit page beside them.
      expect(csv.text.split('\r\n')[0]).toMatch(/,action,entity_type,.*,outcome,.*,what$/);
      expect(csv.text).toContain(',Opened a journey');
      expect((await eventsFor(csv.headers['x-request-id']))[0]).toMatchObject({ action: 'audit.export' });
    });

    it('should show her who looked at her record, in plain words, but not her own actions', async () => {
      const client = await sessionFor(t, t.herAccount);
      const log = await client.get('/api/my/access-log');
      expect(log.status).toBe(200);
      expect(log.body.items.length).toBeGreaterThan(0);
      expect(log.body.items).toContainEqual(expect.objectContaining({ who: 'Asha Advocate', role: 'advocate', what: 'Looked at your journey' }));
      expect(log.body.items.some((e: { who: string }) => e.who === 'Hana Example')).toBe(false);
    });

    it('should show admins sign-in and account events only, never case content', async () => {
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const res = await admin.get('/api/audit/account-events?limit=200');
      expect(res.status).toBe(200);
      const actions: string[] = res.body.items.map((e: { action: string }) => e.action);
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.every((a) => /^(auth|account|access)\./.test(a))).toBe(true);
    });
  });

  describe('tamper evidence', () => {
    it('should refuse UPDATE, DELETE and TRUNCATE, even from the owner', async () => {
      await expect(t.owner.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      await expect(t.owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      const [grants]: { can_update: boolean; can_delete: boolean; can_insert: boolean }[] = await t.owner.query(
        `SELECT has_table_privilege('beside_app', 'audit_event', 'UPDATE') AS can_update,
                has_table_privilege('beside_app', 'audit_event', 'DELETE') AS can_delete,
                has_table_privilege('beside_app', 'audit_event', 'INSERT') AS can_insert`,
      );
      expect(grants).toEqual({ can_update: false, can_delete: false, can_insert: true });
    });

    it('should keep the chain intact under 200 concurrent audited requests', async () => {
      const clients = await Promise.all(Array.from({ length: 4 }, () => sessionFor(t, t.advocate)));
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => clients[i % 4].get(`/api/journeys/${t.journey}`)));
      const bad = results.filter((r) => r.status !== 200);
      expect(bad.length).toBe(0);
      const report = await verifyWithOwner(t.owner);
      expect(report.intact).toBe(true);
      const [{ n }]: { n: string }[] = await t.owner.query(
        `SELECT count(*) AS n FROM audit_event WHERE organisation_id = $1 AND action = 'journey.read'`,
        [t.org],
      );
      expect(Number(n)).toBeGreaterThanOrEqual(200);
      const mgr = await sessionFor(t, t.manager);
      expect((await mgr.get('/api/audit/verify')).body).toMatchObject({ intact: true, brokenAt: null });
    });

    it('should find an event altered by the table owner behind the trigger\'s back', async () => {
      const [victim]: { seq: string; id: string }[] = await t.owner.query(
        `SELECT seq, id FROM audit_event WHERE organisation_id = $1 AND action = 'journey.read' ORDER BY seq LIMIT 1`,
        [t.org],
      );
      await t.owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
      await t.owner.query(`UPDATE audit_event SET actor_user_id = NULL WHERE id = $1`, [victim.id]);
      await t.owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
      const report = await verifyWithOwner(t.owner);
      expect(report).toMatchObject({ intact: false, brokenAt: { organisationId: t.org, seq: Number(victim.seq), eventId: victim.id } });
      const api = await (await sessionFor(t, t.manager)).get('/api/audit/verify');
      expect(api.body).toMatchObject({ intact: false, brokenAt: { seq: Number(victim.seq) } });
    });
  });
});
