import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor, SignedIn, TestUser } from '../../testing/fixtures';
import { JobRunner } from '../jobs';
import { verifyAuditChain, verifyWithOwner, type AuditEventRow } from './audit-chain-verifier';
import { checkpointNow, checkpointsFor, installationId } from './audit-checkpoint.job';
import { hashAuditContent, linkHash } from './audit-hash';

type EventRow = AuditEventRow & { detail: Record<string, unknown> };

/** Issue 14.3: the audit chain cannot be rewound or rewritten without the verifier saying so. */
describe('audit chain defences', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beside-checkpoints-'));

  const t = useTestApp(undefined, { AUDIT_CHECKPOINT_DIR: dir });

  /** An organisation with a manager and some sealed events. */
  async function organisationWithEvents(reads = 5): Promise<{ org: string; manager: TestUser; client: SignedIn; journey: string }> {
    const org = await createOrganisation(t);
    const advocate = await createUser(t, org, 'advocate');
    const manager = await createUser(t, org, 'manager');
    const journey = await createJourney(t, org, await createServiceUser(t, org), advocate.id);
    const client = await sessionFor(t, advocate);
    for (let i = 0; i < reads; i += 1) expect((await client.get(`/api/journeys/${journey}`)).status).toBe(200);
    return { org, manager, client, journey };
  }

  /** SQL as the API's role, in an organisation's context. */
  async function asApp(org: string, sql: string, params: unknown[] = []): Promise<unknown> {
    const runner = t.owner.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL ROLE beside_app`);
      await runner.query(`SELECT set_config('beside.organisation_id', $1, true)`, [org]);
      return await runner.query(sql, params);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  const query = (sql: string, params: unknown[]) => t.owner.query(sql, params);
  const chainOf = (org: string): Promise<EventRow[]> => t.owner.query(`SELECT * FROM audit_event WHERE organisation_id = $1 AND seq IS NOT NULL ORDER BY seq`, [org]);

  it("should refuse the API's role any change to a chain head, and any event inserted already sealed", async () => {
    const { org } = await organisationWithEvents(2);
    await expect(asApp(org, `UPDATE audit_chain_head SET seq = 1 WHERE organisation_id = $1`, [org])).rejects.toThrow(/permission denied/);
    await expect(asApp(org, `INSERT INTO audit_chain_head (organisation_id, seq, hash) VALUES (gen_random_uuid(), 1, repeat('0', 64))`)).rejects.toThrow(/permission denied/);
    await expect(asApp(org, `DELETE FROM audit_chain_head WHERE organisation_id = $1`, [org])).rejects.toThrow(/permission denied/);
    await expect(
      asApp(
        org,
        `INSERT INTO audit_event (organisation_id, seq, occurred_at, action, entity_type, outcome, prev_hash, hash)
         VALUES ($1, 999, now(), 'journey.read', 'journey', 'success', repeat('a', 64), repeat('b', 64))`,
        [org],
      ),
    ).rejects.toThrow(/unsealed/);
    const [fn]: { definer: boolean; config: string[] }[] = await t.owner.query(
      `SELECT prosecdef AS definer, proconfig AS config FROM pg_proc WHERE proname = 'beside_audit_seal'`,
    );
    expect(fn.definer).toBe(true);
    expect(fn.config).toEqual(['search_path=public, pg_temp']);
  });

  it('should find a head moved back, in the API and the CLI, and never crash when sealing then fails', async () => {
    const { org, manager, client, journey } = await organisationWithEvents(5);
    const events = await chainOf(org);
    expect(events.length).toBeGreaterThanOrEqual(5);
    await t.owner.query(`UPDATE audit_chain_head SET seq = 3, hash = $2 WHERE organisation_id = $1`, [org, events[2].hash]);

    const api = await (await sessionFor(t, manager)).get('/api/audit/verify');
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({ intact: false, brokenAt: { seq: 3 } });
    expect(api.body.brokenAt.problem).toMatch(/moved back/);

    // Sealing after the rewind fails (event 4 exists): the request still answers, the verifier reports.
    expect((await client.get(`/api/journeys/${journey}`)).status).toBe(200);
    const cli = await verifyWithOwner(t.owner);
    expect(cli).toMatchObject({ intact: false, brokenAt: { organisationId: org } });
  });

  it('should find a chain rewritten by a database administrator, re-linked with plain SHA-256, once a signed checkpoint saw it', async () => {
    const { org } = await organisationWithEvents(4);
    expect(await checkpointNow((sql) => t.owner.query(sql), t.env)).toEqual(expect.arrayContaining([expect.objectContaining({ organisationId: org })]));
    const events = await chainOf(org);

    // The administrator disables the trigger, rewrites event 2 and re-links every later event and the head.
    await t.owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
    try {
      let prev = events[0].hash;
      for (const e of events.slice(1)) {
        const seq = Number(e.seq);
        const detail = seq === 2 ? { ...e.detail, rewritten: true } : e.detail;
        const content = hashAuditContent({
          id: e.id, organisationId: e.organisation_id, occurredAt: new Date(e.occurred_at).toISOString(), actorUserId: e.actor_user_id,
          actorRole: e.actor_role, action: e.action, entityType: e.entity_type, entityId: e.entity_id, subjectId: e.subject_id,
          outcome: e.outcome, reason: e.reason, requestId: e.request_id, ip: e.ip, userAgent: e.user_agent, detail,
        });
        const hash = linkHash(prev, seq, content);
        await t.owner.query(`UPDATE audit_event SET detail = $2, content_hash = $3, prev_hash = $4, hash = $5 WHERE id = $1`, [e.id, JSON.stringify(detail), content, prev, hash]);
        prev = hash;
      }
      await t.owner.query(`UPDATE audit_chain_head SET hash = $2 WHERE organisation_id = $1`, [org, prev]);
    } finally {
      await t.owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    }

    // The hash chain alone cannot tell:
    expect(await verifyAuditChain(query, [org])).toMatchObject({ intact: true });
    // The signed checkpoint can:
    const checkpoints = await checkpointsFor((sql) => t.owner.query(sql), t.env, [org]);
    const report = await verifyAuditChain(query, [org], checkpoints);
    expect(report).toMatchObject({ intact: false, brokenAt: { organisationId: org } });
    expect('brokenAt' in report && report.brokenAt.problem).toMatch(/rewritten/);
  });

  it('should find a tail cut off after a checkpoint, and a checkpoint that was tampered with', async () => {
    const { org, manager } = await organisationWithEvents(4);
    await checkpointNow((sql) => t.owner.query(sql), t.env);
    const events = await chainOf(org);
    const keep = events.length - 2;
    await t.owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
    try {
      await t.owner.query(`DELETE FROM audit_event WHERE organisation_id = $1 AND seq > $2`, [org, keep]);
    } finally {
      await t.owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    }
    await t.owner.query(`UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE organisation_id = $1`, [org, keep, events[keep - 1].hash]);
    expect(await verifyAuditChain(query, [org])).toMatchObject({ intact: true }); // consistent without the checkpoint
    const api = await (await sessionFor(t, manager)).get('/api/audit/verify');
    expect(api.body).toMatchObject({ intact: false });
    expect(api.body.brokenAt.problem).toMatch(/rewound or cut off/);

    // Editing the checkpoint file to match the shorter chain breaks its signature.
    const file = join(dir, await installationId((sql) => t.owner.query(sql)), `${org}.jsonl`);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1]);
    lines[lines.length - 1] = JSON.stringify({ ...last, seq: keep, hash: events[keep - 1].hash });
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await verifyAuditChain(query, [org], await checkpointsFor((sql) => t.owner.query(sql), t.env, [org]));
    expect('brokenAt' in report && report.brokenAt.problem).toMatch(/not genuine/);
  });

  it('should checkpoint every chain from the job runner, and only when its head moved', async () => {
    const { org, client, journey } = await organisationWithEvents(1);
    const runner = t.app.get(JobRunner);
    const slot = (n: number) => new Date(Date.UTC(2031, 0, 1, 0, n));
    expect(await runner.tick(slot(0))).toContain('audit-checkpoint');
    const file = join(dir, await installationId((sql) => t.owner.query(sql)), `${org}.jsonl`);
    const count = () => readFileSync(file, 'utf8').trim().split('\n').length;
    const before = count();
    await runner.tick(slot(5));
    expect(count()).toBe(before); // nothing new
    expect((await client.get(`/api/journeys/${journey}`)).status).toBe(200);
    await runner.tick(slot(10));
    expect(count()).toBe(before + 1);
    const report = await verifyAuditChain(query, [org], await checkpointsFor((sql) => t.owner.query(sql), t.env, [org]));
    expect(report).toMatchObject({ intact: true, checkpoints: before + 1 });
  });
});
