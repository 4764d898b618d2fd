import { createHmac } from 'node:crypto';
import { Client } from 'pg';

/** The login role the API serves through when the operator gives no DATABASE_APP_URL. */
export const APP_LOGIN_ROLE = 'beside_api';


/**
 * The password of the API's own login role, derived from SECRET_KEY (HMAC-SHA256), so that
 * every instance computes the same one and nothing more has to be kept.
 */
export function appLoginPassword(secretKey: string): string {
  return createHmac('sha256', secretKey).update(`beside database login: ${APP_LOGIN_ROLE}`).digest('hex');
}

function withLogin(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

/**
 * Which URL the API's pool opens (issue 14.3): a login role that is only a member of
 * beside_app, never the owner or a superuser, so that no SQL the API sends can RESET ROLE
 * its way to more than beside_app may do.
 *
 * - DATABASE_APP_URL, when the operator gives one: checked, and refused if it is more.
 * - Only the owner's DATABASE_URL (development, CI): the API, having migrated as the owner,
 *   creates or updates beside_api itself (password from SECRET_KEY) and connects as it.
 * - The embedded database (PGlite) has one session and no logins: every connection is its
 *   superuser. There the API keeps working as beside_app by SET LOCAL ROLE in each transaction
 *   (unit-of-work.ts), which SQL sent through the API could undo; SECURITY.md says so.
 */
export async function appDatabaseUrl(
  env: { DATABASE_APP_URL?: string; SECRET_KEY: string },
  database: { url: string; kind: 'embedded' | 'external' },
): Promise<string> {
  if (env.DATABASE_APP_URL) {
    await assertOnlyAppMember(env.DATABASE_APP_URL, 'DATABASE_APP_URL');
    return env.DATABASE_APP_URL;
  }
  if (database.kind === 'embedded') return database.url;
  const password = appLoginPassword(env.SECRET_KEY);
  const url = withLogin(database.url, APP_LOGIN_ROLE, password);
  if (!(await connects(url))) await ensureAppLogin(database.url, password);
  await assertOnlyAppMember(url, APP_LOGIN_ROLE);
  return url;
}

async function connects(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const [row] = (await client.query(`SELECT pg_has_role(current_user, 'beside_app', 'MEMBER') AS member`)).rows as { member: boolean }[];
    return row.member;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** As the owner: create beside_api if missing, give it its password and beside_app, and nothing else. Roles are cluster-wide: several databases (the tests' clones) share it. */
async function ensureAppLogin(ownerUrl: string, password: string): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(password)) throw new Error('unexpected login password shape');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`
          DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_LOGIN_ROLE}') THEN
              CREATE ROLE ${APP_LOGIN_ROLE} LOGIN;
            END IF;
          END $$`);
        await client.query(
          `ALTER ROLE ${APP_LOGIN_ROLE} WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
        );
        await client.query(`GRANT beside_app TO ${APP_LOGIN_ROLE}`);
        await client.query(`DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO beside_app', current_database()); END $$`);
        return;
      } catch (error) {
        // Two instances (or test files) doing this at once: "tuple concurrently updated"; the other one's work stands.
        if (attempt >= 5) {
          throw new Error(
            `Could not create the API's database login ${APP_LOGIN_ROLE} (${(error as Error).message}). ` +
              'Give the owner in DATABASE_URL the CREATEROLE right, or create a login role that is only a member of beside_app and set DATABASE_APP_URL to it.',
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
}

/** Refuses a login that could do more than beside_app: a superuser, the owner, or a member of any other role. */
export async function assertOnlyAppMember(url: string, name: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const [r] = (
      await client.query(`
        SELECT r.rolsuper AS superuser, r.rolbypassrls AS bypassrls, r.rolcreaterole AS createrole,
               pg_has_role(current_user, 'beside_app', 'MEMBER') AS app,
               EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = 'audit_event' AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owner,
               ARRAY(SELECT b.rolname::text FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid AND b.rolname <> 'beside_app') AS others
        FROM pg_roles r WHERE r.rolname = current_user`)
    ).rows as { superuser: boolean; bypassrls: boolean; createrole: boolean; app: boolean; owner: boolean; others: string[] }[];
    const problems = [
      r.superuser && 'is a superuser',
      r.bypassrls && 'bypasses row-level security',
      r.createrole && 'may create roles',
      r.owner && 'owns the tables (or is a member of their owner)',
      !r.app && 'is not a member of beside_app',
      r.others.length > 0 && `is also a member of ${r.others.join(', ')}`,
    ].filter(Boolean);
    if (problems.length) {
      throw new Error(`${name}: the API's database login must only be a member of beside_app, but it ${problems.join(', ')}`);
    }
  } finally {
    await client.end();
  }
}
