import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import { validateEnvironment } from './config/environment';
import { dataSourceOptions } from './database/data-source-options';
import { locateDatabase } from './database/database-location';
import { migrate } from './database/migrate';
import { verifyWithOwner } from './modules/audit/audit-chain-verifier';
import { AuditWriter } from './modules/audit/audit-writer';
import { passwordProblem } from './modules/identity/password-policy';

const USAGE = `Beside administration

  npm run cli -- create-admin --organisation "Name" --email you@example.org --name "Your Name"
      Creates an organisation (or uses --organisation-id <uuid>) and its first admin.
      The password comes from BESIDE_ADMIN_PASSWORD, or is asked for.
      The admin sets up two-step sign-in at first sign-in.

  npm run cli -- audit-verify
      Walks every organisation's audit chain: "intact, N events" or the first broken link.

Uses DATABASE_URL, or the embedded database in BESIDE_DATA_DIR (stop Beside first).`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  output._writeToOutput = (s: string) => output.output.write(s.startsWith(question) ? s : '');
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function withOwner<T>(work: (ds: DataSource) => Promise<T>): Promise<T> {
  const env = validateEnvironment(process.env);
  const database = await locateDatabase(env);
  try {
    await migrate(database.url);
    const ds = new DataSource(dataSourceOptions(database.url, 2));
    await ds.initialize();
    try {
      return await work(ds);
    } finally {
      await ds.destroy();
    }
  } finally {
    await database.stop();
  }
}

async function createAdmin(args: string[]): Promise<number> {
  const email = option(args, 'email');
  const name = option(args, 'name');
  const organisationName = option(args, 'organisation');
  const organisationId = option(args, 'organisation-id');
  if (!email || !name || (!organisationName && !organisationId)) {
    console.error('create-admin needs --email, --name and --organisation (or --organisation-id).\n');
    console.error(USAGE);
    return 2;
  }
  const password = process.env['BESIDE_ADMIN_PASSWORD'] ?? (await askHidden('Password for the new admin: '));
  const problem = passwordProblem(password, { hasSecondFactor: false, email });
  if (problem) {
    console.error(problem);
    return 2;
  }
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  return withOwner(async (ds) =>
    ds.transaction(async (em) => {
      let orgId = organisationId;
      if (!orgId) {
        const [org]: { id: string }[] = await em.query(`INSERT INTO organisation (name) VALUES ($1) RETURNING id`, [organisationName]);
        orgId = org.id;
      } else if (!((await em.query(`SELECT 1 FROM organisation WHERE id = $1`, [orgId])) as unknown[]).length) {
        console.error(`No organisation has id ${orgId}.`);
        return 2;
      }
      if (((await em.query(`SELECT 1 FROM user_account WHERE lower(email) = lower($1)`, [email])) as unknown[]).length) {
        console.error('An account with that email address already exists.');
        return 2;
      }
      const [user]: { id: string }[] = await em.query(
        `INSERT INTO user_account (organisation_id, role, email, display_name, password_hash, password_changed_at, status)
         VALUES ($1, 'admin', $2, $3, $4, now(), 'active') RETURNING id`,
        [orgId, email, name, hash],
      );
      await new AuditWriter().append(em, null, { requestId: 'cli', ip: null, userAgent: 'beside-cli' }, [
        { action: 'account.created', entityType: 'user_account', entityId: user.id, organisationId: orgId, detail: { role: 'admin', via: 'cli' } },
      ]);
      console.log(`Created admin ${user.id} in organisation ${orgId}. Sign in and set up two-step sign-in.`);
      return 0;
    }),
  );
}

async function auditVerify(): Promise<number> {
  return withOwner(async (ds) => {
    const report = await verifyWithOwner(ds);
    if (!('brokenAt' in report)) {
      console.log(`intact, ${report.events} events in ${report.organisations} chains`);
      return 0;
    }
    const b = report.brokenAt;
    console.log(`BROKEN at organisation ${b.organisationId}, event ${b.seq}${b.eventId ? ` (${b.eventId})` : ''}: ${b.problem}`);
    console.log(`${report.events} events verified before the break`);
    return 1;
  });
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(args);
    case 'audit-verify':
      return auditVerify();
    default:
      console.log(USAGE);
      return command ? 2 : 0;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error)?.message ?? error);
    process.exit(1);
  },
);
