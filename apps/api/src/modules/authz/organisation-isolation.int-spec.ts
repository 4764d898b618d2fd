import { randomUUID } from 'node:crypto';
import type { Role } from '@beside/shared/contracts';
import { UnitOfWork } from '../../database/unit-of-work';
import { seedDemoIfEmpty } from '../../database/seeds/demo-seed';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createNetworkOperator, createOrganisation, createServiceUser, createUser, sessionFor, type SignedIn, type TestUser } from '../../testing/fixtures';
import { EXPECTED_ROUTE_POLICIES } from './route-policies';

/**
 * Issue 17.2: the isolation walk. Every other organisation is the demo network (Riverside with a year of
 * casework, conversations, concerns and her portal; Harbour; Northgate). Organisation B is new. Every route
 * is called by each of B's roles (and the network operator) with ids of the others' records; each answer must
 * be exactly the answer for an id that does not exist (no oracle), never a success, and carry none of their
 * ids or names; their rows must be unchanged; and read as beside_app under B's context no table shows one of
 * their rows.
 */

/** Which table an id in a path names. */
function tableFor(route: string, param: string): string | null {
  if (param === 'messageId') return route.includes('/api/messages/') ? 'outbox_message' : 'conversation_message';
  const tables: Record<string, string> = {
    accompanimentId: 'accompaniment',
    accountId: 'user_account',
    actionId: 'concern_action',
    appointmentId: 'appointment',
    approvalId: 'role_approval',
    concernId: 'concern',
    consentId: 'consent',
    goalId: 'goal',
    grantId: 'break_glass_access',
    journeyId: 'journey',
    noteId: 'note',
    notificationId: 'notification',
    organisationId: 'organisation',
    proposalId: 'change_proposal',
    referralId: 'referral',
    serviceUserId: 'service_user',
    sessionId: 'user_session',
    stepId: 'step',
  };
  return tables[param] ?? null;
}

/** Routes whose answer is the same for everyone by design (an organisation's public "You said, we did"), or that start a sign-in: not part of the walk. */
const NOT_WALKED = /^(POST \/api\/auth\/|GET \/api\/health|GET \/api\/status|GET \/api\/auth\/session|GET \/api\/calendar\/feed\.ics|GET \/api\/public\/you-said-we-did\/)/;
/** Writes without an id create the caller's own records: the walk does not need them. */
const OWN_WRITES = /^(POST|PUT|PATCH|DELETE) \/api\/[^:]*$/;

