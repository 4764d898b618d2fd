import { createInterface } from 'node:readline';
import { DataSource, type EntityManager } from 'typeorm';
import * as argon2 from 'argon2';
import { validateEnvironment } from './config/environment';
import { dataSourceOptions } from './database/data-source-options';
import { locateDatabase } from './database/database-location';
import { migrate } from './database/migrate';
import { verifyWithOwner } from './modules/audit/audit-chain-verifier';
import { checkpointNow, checkpointsFor } from './modules/audit/audit-checkpoint.job';
import { checkpointDirectory } from './modules/audit/audit-checkpoints';
import { AuditWriter } from './modules/audit/audit-writer';
import { passwordProblem } from './modules/identity/credentials/password-policy';
import { normaliseEmail } from './modules/identity/credentials/email';
import { invitationMessage } from './modules/identity/invitations-and-resets/invitation-message';
import { MailOutbox } from './modules/identity/invitations-and-resets/mail-outbox';
import { issueToken } from './modules/identity/invitations-and-resets/one-time-tokens';

const USAGE = `Beside administration

  npm run cli -- create-admin --organisation "Name" --email you@example.org --name "Your Name"
      Creates an organisation (or uses --organisation-id <uuid>) and its first admin.
      The password comes from BESIDE_ADMIN_PASSWORD, or is asked for.
      The admin sets up two-step sign-in at first sign-in.

  npm run cli -- create-network-operator --email you@example.org --name "Your Name" [--network "Name"]
      Creates the network's operator account (and the network itself the first time), who adds
      and suspends member organisations on the web and reads no case content. The password comes
      from BESIDE_ADMIN_PASSWORD, or is asked for; two-step sign-in is set up at first sign-in.

  npm run cli -- create-organisation --name "Name" --admin-email admin@example.org --admin-name "Admin Name"
                 [--services "What it offers"] [--message-sender "Appointments"] [--print-link]
      Adds a member organisation to the network and invites its first admin (as the network
      operator does on the web). The invitation waits in the outbox and Beside sends it when it
      runs; --print-link also prints the one-time link here, to pass on by hand.

  npm run cli -- audit-verify
      Walks every organisation's audit chain from its first event, checks each chain head and
      every signed checkpoint (AUDIT_CHECKPOINT_DIR): "intact, N events" or the first broken
      link (exit code 1).

  npm run cli -- audit-checkpoint
      Signs each organisation's chain head now (AUDIT_CHECKPOINT_KEY) into AUDIT_CHECKPOINT_DIR.

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
  if (!email || !name || (!organisationName && !organisationId)) return usageProblem('create-admin needs --email, --name and --organisation (or --organisation-id).');
  const credentials = await newCredentials(email, 'Password for the new admin: ');
  if (!credentials.ok) return 2;
  const { normalised, hash } = credentials;
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
      // The same reading of an address as everywhere else (identity/credentials/email.ts), never SQL lower().
      if (((await em.query(`SELECT 1 FROM user_account WHERE email_normalised = $1 AND password_hash IS NOT NULL`, [normalised.email])) as unknown[]).length) {
        console.error('An account with that email address already exists.');
        return 2;
      }
      const user = await createActiveAccount(em, { organisationId: orgId, role: 'admin', email, name, hash });
      console.log(`Created admin ${user.id} in organisation ${orgId}. Sign in and set up two-step sign-in.`);
      return 0;
    }),
  );
}

/** An active account with its password set, and its audit event, in the caller's transaction. */
async function createActiveAccount(
  em: EntityManager,
  account: { organisationId: string; role: 'admin' | 'network_admin'; email: string; name: string; hash: string },
): Promise<{ id: string }> {
  const [user]: { id: string }[] = await em.query(
    `INSERT INTO user_account (organisation_id, role, email, display_name, password_hash, password_changed_at, status)
     VALUES ($1, $2, $3, $4, $5, now(), 'active') RETURNING id`,
    [account.organisationId, account.role, account.email.trim(), account.name, account.hash],
  );
  await new AuditWriter().append(em, null, { requestId: 'cli', ip: null, userAgent: 'beside-cli' }, [
    { action: 'account.created', entityType: 'user_account', entityId: user.id, organisationId: account.organisationId, detail: { role: account.role, via: 'cli' } },
  ]);
  return user;
}

/** What the command lacks, then how to call it; the exit code of a wrong call. */
function usageProblem(what: string): number {
  console.error(`${what}\n`);
  console.error(USAGE);
  return 2;
}

/** The address read as everywhere else and the password checked and hashed; a problem is printed. */
async function newCredentials(email: string, prompt: string): Promise<{ ok: true; normalised: { email: string }; hash: string } | { ok: false }> {
  const normalised = normaliseEmail(email);
  if (!normalised.ok) {
    console.error(normalised.problem);
    return { ok: false };
  }
  const password = process.env['BESIDE_ADMIN_PASSWORD'] ?? (await askHidden(prompt));
  const problem = passwordProblem(password, { hasSecondFactor: false, email });
  if (problem) {
    console.error(problem);
    return { ok: false };
  }
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  return { ok: true, normalised: { email: normalised.email }, hash };
}

async function createNetworkOperator(args: string[]): Promise<number> {
  const email = option(args, 'email');
  const name = option(args, 'name')?.trim();
  const networkName = option(args, 'network')?.trim() || "Women's Mental Health Network";
  if (!email || !name) return usageProblem('create-network-operator needs --email and --name.');
  const credentials = await newCredentials(email, 'Password for the network operator: ');
  if (!credentials.ok) return 2;
  const { normalised, hash } = credentials;
  return withOwner(async (ds) =>
    ds.transaction(async (em) => {
      if (((await em.query(`SELECT 1 FROM user_account WHERE email_normalised = $1 AND password_hash IS NOT NULL`, [normalised.email])) as unknown[]).length) {
        console.error('This address already has a Beside account. One account belongs to one organisation: use another address.');
        return 2;
      }
      const [existing]: { id: string }[] = await em.query(`SELECT id FROM organisation WHERE kind = 'network'`);
      const networkId =
        existing?.id ?? ((await em.query(`INSERT INTO organisation (name, kind) VALUES ($1, 'network') RETURNING id`, [networkName])) as { id: string }[])[0].id;
      const user = await createActiveAccount(em, { organisationId: networkId, role: 'network_admin', email, name, hash });
      console.log(`Created network operator ${user.id}${existing ? '' : ` and the network "${networkName}"`}. Sign in and set up two-step sign-in.`);
      return 0;
    }),
  );
}

async function createOrganisation(args: string[]): Promise<number> {
  const name = option(args, 'name')?.trim();
  const adminEmail = option(args, 'admin-email');
  const adminName = option(args, 'admin-name')?.trim();
  if (!name || !adminEmail || !adminName) return usageProblem('create-organisation needs --name, --admin-email and --admin-name.');
  if (name.length > 200 || adminName.length > 200) {
    console.error('--name and --admin-name: at most 200 characters.');
    return 2;
  }
  const normalised = normaliseEmail(adminEmail);
  if (!normalised.ok) {
    console.error(normalised.problem);
    return 2;
  }
  const settings: Record<string, string> = {};
  const services = option(args, 'services')?.trim();
  const sender = option(args, 'message-sender')?.trim();
  if (services) settings['servicesOffered'] = services.slice(0, 500);
  if (sender) {
    if (!/^[^<>@"\r\n]{1,60}$/.test(sender)) {
      console.error('--message-sender: a short plain name, without <, >, @ or quotes.');
      return 2;
    }
    settings['messageSender'] = sender;
  }
  const env = validateEnvironment(process.env);
  return withOwner(async (ds) =>
    ds.transaction(async (em) => {
      if (((await em.query(`SELECT 1 FROM organisation WHERE lower(name) = lower($1)`, [name])) as unknown[]).length) {
        console.error('An organisation of that name is already in the network.');
        return 2;
      }
      if (((await em.query(`SELECT 1 FROM user_account WHERE email_normalised = $1 AND password_hash IS NOT NULL`, [normalised.email])) as unknown[]).length) {
        console.error('This address already has a Beside account. One account belongs to one organisation: use another address.');
        return 2;
      }
      const [org]: { id: string }[] = await em.query(`INSERT INTO organisation (name, settings) VALUES ($1, $2) RETURNING id`, [name, JSON.stringify(settings)]);
      const [admin]: { id: string }[] = await em.query(
        `INSERT INTO user_account (organisation_id, role, email, display_name, status) VALUES ($1, 'admin', $2, $3, 'invited') RETURNING id`,
        [org.id, adminEmail.trim(), adminName],
      );
      const { token, expiresAt } = await issueToken(em, 'invitation', { id: admin.id, organisationId: org.id }, null);
      await new MailOutbox().sendToAccount(em, admin.id, invitationMessage(env.PUBLIC_URL, token, false));
      await new AuditWriter().append(em, null, { requestId: 'cli', ip: null, userAgent: 'beside-cli' }, [
        { action: 'organisation.created', entityType: 'organisation', entityId: org.id, organisationId: org.id, detail: { via: 'cli' } },
        { action: 'account.invited', entityType: 'user_account', entityId: admin.id, organisationId: org.id, detail: { role: 'admin', via: 'cli' } },
      ]);
      console.log(`Created organisation ${org.id} ("${name}").`);
      console.log(`Invited its first admin, ${adminName}: the invitation waits in the outbox and is sent when Beside runs (valid until ${expiresAt.toISOString()}).`);
      if (args.includes('--print-link')) console.log(`One-time link (pass it on only to ${adminName}): ${env.PUBLIC_URL}/invitation#token=${token}`);
      return 0;
    }),
  );
}

