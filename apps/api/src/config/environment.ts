import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { checkpointSettingsProblems } from '../modules/audit/audit-checkpoints';
import { smtpUrlProblem } from '../modules/messages/transports/smtp-url';
import { notifyApiKeyProblem } from '../modules/messages/transports/notify-key';

export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/** A whole-number setting between min and max, read from its text. */
const IntSetting = (min: number, max: number) => applyDecorators(Transform(toInt), IsInt(), Min(min), Max(max));

/** An on/off setting, read from "true" or "false". */
const BooleanSetting = () => applyDecorators(Transform(toBoolean), IsBoolean());

/** Every setting Beside reads from the environment. README.md documents each one. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntSetting(0, 65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IntSetting(2, 200)
  DATABASE_POOL_SIZE = 10;

  /**
   * The API's own login role: only a member of beside_app, never the owner or a superuser (issue 14.3).
   * Unset with DATABASE_URL: the API creates that role itself (beside_api, password derived from SECRET_KEY).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_APP_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_APP_URL?: string;

  /** Ed25519 private key that signs audit checkpoints: PEM, or base64 of PKCS#8 DER. Unset: AUDIT_CHECKPOINT_KEY_FILE, else a key generated into the data folder. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_KEY?: string;

  /** A file holding AUDIT_CHECKPOINT_KEY. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_KEY_FILE?: string;

  /** Ed25519 public key (PEM or base64 SPKI DER) that checks checkpoints; unset: the signing key's own. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_PUBLIC_KEY?: string;

  /** Where signed audit checkpoints are kept: somewhere the database administrator does not control. Unset: audit-checkpoints next to the data folder. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_DIR?: string;

  /** Folder for the embedded database, or "memory" for a throw-away one. */
  @IsString()
  BESIDE_DATA_DIR = './.data/pglite';

  @IsString()
  @MinLength(32, { message: 'SECRET_KEY must be at least 32 characters' })
  SECRET_KEY = DEVELOPMENT_SECRET;

  @BooleanSetting()
  DEMO_SEED = true;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Unset: JSON log lines on stdout. Set (`npm start` sets .data/logs/api.log): the full JSON log goes to this file, the console shows warnings and errors as readable lines. */
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  @IntSetting(1000, 120000)
  SHUTDOWN_GRACE_MS = 10000;

  /** Background jobs (the concern triage-deadline check). Each run is claimed in PostgreSQL, so several instances run each slot once. */
  @BooleanSetting()
  JOBS_ENABLED = true;

  @IntSetting(1, 3600)
  JOB_INTERVAL_SECONDS = 60;

  /** Hops of reverse proxies in front of the API whose X-Forwarded-For is trusted (0: none). */
  @IntSetting(0, 10)
  TRUST_PROXY = 0;

  /** Benchmark only (npm run bench): skip the audit events of reads, never of writes, to measure what audit costs. Refused in production. */
  @BooleanSetting()
  BENCH_SKIP_READ_AUDIT = false;

  /** Requests a minute from one address to each public sign-in, reset and invitation route. */
  @IntSetting(1, 10000)
  AUTH_RATE_LIMIT_PER_MINUTE = 30;

  /** "Forgot my password" answers no sooner than this, so its timing cannot tell an address with an account from one without. */
  @IntSetting(0, 5000)
  PASSWORD_RESET_ANSWER_MS = 250;

  /** The mail server: smtps://user:password@host:465, or smtp://… (STARTTLS). Unset outside production: an in-process development inbox. */
  @IsOptional()
  @IsString()
  SMTP_URL?: string;

  /** The sender every message carries: neutral, never the service's name unless the organisation chooses it. */
  @IsString()
  @Matches(/^[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/, { message: 'MAIL_FROM must be an address, or a name and an address: Appointments <no-reply@example.org>' })
  MAIL_FROM = 'Appointments <no-reply@messages.invalid>';

  /** GOV.UK Notify API key for text messages. Unset: texts go to the development inbox, or (in production) no text is sent. */
  @IsOptional()
  @IsString()
  NOTIFY_API_KEY?: string;

  /** The Notify text template whose whole content is ((body)). */
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'NOTIFY_SMS_TEMPLATE_ID must be the template id (a UUID) from GOV.UK Notify' })
  NOTIFY_SMS_TEMPLATE_ID?: string;

  /** A neutral text sender set up in Notify (its id); unset: the service's default sender. */
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'NOTIFY_SMS_SENDER_ID must be a sender id (a UUID) from GOV.UK Notify' })
  NOTIFY_SMS_SENDER_ID?: string;

  /** Notify's API address; only tests and Notify's own test environments change it. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  NOTIFY_BASE_URL?: string;

  /** Delivery of queued messages (email, text). Off: messages wait in the outbox. */
  @BooleanSetting()
  MESSAGE_DELIVERY_ENABLED = true;

  @IntSetting(1, 600)
  MESSAGE_DELIVERY_INTERVAL_SECONDS = 5;

  /** The wait after a first failed attempt, doubled after each further one (to an hour at most), with jitter. */
  @IntSetting(1, 3600)
  MESSAGE_RETRY_BASE_SECONDS = 30;

  /** Attempts before a message is marked failed and shown to admins. */
  @IntSetting(1, 30)
  MESSAGE_MAX_ATTEMPTS = 8;

  /** Documents (issue 19) in a local folder when no S3-compatible store is set: next to the embedded database by default. */
  @IsString()
  DOCUMENTS_DIR = './.data/documents';

  /** An S3-compatible store for documents (MinIO, AWS S3…): its endpoint URL, e.g. http://minio:9000. Unset: DOCUMENTS_DIR. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  S3_ENDPOINT?: string;

  @IsString()
  S3_BUCKET = 'beside-documents';

  @IsString()
  S3_REGION = 'eu-west-2';

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** ClamAV's clamd (TCP), which scans every upload when set: host name. */
  @IsOptional()
  @IsString()
  CLAMAV_HOST?: string;

  @IntSetting(1, 65535)
  CLAMAV_PORT = 3310;

  /**
   * The first wait after the free sign-in attempts run out, in seconds; each further failure doubles it up to the
   * rule's cap (docs/SECURITY.md). 1 by default; a service may choose a stricter start.
   */
  @IntSetting(1, 60)
  SIGN_IN_FIRST_DELAY_SECONDS = 1;

  /** The largest document accepted, in bytes (10 MB by default). */
  @IntSetting(1024, 104857600)
  DOCUMENT_MAX_BYTES = 10485760;
}

