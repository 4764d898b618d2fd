import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app';
import { womanWithAccount } from '../../testing/journey-team';
import { createOrganisation, createUser, TestUser } from '../../testing/fixtures';
import { hashAuditContent } from '../audit';

// "Who has looked at my record" (issue 13.11): staff opening her journey write four or five events at once; she reads
// one line per person per day, with how many times they looked. Every event stays in the audit trail.
describe('who has looked at her record, one line per person per day', () => {
  /** An event as the API writes it, at a chosen time (the trail is append-only; these are new events). */
  async function event(at: string, actor: TestUser, action: string, entityType: string, detail: Record<string, unknown> = {}): Promise<void> {
    const body = {
      id: randomUUID(),
      organisationId: t.org,
      occurredAt: new Date(at).toISOString(),
      actorUserId: actor.id,
      actorRole: actor.role,
      action,
      entityType,
      entityId: null,
      subjectId: t.her,
      outcome: 'success' as const,
      reason: null,
      requestId: null,
      ip: null,
      userAgent: null,
      detail,
    };
    await t.owner.query(
      `INSERT INTO audit_event (id, organisation_id, occurred_at, actor_user_id, actor_role, action, entity_type, subject_id, outcome, detail, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'success', $9, $10)`,
      [body.id, t.org, body.occurredAt, actor.id, actor.role, action, entityType, t.her, JSON.stringify(detail), hashAuditContent(body)],
    );
  }

  /** What opening her journey writes. */
  async function opensJourney(at: string, actor: TestUser): Promise<void> {
    const start = Date.parse(at);
    const steps: [string, string][] = [
      ['journey.read', 'journey'],
      ['plan.read', 'plan'],
      ['appointment.list', 'appointment'],
      ['check_in.list', 'check_in'],
    ];
    for (const [i, [action, entity]] of steps.entries()) await event(new Date(start + i * 400).toISOString(), actor, action, entity);
  }

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate', { name: 'Amara Hughes' });
    const bea = await createUser(t, org, 'manager', { name: 'Bea Manager' });
    return { org, asha, bea, ...(await womanWithAccount(t, org)) };
  });

  beforeAll(async () => {
    const { asha, bea, herAccount } = t;
    // 2 November (London): Amara opens her journey three times and reads a note; Bea looks once.
    await opensJourney('2026-11-02T09:00:00Z', asha);
    await opensJourney('2026-11-02T12:30:00Z', asha);
    await opensJourney('2026-11-02T16:40:00Z', asha);
    await event('2026-11-02T16:41:00Z', asha, 'note.read', 'note');
    await event('2026-11-02T11:00:00Z', bea, 'journey.read', 'journey');
    // Kept from her: a concern she must not learn of.
    await event('2026-11-02T11:05:00Z', bea, 'concern.read', 'concern', { confidentialFromSubject: true });
    // 3 November: Amara once more; 23:30 UTC on the 2nd is already the 2nd in London (GMT), 00:30 UTC the 3rd.
    await opensJourney('2026-11-03T00:30:00Z', asha);
    // Her own look is not "someone looking".
    await event('2026-11-02T10:00:00Z', herAccount, 'plan.read', 'plan');
  });

  it('should give one line per person per day, saying everything they did once and how many times they looked', async () => {
    const res = await t.she.get('/api/my/access-log');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: expect.any(String),
        occurredAt: '2026-11-03T00:30:01.200Z',
        firstAt: '2026-11-03T00:30:00.000Z',
        who: 'Amara Hughes',
        role: 'advocate',
        what: 'Looked at your journey, your plan, your appointments and your check-ins',
        times: 1,
      },
      {
        id: expect.any(String),
        occurredAt: '2026-11-02T16:41:00.000Z',
        firstAt: '2026-11-02T09:00:00.000Z',
        who: 'Amara Hughes',
        role: 'advocate',
        what: 'Looked at your journey, your plan, your appointments and your check-ins; read a note',
        times: 3,
      },
      {
        id: expect.any(String),
        occurredAt: '2026-11-02T11:00:00.000Z',
        firstAt: '2026-11-02T11:00:00.000Z',
        who: 'Bea Manager',
        role: 'manager',
        what: 'Looked at your journey',
        times: 1,
      },
    ]);
  });

  it('should page by line, never splitting a line or skipping one, and keep every event in the trail', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res = await t.she.get(`/api/my/access-log?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      seen.push(`${res.body.items[0].who} ${res.body.items[0].occurredAt} ${res.body.items[0].times}`);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(['Amara Hughes 2026-11-03T00:30:01.200Z 1', 'Amara Hughes 2026-11-02T16:41:00.000Z 3', 'Bea Manager 2026-11-02T11:00:00.000Z 1']);
    const [{ n }]: { n: number }[] = await t.owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action IN ('journey.read', 'plan.read', 'appointment.list', 'check_in.list', 'note.read')`,
      [t.her],
    );
    expect(n).toBe(4 * 4 + 1 + 1 + 1);
    expect((await t.she.get('/api/my/access-log?cursor=not-a-cursor')).status).toBe(400);
  });

  it('should group the same way in her data download', async () => {
    const json = await t.she.get('/api/my/data.json');
    expect(json.status).toBe(200);
    const lines = json.body.accessLog.filter((e: { occurredAt: string }) => e.occurredAt.startsWith('2026-11'));
    expect(lines.map((e: { who: string; times: number }) => `${e.who} ${e.times}`)).toEqual(['Amara Hughes 1', 'Amara Hughes 3', 'Bea Manager 1']);
    const html = await t.she.get('/api/my/data.html');
    expect(html.text).toContain('Looked at your journey, your plan, your appointments and your check-ins; read a note (3 times)');
    expect(html.text).toContain('Mon, 2 Nov 2026, 09:00 to 16:41 (London time)');
    expect(html.text.match(/Amara Hughes/g)).toHaveLength(2);
  });
});