async function auditVerify(): Promise<number> {
  const env = validateEnvironment(process.env);
  return withOwner(async (ds) => {
    const checkpoints = await checkpointsFor((sql) => ds.query(sql), env);
    const report = await verifyWithOwner(ds, checkpoints);
    if (!('brokenAt' in report)) {
      console.log(`intact, ${report.events} events in ${report.organisations} chains; ${report.checkpoints} signed checkpoints agree (${checkpointDirectory(env)})`);
      return 0;
    }
    const b = report.brokenAt;
    console.log(`BROKEN at organisation ${b.organisationId}, event ${b.seq}${b.eventId ? ` (${b.eventId})` : ''}: ${b.problem}`);
    console.log(`${report.events} events verified before the break`);
    return 1;
  });
}

async function auditCheckpoint(): Promise<number> {
  const env = validateEnvironment(process.env);
  return withOwner(async (ds) => {
    await ds.query(`SELECT beside_audit_seal_waiting()`);
    const written = await checkpointNow((sql) => ds.query(sql), env);
    console.log(`${written.length} checkpoints signed into ${checkpointDirectory(env)}`);
    return 0;
  });
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(args);
    case 'create-network-operator':
      return createNetworkOperator(args);
    case 'create-organisation':
      return createOrganisation(args);
    case 'audit-verify':
      return auditVerify();
    case 'audit-checkpoint':
      return auditCheckpoint();
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