export class EnvironmentError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.keys(new Environment());
  const relevant: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'DATABASE_APP_URL', 'AUDIT_CHECKPOINT_KEY', 'AUDIT_CHECKPOINT_KEY_FILE', 'AUDIT_CHECKPOINT_PUBLIC_KEY', 'AUDIT_CHECKPOINT_DIR', 'WEB_DIST_DIR', 'LOG_FILE', 'SMTP_URL', 'NOTIFY_API_KEY', 'NOTIFY_SMS_TEMPLATE_ID', 'NOTIFY_SMS_SENDER_ID', 'NOTIFY_BASE_URL', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'CLAMAV_HOST']) {
    if (raw[key] !== undefined && raw[key] !== '') relevant[key] = raw[key];
  }
  const env = plainToInstance(Environment, relevant);
  if (env.NODE_ENV === 'production' && raw['DEMO_SEED'] === undefined) env.DEMO_SEED = false;
  if (raw['PUBLIC_URL'] === undefined || raw['PUBLIC_URL'] === '') env.PUBLIC_URL = `http://localhost:${env.PORT}`;
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  problems.push(...checkpointSettingsProblems(env));
  if (env.NOTIFY_API_KEY) {
    const keyProblem = notifyApiKeyProblem(env.NOTIFY_API_KEY);
    if (keyProblem) problems.push(`NOTIFY_API_KEY: ${keyProblem}`);
    if (!env.NOTIFY_SMS_TEMPLATE_ID) problems.push('NOTIFY_SMS_TEMPLATE_ID: texts need the id of a Notify template whose whole content is ((body))');
  }
  if (env.S3_ENDPOINT && (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: an S3-compatible store (S3_ENDPOINT) needs its access key and secret');
  }
  if (env.SMTP_URL) {
    const smtpProblem = smtpUrlProblem(env.SMTP_URL);
    if (smtpProblem) problems.push(`SMTP_URL: ${smtpProblem}`);
  }
  if (env.NODE_ENV === 'production') {
    if (env.SECRET_KEY === DEVELOPMENT_SECRET) {
      problems.push('SECRET_KEY: production needs its own secret (at least 32 random characters), not the development default');
    }
    if (env.DEMO_SEED) {
      problems.push('DEMO_SEED: demo data must never be seeded in production; set DEMO_SEED=false');
    }
    if (env.MESSAGE_DELIVERY_ENABLED && !env.SMTP_URL) {
      problems.push('SMTP_URL: production sends invitations and password resets by email; set SMTP_URL to your mail server (smtps://user:password@host:465)');
    }
    if (env.MESSAGE_DELIVERY_ENABLED && /@messages\.invalid>?$/.test(env.MAIL_FROM)) {
      problems.push('MAIL_FROM: production needs a real sender address on your own domain, e.g. Appointments <no-reply@example.org>');
    }
    if (env.BENCH_SKIP_READ_AUDIT) {
      problems.push('BENCH_SKIP_READ_AUDIT: reads must always be audited in production; it is for the benchmark only');
    }
  }
  if (problems.length) {
    throw new EnvironmentError(`Beside cannot start: invalid configuration\n  - ${problems.join('\n  - ')}`);
  }
  return env;
}
