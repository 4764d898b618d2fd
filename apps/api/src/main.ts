import { Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EnvironmentError, validateEnvironment } from './config/environment';
import { createApp } from './app/create-app';
import { locateDatabase } from './database/database-location';
import { migrate } from './database/migrate';
import { DEMO_PASSWORD, DemoLogin, seedDemoIfEmpty } from './database/seeds/demo-seed';
import { DEMO_PUBLIC_SLUG } from './database/seeds/demo-voice';
import { MessageTransports } from './modules/messages';

function printBanner(url: string, kind: string, logins: DemoLogin[] | null, logFile: string | undefined, inbox: boolean): void {
  const lines = [
    '',
    `  Beside is running at ${url} (Node.js ${process.version})`,
    `  Database: ${kind === 'embedded' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL from DATABASE_URL'}`,
  ];
  if (logFile) lines.push(`  Log: ${logFile} (JSON lines); only warnings and errors show here`);
  if (inbox) lines.push('  Messages: no email or text leaves this computer; a development inbox catches them (admins: Sent messages page)');
  if (logins) {
    lines.push('', `  Demo logins (fictional people). Password for all: "${DEMO_PASSWORD}"`);
    for (const organisation of [...new Set(logins.map((l) => l.organisation))]) {
      lines.push(`  ${organisation}`);
      for (const l of logins.filter((x) => x.organisation === organisation)) lines.push(`    ${l.role.padEnd(13)} ${l.email.padEnd(38)} ${l.name}`);
    }
    lines.push(
      '',
      `  Anyone can answer the demo consultation (no sign-in): ${url}/consultations/public/${DEMO_PUBLIC_SLUG}`,
      '',
      '  Staff accounts use two-step sign-in. Get the current 6-digit code with:',
      '    npm run demo:code -- <email>',
      '',
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const database = await locateDatabase(env);
  const migrations = await migrate(database.url);
  const logins = env.DEMO_SEED ? await seedDemoIfEmpty(database.url, env.SECRET_KEY) : null;
  const app = await createApp({ env, database });
  const logger = new Logger('Beside');
  logger.log({ migrationsRun: migrations.ran.length, migrations: migrations.total }, 'database ready');
  await app.listen(env.PORT, env.HOST);
  printBanner(env.PUBLIC_URL, database.kind, logins, env.LOG_FILE, app.get(MessageTransports).developmentInboxPort() !== null);

  let stopping = false;
  // Once stopping, every answer closes its connection: keep-alive clients would otherwise keep
  // sending on their open connections, the server would never finish closing, and the grace
  // period would end by cutting requests off.
  app.getHttpServer().prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping && !res.headersSent) res.setHeader('Connection', 'close');
  });
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log({ signal }, 'shutting down: finishing requests in flight');
    setTimeout(() => process.exit(1), env.SHUTDOWN_GRACE_MS).unref();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof EnvironmentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Beside could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
