import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';
import { verifyAuditChain, verifyWithOwner } from './audit-chain-verifier';
import { GENESIS_HASH, hashAuditContent, linkHash } from './audit-hash';
import { sealAll } from './audit-sealer';

interface SealedRow {
  id: string;
  seq: string | null;
  prev_hash: string | null;
  hash: string | null;
  content_hash: string | null;
}

/** The chain without a lock on the request path: events written unsealed, sealed in order after commit. */
describe('audit sealing', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Sealing organisation');
    const advocate = await createUser(t, org, 'advocate');
    const her = await createServiceUser(t, org, { name: 'Sara Sealing' });
    const journey = await createJourney(t, org, her, advocate.id);
    return { org, advocate, journey };
  });

  const chain = (): Promise<SealedRow[]> =>
    t.owner.query(`SELECT id, seq, prev_hash, hash, content_hash FROM audit_event WHERE organisation_id = $1 ORDER BY seq`, [t.org]);

  /** An event as a process without the after-commit hook would leave it: written, not sealed. */
  async function writeUnsealed(action: string): Promise<string> {
    const body = {
      id: randomUUID(), organisationId: t.org, occurredAt: new Date().toISOString(), actorUserId: t.advocate.id, actorRole: 'advocate',
      action, entityType: 'journey', entityId: t.journey, subjectId: null, outcome: 'success', reason: null, requestId: null,
      ip: null, userAgent: null, detail: { view: 'test' },
    };
    await t.owner.query(
      `INSERT INTO audit_event (id, organisation_id, occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, outcome, detail, content_hash)
       VALUES ($1, $2, $3, $4, 'advocate', $5, 'journey', $6, 'success', $7, $8)`,
      [body.id, t.org, body.occurredAt, t.advocate.id, action, t.journey, JSON.stringify(body.detail), hashAuditContent(body)],
    );
    return body.id;
  }

  it('should seal a request\'s events before it answers, each linked to the one before', async () => {
    const client = await sessionFor(t, t.advocate);
    for (let i = 0; i < 3; i += 1) expect((await client.get(`/api/journeys/${t.journey}`)).status).toBe(200);
    const rows = await chain();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    let prev = GENESIS_HASH;
    rows.forEach((row, i) => {
      expect(Number(row.seq)).toBe(i + 1);
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(linkHash(prev, i + 1, row.content_hash as string));
      prev = row.hash as string;
    });
    const [head]: { seq: string; hash: string }[] = await t.owner.query(`SELECT seq, hash FROM audit_chain_head WHERE organisation_id = $1`, [t.org]);
    expect({ seq: Number(head.seq), hash: head.hash }).toEqual({ seq: rows.length, hash: prev });
  });

  it('should count events not sealed yet without calling the chain broken, and seal them on the next pass', async () => {
    const id = await writeUnsealed('journey.read');
    const before = await verifyAuditChain((sql, params) => t.owner.query(sql, params), [t.org]);
    expect(before).toMatchObject({ intact: true, unsealed: 1 });
    const after = await verifyWithOwner(t.owner);
    expect(after).toMatchObject({ intact: true, unsealed: 0 });
    const [row]: SealedRow[] = await t.owner.query(`SELECT seq, hash FROM audit_event WHERE id = $1`, [id]);
    expect(row.seq).not.toBeNull();
  });

  it('should allow sealing only: never a change to what an event says, nor a second seal', async () => {
    const id = await writeUnsealed('note.list');
    await expect(
      t.owner.query(`UPDATE audit_event SET seq = 999999, prev_hash = repeat('a', 64), hash = repeat('b', 64), action = 'x' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await sealAll(t.owner);
    await expect(t.owner.query(`UPDATE audit_event SET hash = repeat('c', 64) WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const [grant]: { can: boolean }[] = await t.owner.query(`SELECT has_table_privilege('beside_app', 'audit_event', 'UPDATE') AS can`);
    expect(grant.can).toBe(false);
  });

  it('should give concurrent writers one unbroken chain, never a fork', async () => {
    const clients = await Promise.all(Array.from({ length: 4 }, () => sessionFor(t, t.advocate)));
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => clients[i % 4].get(`/api/journeys/${t.journey}/timeline`)));
    expect(results.filter((r) => r.status !== 200)).toHaveLength(0);
    const rows = await chain();
    expect(rows.every((r) => r.seq !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length);
    expect(await verifyWithOwner(t.owner)).toMatchObject({ intact: true, unsealed: 0 });
  });

  it('should find a content hash rewritten behind the trigger\'s back', async () => {
    const [victim]: SealedRow[] = await t.owner.query(
      `SELECT id, seq FROM audit_event WHERE organisation_id = $1 AND content_hash IS NOT NULL ORDER BY seq DESC LIMIT 1`,
      [t.org],
    );
    await t.owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
    await t.owner.query(`UPDATE audit_event SET content_hash = repeat('0', 64) WHERE id = $1`, [victim.id]);
    await t.owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    expect(await verifyWithOwner(t.owner)).toMatchObject({ intact: false, brokenAt: { organisationId: t.org, seq: Number(victim.seq), eventId: victim.id } });
  });
});
