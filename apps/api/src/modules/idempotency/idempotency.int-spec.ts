import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, sessionFor, newSessions } from '../../testing/fixtures';
import { IdempotencyStore } from './idempotency.store';
import { requestFingerprint } from './request-fingerprint';

describe('Idempotency-Key on create routes', () => {
  let n = 0;

  const key = () => `key-${Date.now().toString(36)}-${n++}`;
  const note = (body = `A note ${n++}`) => ({ visibility: 'staff', body });
  const keyRow = async (userId: string, k: string) =>
    (await t.owner.query(`SELECT state, status_code, expires_at FROM idempotency_key WHERE user_id = $1 AND key = $2`, [userId, k]))[0];

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const [advocate, secondAdvocate] = await newSessions(t, org, ['advocate', 'advocate']);
    const journey = await createJourney(t, org, await createServiceUser(t, org), advocate.user.id, { secondaryAdvocateId: secondAdvocate.user.id });
    const notesUrl = `/api/journeys/${journey}/notes`;
    return { advocate, secondAdvocate, journey, notesUrl };
  });

  it('should answer the same key and body with the first answer, and create one record with one audit event', async () => {
    const k = key();
    const body = note();
    const before = await countRows(t, 'note');
    const first = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect((await auditEventsFor(t, first)).map((e) => [e.action, e.entity_id])).toEqual([['note.created', first.body.id]]);
    const again = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await countRows(t, 'note')).toBe(before + 1);
    expect(await auditEventsFor(t, again)).toEqual([]);
    expect((await keyRow(t.advocate.user.id, k)).state).toBe('done');
  });

  it('should treat the same body with its keys in another order as the same request', async () => {
    const k = key();
    const first = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send({ visibility: 'staff', body: 'Same words' });
    const again = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send({ body: 'Same words', visibility: 'staff' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('should refuse the same key with a different body with 422 and write nothing', async () => {
    const k = key();
    await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note('First words')).expect(201);
    const before = await countRows(t, 'note');
    const other = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note('Other words'));
    expect(other.status).toBe(422);
    expect(other.body.message).toMatch(/Idempotency-Key was already used for a different request/);
    expect(other.text).not.toMatch(/at .*\.js/);
    const otherRoute = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).set('Idempotency-Key', k).send({});
    expect(otherRoute.status).toBe(422);
    expect(await countRows(t, 'note')).toBe(before);
  });

  it('should answer 409 while the first request with the key is still in flight', async () => {
    const k = key();
    const body = note();
    const hash = requestFingerprint('POST', t.notesUrl, body);
    await t.owner.query(
      `INSERT INTO idempotency_key (organisation_id, user_id, key, request_hash, state, expires_at)
       VALUES ($1, $2, $3, $4, 'in_flight', now() + interval '1 day')`,
      [t.advocate.user.organisationId, t.advocate.user.id, k, hash],
    );
    const before = await countRows(t, 'note');
    const res = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/still being processed/);
    expect(await countRows(t, 'note')).toBe(before);
  });

  it('should create exactly one record when the same key arrives many times at once', async () => {
    const k = key();
    const body = note();
    const before = await countRows(t, 'note');
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body)));
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    expect(await countRows(t, 'note')).toBe(before + 1);
  });

  it('should bind a key to its person: the same key from someone else is a new request', async () => {
    const k = key();
    const body = note();
    const mine = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    const theirs = await t.secondAdvocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    const theirsAgain = await t.secondAdvocate.post(t.notesUrl).set('Idempotency-Key', k).send(note('Different'));
    expect(theirsAgain.status).toBe(422);
    const mineAgain = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body);
    expect(mineAgain.body.id).toBe(mine.body.id);
  });

  it('should not let a failed first attempt use up the key', async () => {
    const k = key();
    const bad = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send({ visibility: 'nobody', body: 'x' });
    expect(bad.status).toBe(400);
    expect(await keyRow(t.advocate.user.id, k)).toBeUndefined();
    const badAgain = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send({ visibility: 'nobody', body: 'x' });
    expect(badAgain.status).toBe(400);
    const good = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note());
    expect(good.status).toBe(201);
    const elsewhere = await t.advocate.post(`/api/journeys/00000000-0000-4000-8000-000000000000/notes`).set('Idempotency-Key', key()).send(note());
    expect(elsewhere.status).toBe(404);
  });

  it('should let a key expire after a day, and sweep expired keys', async () => {
    const k = key();
    const first = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note('Yesterday'));
    const row = await keyRow(t.advocate.user.id, k);
    const hours = (new Date(row.expires_at).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    await t.owner.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 minute' WHERE key = $1`, [k]);
    const later = await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note('Today'));
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);

    await t.owner.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 minute' WHERE key = $1`, [k]);
    const kept = key();
    await t.advocate.post(t.notesUrl).set('Idempotency-Key', kept).send(note()).expect(201);
    expect(await t.app.get(IdempotencyStore).sweep()).toBeGreaterThanOrEqual(1);
    expect(await keyRow(t.advocate.user.id, k)).toBeUndefined();
    expect(await keyRow(t.advocate.user.id, kept)).toBeDefined();
  });

  it('should take over a key whose first request died long ago', async () => {
    const k = key();
    const body = note();
    await t.owner.query(
      `INSERT INTO idempotency_key (organisation_id, user_id, key, request_hash, state, created_at, expires_at)
       VALUES ($1, $2, $3, $4, 'in_flight', now() - interval '10 minutes', now() + interval '1 day')`,
      [t.advocate.user.organisationId, t.advocate.user.id, k, requestFingerprint('POST', t.notesUrl, body)],
    );
    expect((await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(body)).status).toBe(201);
  });

  it('should refuse a malformed key naming the header, and leave requests without a key alone', async () => {
    const before = await countRows(t, 'note');
    for (const bad of ['has space', 'x'.repeat(201), 'ünïcode']) {
      const res = await t.advocate.post(t.notesUrl).set('Idempotency-Key', bad).send(note());
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(res.body.message).toMatch(/Idempotency-Key/);
    }
    expect(await countRows(t, 'note')).toBe(before);
    const a = await t.advocate.post(t.notesUrl).send(note('same'));
    const b = await t.advocate.post(t.notesUrl).send(note('same'));
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('should ignore the header on the session routes, whose cookies a replay could not set', async () => {
    const throwaway = await sessionFor(t, t.advocate.user);
    const k = key();
    expect((await throwaway.post('/api/auth/sign-out').set('Idempotency-Key', k).send({})).status).toBeLessThan(300);
    expect(await keyRow(t.advocate.user.id, k)).toBeUndefined();
  });

  it('should keep keys from being read across people by row-level security', async () => {
    const k = key();
    await t.advocate.post(t.notesUrl).set('Idempotency-Key', k).send(note()).expect(201);
    const seen = await t.owner.transaction(async (em) => {
      await em.query(`SET LOCAL ROLE beside_app`);
      await em.query(`SELECT set_config('beside.organisation_id', $1, true), set_config('beside.user_id', $2, true)`, [
        t.secondAdvocate.user.organisationId,
        t.secondAdvocate.user.id,
      ]);
      return em.query(`SELECT key FROM idempotency_key WHERE key = $1`, [k]);
    });
    expect(seen).toEqual([]);
  });

  it('should document the header on create routes in the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json');
    const post = res.body.paths['/api/journeys/{journeyId}/notes'].post;
    expect(post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })]));
    expect(post.responses).toHaveProperty('422');
  });
});
