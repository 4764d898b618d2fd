import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';

describe('break-the-glass safeguards', () => {
  const grantsBy = async (userId: string): Promise<{ reason: string; reason_category: string; allows_write: boolean }[]> =>
    t.owner.query(`SELECT reason, reason_category, allows_write FROM break_glass_access WHERE user_id = $1 ORDER BY granted_at`, [userId]);

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await createUser(t, org, 'advocate');
    const manager = await createUser(t, org, 'manager');
    const her = await createServiceUser(t, org, { name: 'Hana Example' });
    const journey = await createJourney(t, org, her, advocate.id);
    return { org, advocate, manager, her, journey };
  });

  it('should refuse a reason of blank or invisible characters, and store nothing', async () => {
    const other = await createUser(t, t.org, 'advocate');
    const client = await sessionFor(t, other);
    for (const reason of [' '.repeat(10), '\u200b'.repeat(12), '\u00a0\u3000\u200b\u2060\ufeff\u200d\u200c\u180e\u2800\u3164\u00a0x', '\t\n \n\t\n \u200b  \u202f  ']) {
      const res = await client.post(`/api/journeys/${t.journey}/break-glass`).send({ reasonCategory: 'immediate_risk', reason });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('Say why you need to open this journey');
    }
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send({ reason: 'Her advocate is off sick today' })).status).toBe(400);
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send({ reasonCategory: 'because', reason: 'Her advocate is off sick today' })).status).toBe(400);
    expect(await grantsBy(other.id)).toEqual([]);
    expect((await client.get(`/api/journeys/${t.journey}`)).status).toBe(404);
  });

  it('should store the reason without invisible characters, and tell every manager at once', async () => {
    const other = await createUser(t, t.org, 'advocate', { name: 'Bea Cover' });
    const res = await (await sessionFor(t, other))
      .post(`/api/journeys/${t.journey}/break-glass`)
      .send({ reasonCategory: 'covering_absence', reason: '  Her\u200b advocate   is off\u00a0sick  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reasonCategory: 'covering_absence', allowsWrite: true });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
    expect(await grantsBy(other.id)).toEqual([{ reason: 'Her advocate is off sick', reason_category: 'covering_absence', allows_write: true }]);
    const [note]: { kind: string; text: string }[] = await t.owner.query(
      `SELECT kind, text FROM notification WHERE recipient_id = $1 AND kind = 'journey.break_glass'`,
      [t.manager.id],
    );
    expect(note.text).toContain('Bea Cover');
    expect(note.text).not.toContain('Hana');
    const list = await (await sessionFor(t, t.manager)).get('/api/break-glass');
    expect(list.body).toContainEqual(expect.objectContaining({ userName: 'Bea Cover', serviceUserName: 'Hana Example', reasonCategory: 'covering_absence' }));
    // The review shows her name, so its audit event names her as subject.
    const listed: { subject_id: string }[] = await t.owner.query(`SELECT subject_id FROM audit_event WHERE request_id = $1`, [list.headers['x-request-id']]);
    expect(listed.map((e) => e.subject_id)).toContain(t.her);
  });

  it('should let a grant for reading only read the journey but change nothing, and audit the attempt', async () => {
    const other = await createUser(t, t.org, 'advocate');
    const client = await sessionFor(t, other);
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send({ reasonCategory: 'her_request', reason: 'She rang asking about her next appointment' })).status).toBe(201);
    const read = await client.get(`/api/journeys/${t.journey}`);
    expect(read.status).toBe(200);
    expect(read.body.emergencyAccess).toMatchObject({ allowsWrite: false, reasonCategory: 'her_request' });
    expect((await client.get(`/api/journeys/${t.journey}/notes`)).status).toBe(200);

    const note = await client.post(`/api/journeys/${t.journey}/notes`).send({ visibility: 'staff', body: 'Written under read-only access' });
    expect(note.status).toBe(403);
    expect(note.body.message).toMatch(/read this journey, not change it/);
    const [denial]: { action: string; detail: { reason: string } }[] = await t.owner.query(
      `SELECT action, detail FROM audit_event WHERE request_id = $1`,
      [note.headers['x-request-id']],
    );
    expect(denial).toMatchObject({ action: 'access.denied', detail: { reason: 'read_only_access' } });
    expect((await client.patch(`/api/service-users/${t.her}`).send({ preferredName: 'Changed', version: 1 })).status).toBe(403);
    const notes: unknown[] = await t.owner.query(`SELECT 1 FROM note WHERE journey_id = $1 AND created_by = $2`, [t.journey, other.id]);
    expect(notes).toHaveLength(0);
    const [su]: { preferred_name: string | null }[] = await t.owner.query(`SELECT preferred_name FROM service_user WHERE id = $1`, [t.her]);
    expect(su.preferred_name).not.toBe('Changed');

    // Seeing a risk while reading, she can still raise a safeguarding concern about her.
    const concern = await client
      .post('/api/concerns')
      .send({ journeyId: t.journey, category: 'abuse_or_violence', severity: 'high', description: 'Seen while covering: she said her partner took her phone' });
    expect(concern.status).toBe(201);
  });

  it('should let a grant whose reason needs changes write', async () => {
    const other = await createUser(t, t.org, 'advocate');
    const client = await sessionFor(t, other);
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send({ reasonCategory: 'immediate_risk', reason: 'She called in crisis and her advocate is away' })).status).toBe(201);
    expect((await client.post(`/api/journeys/${t.journey}/notes`).send({ visibility: 'staff', body: 'Called her back; she is safe tonight.' })).status).toBe(201);
  });

  it('should cap grants per person per day, even when asked for at once, and answer a missing journey as not found', async () => {
    const journeys = await Promise.all(
      Array.from({ length: 6 }, async () => createJourney(t, t.org, await createServiceUser(t, t.org), t.advocate.id)),
    );
    const other = await createUser(t, t.org, 'advocate');
    const client = await sessionFor(t, other);
    const missing = await client.post(`/api/journeys/${randomUUID()}/break-glass`).send({ reasonCategory: 'other', reason: 'Checking something for a colleague' });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Journey not found');

    const answers = await Promise.all(
      journeys.map((id) => client.post(`/api/journeys/${id}/break-glass`).send({ reasonCategory: 'other', reason: 'Checking something for a colleague' })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0].body.message).toMatch(/3 times in the last 24 hours/);
    expect(await grantsBy(other.id)).toHaveLength(3);
    // Once capped, a missing journey answers like any other: nothing tells them apart.
    expect((await client.post(`/api/journeys/${randomUUID()}/break-glass`).send({ reasonCategory: 'other', reason: 'Checking something for a colleague' })).status).toBe(429);
  });

  it('should refuse a second grant while one lasts', async () => {
    const other = await createUser(t, t.org, 'advocate');
    const client = await sessionFor(t, other);
    const body = { reasonCategory: 'her_request', reason: 'She asked me to check her appointment time' };
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send(body)).status).toBe(201);
    expect((await client.post(`/api/journeys/${t.journey}/break-glass`).send(body)).status).toBe(409);
    expect(await grantsBy(other.id)).toHaveLength(1);
  });
});