describe('organisation isolation: the walk (issue 17.2)', () => {
  const actors: Record<string, SignedIn> = {};
  const theirIds = new Map<string, string[]>();
  let markers: string[] = [];

  const snapshot = async (orgB: string): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const table of await tenantTables()) {
      if (['audit_event', 'audit_chain_head', 'outbox_message', 'user_session', 'idempotency_key'].includes(table)) continue;
      const [row]: { h: string | null }[] = await t.owner.query(
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM ${table} x WHERE organisation_id <> $1`,
        [orgB],
      );
      out[table] = row.h ?? '';
    }
    return out;
  };
  const tenantTables = async (): Promise<string[]> =>
    (
      (await t.owner.query(
        `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables tb USING (table_schema, table_name)
         WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND tb.table_type = 'BASE TABLE' ORDER BY 1`,
      )) as { table_name: string }[]
    ).map((r) => r.table_name);

  const t = useTestApp(async (t) => {
    await seedDemoIfEmpty(t.database.url, t.env.SECRET_KEY);
    // A conversation between Nia and Amara (the demo has none), so messages are walked too.
    const [amara]: { id: string; organisation_id: string }[] = await t.owner.query(`SELECT id, organisation_id FROM user_account WHERE email = 'amara.advocate@demo.beside.test'`);
    const [niaJourney]: { id: string }[] = await t.owner.query(
      `SELECT j.id FROM journey j JOIN service_user s ON s.id = j.service_user_id WHERE s.name = 'Nia Campbell'`,
    );
    const asAmara = await sessionFor(t, { id: amara.id, organisationId: amara.organisation_id, role: 'advocate', email: 'amara.advocate@demo.beside.test', totpSecret: null });
    await asAmara.post(`/api/journeys/${niaJourney.id}/conversation`).send({ body: 'See you on Thursday at the clinic.' }).expect(201);
    // A high concern notifies Riverside's managers at once, so notifications are walked too (the deadline job's
    // notifications depend on when it last ran).
    await asAmara
      .post('/api/concerns')
      .send({ journeyId: niaJourney.id, category: 'abuse_or_violence', severity: 'high', description: 'She said her ex found her new address' })
      .expect(201);
    const orgB = await createOrganisation(t, 'Organisation B');
    const roles: Role[] = ['admin', 'manager', 'advocate', 'service_user'];
    const users: Record<string, TestUser> = {};
    for (const role of roles) users[role] = await createUser(t, orgB, role);
    const herRecord = await createServiceUser(t, orgB, { accountId: users['service_user'].id, name: 'B woman' });
    await createJourney(t, orgB, herRecord, users['advocate'].id);
    for (const role of roles) actors[role] = await sessionFor(t, users[role]);
    actors['network_operator'] = await sessionFor(t, await createNetworkOperator(t));
    // Their records: a few ids of every kind, from every other organisation.
    const [network]: { id: string }[] = await t.owner.query(`SELECT id FROM organisation WHERE kind = 'network'`);
    for (const table of await tenantTables()) {
      const rows: { id: string }[] = await t.owner
        .query(`SELECT id::text AS id FROM ${table} WHERE organisation_id NOT IN ($1, $2) ORDER BY id LIMIT 2`, [orgB, network.id])
        .catch(() => []);
      theirIds.set(table, rows.map((r) => r.id));
    }
    const others: { id: string }[] = await t.owner.query(`SELECT id::text AS id FROM organisation WHERE id NOT IN ($1, $2) ORDER BY id LIMIT 2`, [orgB, network.id]);
    theirIds.set('organisation', others.map((r) => r.id));
    // What must never appear in B's answers: every id of theirs (organisations excepted: members see each other's
    // names and ids to refer to them) and the names of their people.
    const withIds = ((await t.owner.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND table_name = ANY($1)`,
      [await tenantTables()],
    )) as { table_name: string }[]).map((r) => r.table_name);
    const ids: { id: string }[] = await t.owner.query(
      withIds.map((table) => `SELECT id::text AS id FROM ${table} WHERE organisation_id NOT IN ('${orgB}', '${network.id}')`).join(' UNION ALL '),
    );
    const names: { name: string }[] = await t.owner.query(
      `SELECT name FROM service_user WHERE organisation_id NOT IN ($1, $2) UNION SELECT display_name FROM user_account WHERE organisation_id NOT IN ($1, $2)`,
      [orgB, network.id],
    );
    markers = [...ids.map((r) => r.id), ...names.map((r) => r.name).filter((n) => n.length > 5)];
    const snapshotBefore = await snapshot(orgB);
    return { orgB, snapshotBefore };
  });

  it('has their records of every kind to try', () => {
    const empty = [...theirIds.entries()].filter(([, ids]) => ids.length === 0).map(([table]) => table);
    for (const table of ['journey', 'service_user', 'goal', 'step', 'note', 'appointment', 'accompaniment', 'concern', 'consent', 'user_account', 'conversation_message', 'notification']) {
      expect({ table, tried: (theirIds.get(table)?.length ?? 0) > 0 }).toEqual({ table, tried: true });
    }
    expect(empty.length).toBeLessThan(theirIds.size);
    expect(markers.length).toBeGreaterThan(500);
  });

  it("answers every route called by B's people with their ids exactly as for an id that does not exist, and shows none of their data", async () => {
    const problems: string[] = [];
    let calls = 0;
    for (const route of Object.keys(EXPECTED_ROUTE_POLICIES).sort()) {
      if (NOT_WALKED.test(route) || OWN_WRITES.test(route)) continue;
      const [method, pattern] = route.split(' ');
      const params = [...pattern.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
      const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      for (const [who, client] of Object.entries(actors)) {
        // The operator reads member organisations' details by design.
        if (who === 'network_operator' && pattern.startsWith('/api/network/organisations')) continue;
        const call = async (path: string) => {
          calls += 1;
          const req = client[verb](path);
          const res = await (verb === 'get' ? req : req.send({}));
          return { status: res.status, text: res.text ?? '' };
        };
        const fill = (pick: (param: string) => string) => params.reduce((p, param) => p.replace(`:${param}`, pick(param)), pattern);
        const missing = await call(fill(() => randomUUID()));
        const candidates = params.length ? Math.max(...params.map((param) => theirIds.get(tableFor(pattern, param) ?? '')?.length ?? 0)) : 1;
        for (let i = 0; i < Math.max(1, candidates); i++) {
          const path = fill((param) => theirIds.get(tableFor(pattern, param) ?? '')?.[i] ?? randomUUID());
          const answer = await call(path);
          const leaked = markers.find((m) => answer.text.includes(m));
          if (params.length && answer.status !== missing.status) problems.push(`${who} ${method} ${path}: ${answer.status}, for an unknown id ${missing.status}`);
          if (params.length && answer.status < 300) problems.push(`${who} ${method} ${path}: ${answer.status}`);
          if (leaked) problems.push(`${who} ${method} ${path}: answer contains their "${leaked}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(1000);
  }, 600_000);

  it('changed none of their records', async () => {
    const after = await snapshot(t.orgB);
    expect(Object.entries(after).filter(([table, hash]) => t.snapshotBefore[table] !== hash).map(([table]) => table)).toEqual([]);
  });

  it("shows none of their rows in any table read as beside_app under B's context, in every role", async () => {
    const uow = t.app.get(UnitOfWork);
    const seen: string[] = [];
    for (const role of ['admin', 'manager', 'advocate', 'service_user'] as Role[]) {
      for (const table of await tenantTables()) {
        // A table beside_app may not read at all (the consultation pool) shows nothing.
        const [row] = (await uow
          .run({ organisationId: t.orgB, userId: null, role }, (em) => em.query(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id <> $1`, [t.orgB]))
          .catch(unreadable)) as { n: number }[];
        if (row.n > 0) seen.push(`${role}: ${table} ${row.n}`);
      }
    }
    expect(seen).toEqual([]);
    // And they are really there.
    const [theirs]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM journey WHERE organisation_id <> $1`, [t.orgB]);
    expect(theirs.n).toBeGreaterThan(30);
  });

  it("keeps audit chains, verification and exports per organisation", async () => {
    const verify = await actors['manager'].get('/api/audit/verify');
    expect(verify.status).toBe(200);
    const [own]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE organisation_id = $1`, [t.orgB]);
    const [all]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(all.n).toBeGreaterThan(own.n);
    for (const path of ['/api/audit/events', '/api/audit/events.csv', '/api/reports/monthly.csv', '/api/notifications', '/api/journeys', '/api/dashboard']) {
      const res = await actors['manager'].get(path);
      expect({ path, leaked: markers.find((m) => (res.text ?? '').includes(m)) ?? null }).toEqual({ path, leaked: null });
    }
  });
});

/** A table the API's role has no grant on at all reads as empty (anything else is a real failure). */
function unreadable(error: unknown): { n: number }[] {
  if (/permission denied/.test(String(error))) return [{ n: 0 }];
  throw error;
}
