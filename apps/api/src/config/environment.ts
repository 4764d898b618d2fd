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

export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/** Every setting Beside reads from the environment. README.md documents each one. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Folder for the embedded database, or "memory" for a throw-away one. */
  @IsString()
  BESIDE_DATA_DIR = './.data/pglite';

  @IsString()
  @MinLength(32, { message: 'SECRET_KEY must be at least 32 characters' })
  SECRET_KEY = DEVELOPMENT_SECRET;

  @Transform(toBoolean)
  @IsBoolean()
  DEMO_SEED = true;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120000)
  SHUTDOWN_GRACE_MS = 10000;

  /** Background jobs (the concern triage-deadline check). Each run is claimed in PostgreSQL, so several instances run each slot once. */
  @Transform(toBoolean)
  @IsBoolean()
  JOBS_ENABLED = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOB_INTERVAL_SECONDS = 60;

  /** Hops of reverse proxies in front of the API whose X-Forwarded-For is trusted (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** Benchmark only (npm run bench): skip the audit events of reads, never of writes, to measure what audit costs. Refused in production. */
  @Transform(toBoolean)
  @IsBoolean()
  BENCH_SKIP_READ_AUDIT = false;

  /** Requests a minute from one address to each public sign-in, reset and invitation route. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  AUTH_RATE_LIMIT_PER_MINUTE = 30;
}

export class EnvironmentError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.keys(new Environment());
  const relevant: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'WEB_DIST_DIR']) {
    if (raw[key] !== undefined && raw[key] !== '') relevant[key] = raw[key];
  }
  const env = plainToInstance(Environment, relevant);
  if (env.NODE_ENV === 'production' && raw['DEMO_SEED'] === undefined) env.DEMO_SEED = false;
  if (raw['PUBLIC_URL'] === undefined || raw['PUBLIC_URL'] === '') env.PUBLIC_URL = `http://localhost:${env.PORT}`;
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (env.NODE_ENV === 'production') {
    if (env.SECRET_KEY === DEVELOPMENT_SECRET) {
      problems.push('SECRET_KEY: production needs its own secret (at least 32 random characters), not the development default');
    }
    if (env.DEMO_SEED) {
      problems.push('DEMO_SEED: demo data must never be seeded in production; set DEMO_SEED=false');
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
