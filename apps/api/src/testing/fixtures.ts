import * as argon2 from 'argon2';
import { authenticator } from 'otplib';
import request from 'supertest';
import type { Role } from '@beside/shared/contracts';
import { SecretBox } from '../modules/identity/credentials/secrets';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple 42';
let cachedHash: Promise<string> | null = null;
const passwordHash = () =>
  (cachedHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 }));

export interface TestUser {
  id: string;
  organisationId: string;
  role: Role;
  email: string;
  totpSecret: string | null;
}

/** Runs an INSERT … RETURNING id as the owner (past row-level security) and answers the new row's id. */
async function insertId(t: TestApp, sql: string, params: unknown[]): Promise<string> {
  const [row]: { id: string }[] = await t.owner.query(sql, params);
  return row.id;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganisation(t: TestApp, name = 'Test organisation'): Promise<string> {
  return insertId(t, `INSERT INTO organisation (name) VALUES ($1) RETURNING id`, [name]);
}

/** The deployment's one network organisation (made on first use) and a new operator in it (issue 17). */
export async function createNetworkOperator(t: TestApp): Promise<TestUser> {
  const [existing]: { id: string }[] = await t.owner.query(`SELECT id FROM organisation WHERE kind = 'network'`);
  const network = existing?.id ?? ((await t.owner.query(`INSERT INTO organisation (name, kind) VALUES ('Test network', 'network') RETURNING id`)) as { id: string }[])[0].id;
  return createUser(t, network, 'network_admin');
}

/** An active account; staff get two-step sign-in already on (as they must). */
export async function createUser(
  t: TestApp,
  organisationId: string,
  role: Role,
  opts: { mfa?: boolean; status?: string; name?: string } = {},
): Promise<TestUser> {
  const mfa = opts.mfa ?? role !== 'service_user';
  const totpSecret = mfa ? authenticator.generateSecret(20) : null;
  const email = `${role}.${unique()}@test.beside.test`;
  const [row]: { id: string }[] = await t.owner.query(
    `INSERT INTO user_account (organisation_id, role, email, display_name, password_hash, status, mfa_secret, mfa_enabled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      organisationId,
      role,
      email,
      opts.name ?? `${role} ${unique()}`,
      await passwordHash(),
      opts.status ?? 'active',
      totpSecret ? new SecretBox(t.env.SECRET_KEY).seal(totpSecret) : null,
      totpSecret ? new Date() : null,
    ],
  );
  return { id: row.id, organisationId, role, email, totpSecret };
}

export async function createServiceUser(
  t: TestApp,
  organisationId: string,
  opts: { accountId?: string | null; name?: string } = {},
): Promise<string> {
  return insertId(
    t,
    `INSERT INTO service_user (organisation_id, account_id, name) VALUES ($1, $2, $3) RETURNING id`,
    [organisationId, opts.accountId ?? null, opts.name ?? `Service user ${unique()}`],
  );
}

export async function createJourney(
  t: TestApp,
  organisationId: string,
  serviceUserId: string,
  primaryAdvocateId: string,
  opts: { secondaryAdvocateId?: string; status?: string } = {},
): Promise<string> {
  return insertId(
    t,
    `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason,
                          primary_advocate_id, secondary_advocate_id)
     VALUES ($1, $2, $3, 'self', current_date, 'Test referral', $4, $5) RETURNING id`,
    [organisationId, serviceUserId, opts.status ?? 'active', primaryAdvocateId, opts.secondaryAdvocateId ?? null],
  );
}

/** Time steps already used per user: the API refuses a code twice, so tests wait for the next one. */
const usedSteps = new Map<string, number>();

export async function freshTotp(user: TestUser): Promise<string> {
  if (!user.totpSecret) throw new Error('user has no second factor');
  for (;;) {
    const step = Math.floor(Date.now() / 30000);
    if ((usedSteps.get(user.id) ?? -1) < step) {
      usedSteps.set(user.id, step);
      return authenticator.generate(user.totpSecret);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A signed-in client: sends the session cookie and the CSRF token, as the web app does. */
export interface SignedIn {
  cookie: string;
  csrf: string;
  user: TestUser;
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  patch(url: string): request.Test;
  delete(url: string): request.Test;
}

export function sessionCookieFrom(res: request.Response): string | null {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = raw?.find((c) => /beside_session=[^;]+/.test(c));
  return cookie ? cookie.split(';')[0] : null;
}

export function clientFor(t: TestApp, cookie: string, csrf: string, user: TestUser): SignedIn {
  const call = (method: Method) => (url: string) => {
    const req = request(t.app.getHttpServer())[method](url).set('Cookie', cookie);
    return method === 'get' ? req : req.set('X-CSRF-Token', csrf);
  };
  return { cookie, csrf, user, get: call('get'), post: call('post'), put: call('put'), patch: call('patch'), delete: call('delete') };
}

/** Signs in through the HTTP API (with the second step for staff). */
export async function signIn(t: TestApp, user: TestUser, password = TEST_PASSWORD): Promise<SignedIn> {
  const first = await request(t.app.getHttpServer()).post('/api/auth/sign-in').send({ email: user.email, password });
  if (first.status !== 200) throw new Error(`sign-in failed: ${first.status} ${JSON.stringify(first.body)}`);
  let cookie = sessionCookieFrom(first) ?? '';
  let csrf: string = first.body.csrfToken;
  if (first.body.stage === 'mfa_challenge') {
    const second = await request(t.app.getHttpServer())
      .post('/api/auth/mfa/challenge')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ code: await freshTotp(user) });
    if (second.status !== 200) throw new Error(`second step failed: ${second.status} ${JSON.stringify(second.body)}`);
    cookie = sessionCookieFrom(second) ?? '';
    csrf = second.body.csrfToken;
  }
  return clientFor(t, cookie, csrf, user);
}

/**
 * A signed-in session made directly in the database, for tests that need many sessions
 * (a staff member's second step can only be passed once per 30-second code).
 */
export async function sessionFor(t: TestApp, user: TestUser, stage: 'full' | 'mfa_challenge' | 'mfa_enrolment' = 'full'): Promise<SignedIn> {
  const { randomToken, sha256Hex } = await import('../modules/identity/credentials/secrets');
  const token = randomToken();
  const csrf = sha256Hex(randomToken());
  await t.owner.query(
    `INSERT INTO user_session (token_hash, user_id, organisation_id, stage, csrf_token, absolute_expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + interval '12 hours')`,
    [sha256Hex(token), user.id, user.organisationId, stage, csrf],
  );
  const name = t.env.PUBLIC_URL.startsWith('https') || /localhost|127\.0\.0\.1/.test(t.env.PUBLIC_URL) ? '__Host-beside_session' : 'beside_session';
  return clientFor(t, `${name}=${token}`, csrf, user);
}

/** A new organisation with an account of each role asked for, by the names given: `{ org, admin, manager }`. */
export async function organisationWith<Name extends string>(t: TestApp, accounts: Record<Name, Role>): Promise<{ org: string } & Record<Name, TestUser>> {
  const org = await createOrganisation(t);
  const made = {} as Record<Name, TestUser>;
  for (const [name, role] of Object.entries(accounts) as [Name, Role][]) made[name] = await createUser(t, org, role);
  return { org, ...made };
}

/** A new account of this role in the organisation, signed in (the account is the client's `user`). */
export async function newSession(t: TestApp, organisationId: string, role: Role, opts: { name?: string } = {}): Promise<SignedIn> {
  return sessionFor(t, await createUser(t, organisationId, role, opts));
}

/** New accounts of these roles in the organisation, made in order, then all signed in. */
export async function newSessions(t: TestApp, organisationId: string, roles: Role[]): Promise<SignedIn[]> {
  const users: TestUser[] = [];
  for (const role of roles) users.push(await createUser(t, organisationId, role));
  return Promise.all(users.map((user) => sessionFor(t, user)));
}

export interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_id: string | null;
  outcome: string;
  actor_user_id: string | null;
  detail: Record<string, unknown>;
}

/** The audit events one request wrote, in order. */
export function auditEventsFor(t: TestApp, res: request.Response): Promise<AuditRow[]> {
  return t.owner.query(`SELECT * FROM audit_event WHERE request_id = $1 ORDER BY seq`, [res.headers['x-request-id']]);
}

/** Sends each bad body and expects it refused with a 400 whose message names the field at fault. */
export async function expectRefusedNaming(cases: [body: object, field: string][], send: (body: object) => request.Test): Promise<void> {
  for (const [body, field] of cases) {
    const res = await send(body);
    expect([res.status, field]).toEqual([400, field]);
    expect(JSON.stringify(res.body.message)).toContain(field);
  }
}

/** How many rows a table holds (for "nothing was written"). */
export async function countRows(t: TestApp, table: string): Promise<number> {
  const [row]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

// Her portal (issue 6): records arranged directly, as staff would have written them.

export async function createGoal(t: TestApp, journeyId: string, opts: { createdBy?: string | null; words?: string } = {}): Promise<string> {
  return insertId(
    t,
    `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, created_by, updated_by)
     SELECT organisation_id, id, service_user_id, $2, 'health', $3, $3 FROM journey WHERE id = $1 RETURNING id`,
    [journeyId, opts.words ?? 'A goal written by staff', opts.createdBy ?? null],
  );
}

export async function createStep(t: TestApp, goalId: string, opts: { createdBy?: string | null; description?: string } = {}): Promise<string> {
  return insertId(
    t,
    `INSERT INTO step (organisation_id, goal_id, journey_id, description, owner, created_by, updated_by)
     SELECT organisation_id, id, journey_id, $2, 'together', $3, $3 FROM goal WHERE id = $1 RETURNING id`,
    [goalId, opts.description ?? 'A step written by staff', opts.createdBy ?? null],
  );
}

export async function createNote(t: TestApp, journeyId: string, visibility: 'staff' | 'shared', body: string, createdBy: string | null = null): Promise<string> {
  return insertId(
    t,
    `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body, created_by, updated_by)
     SELECT organisation_id, id, service_user_id, $2, $3, $4, $4 FROM journey WHERE id = $1 RETURNING id`,
    [journeyId, visibility, body, createdBy],
  );
}

/** An appointment `inDays` from now (negative: in the past), optionally accompanied by advocates. */
export async function createAppointment(
  t: TestApp,
  journeyId: string,
  opts: { inDays?: number; purpose?: string; outcome?: string; advocateIds?: string[]; supportLevel?: string; debrief?: string } = {},
): Promise<string> {
  const [row]: { id: string; organisation_id: string }[] = await t.owner.query(
    `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, location, purpose, outcome)
     SELECT organisation_id, id, service_user_id, 'psychiatrist', now() + make_interval(days => $2), now() + make_interval(days => $2, hours => 1),
            'Clinic room 2', $3, $4
     FROM journey WHERE id = $1 RETURNING id, organisation_id`,
    [journeyId, opts.inDays ?? 7, opts.purpose ?? 'Medication review', opts.outcome ?? null],
  );
  if (opts.advocateIds?.length) {
    const [ac]: { id: string }[] = await t.owner.query(
      `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level, debrief)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [row.organisation_id, row.id, journeyId, opts.supportLevel ?? 'accompanied', opts.debrief ?? null],
    );
    for (const advocateId of opts.advocateIds) {
      await t.owner.query(`INSERT INTO accompaniment_advocate (accompaniment_id, advocate_id, organisation_id) VALUES ($1, $2, $3)`, [ac.id, advocateId, row.organisation_id]);
    }
  }
  return row.id;
}

export async function createConsent(t: TestApp, serviceUserId: string, opts: { agreement?: string; validUntil?: string | null; givenOn?: string } = {}): Promise<string> {
  return insertId(
    t,
    `INSERT INTO consent (organisation_id, service_user_id, agreement, shared_with, given_on, valid_until)
     SELECT organisation_id, id, $2, 'GP surgery', $3, $4 FROM service_user WHERE id = $1 RETURNING id`,
    [serviceUserId, opts.agreement ?? 'Share my plan with my GP', opts.givenOn ?? '2020-01-01', opts.validUntil ?? null],
  );
}

/** A concern raised by staff about her, straight into the database (the register's own routes come with issue 7). */
export async function createStaffConcern(
  t: TestApp,
  serviceUserId: string,
  raisedBy: TestUser,
  opts: { confidential?: boolean; description?: string; reference?: string } = {},
): Promise<string> {
  return insertId(
    t,
    `INSERT INTO concern (organisation_id, service_user_id, reference, raised_by, raised_by_role, category, severity, description,
                          confidential_from_subject, triage_due_at)
     VALUES ($1, $2, $3, $4, $5, 'risk_to_self', 'high', $6, $7, now() + interval '24 hours') RETURNING id`,
    [raisedBy.organisationId, serviceUserId, opts.reference ?? `C-T${unique().slice(-4).toUpperCase()}`, raisedBy.id, raisedBy.role, opts.description ?? 'Staff concern', opts.confidential ?? true],
  );
}
