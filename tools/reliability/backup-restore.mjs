// Issue 9, item 8 — backup and restore. A database with the demo organisation plus writes
// from her and her advocate is backed up with `npm run db:backup` (pg_dump, custom format),
// restored with `npm run db:restore` into a fresh database, and then: every table has the
// same number of rows, the audit chain verifies intact, restoring over the now non-empty
// database is refused, and the API started on the restored database signs her in and shows
// what she wrote.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, withDatabase } from '../run.mjs';
import { DEMO, artifactsDir, freshDatabase, query, reportFigures, SCALE, signIn, startApi, verifyAuditChain } from './lib/api-instance.mjs';
import { countDifferences, rowCounts } from './hostile/row-counts.mjs';

const serverUrl = process.env.DATABASE_URL;
const WRITES = SCALE === 'ci' ? 20 : 100;
const problems = [];
const fail = (message) => {
  problems.push(message);
  console.error(`  ✗ ${message}`);
};

/** Runs `npm run <script>`'s file directly (the same thing, without npm's banner); resolves { code, output }. */
function runScript(file, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, file), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output: output.trim() }));
  });
}

const started = Date.now();
const figures = {};
const source = await freshDatabase(serverUrl);
const restoredName = `beside_rel_restored_${randomBytes(6).toString('hex')}`;
const restoredUrl = withDatabase(serverUrl, restoredName);
mkdirSync(artifactsDir, { recursive: true });
const dumpFile = join(artifactsDir, `backup-${restoredName}.dump`);
let api = null;
try {
  api = await startApi({ databaseUrl: source.url, label: 'backup-source' });
  const nia = await signIn(api.baseUrl, DEMO.serviceUser);
  const amara = await signIn(api.baseUrl, DEMO.advocate);
  const plan = await nia.get('/api/my/plan');
  const journeyId = plan.body.journeyId;
  const goal = await nia.post('/api/my/goals', { words: 'Sleep through the night again', category: 'wellbeing' });
  if (goal.status !== 201) throw new Error(`her goal was not saved: ${goal.status} ${goal.text}`);
  for (let i = 0; i < WRITES; i++) {
    const answers = await Promise.all([
      nia.post('/api/my/check-ins', { confidence: i % 11, words: `Check-in ${i}` }),
      amara.post(`/api/journeys/${journeyId}/notes`, { visibility: i % 2 ? 'shared' : 'staff', body: `Note ${i} after our call` }),
    ]);
    for (const a of answers) if (a.status !== 201) throw new Error(`a write before the backup failed: ${a.status} ${a.text.slice(0, 200)}`);
  }
  await api.stop();
  api = null;

  const before = await rowCounts(source.url);
  figures.tables = Object.keys(before).length;
  figures.rows = Object.values(before).reduce((a, b) => a + b, 0);
  figures.auditEvents = before.audit_event;

  const tBackup = Date.now();
  const backup = await runScript('tools/db/backup.mjs', [dumpFile], { DATABASE_URL: source.url });
  console.log(`  db:backup → ${backup.output}`);
  if (backup.code !== 0) throw new Error(`db:backup failed (${backup.code})`);
  figures.backupMs = Date.now() - tBackup;
  figures.backupKiB = Math.round(statSync(dumpFile).size / 1024);

  const tRestore = Date.now();
  const restore = await runScript('tools/db/restore.mjs', [dumpFile, restoredName], { DATABASE_URL: serverUrl });
  console.log(`  db:restore → ${restore.output}`);
  if (restore.code !== 0) throw new Error(`db:restore failed (${restore.code})`);
  figures.restoreMs = Date.now() - tRestore;

  const after = await rowCounts(restoredUrl);
  const diff = countDifferences(before, after);
  figures.tablesDiffering = Object.keys(diff).length;
  if (figures.tablesDiffering) fail(`row counts differ after the restore: ${JSON.stringify(diff)}`);
  else console.log(`  ${figures.tables} tables, ${figures.rows} rows: the same in the restored database`);

  const chain = await verifyAuditChain(restoredUrl);
  figures.auditChain = chain.ok ? 'intact' : 'BROKEN';
  console.log(`  audit-verify on the restored database → ${chain.output}`);
  if (!chain.ok) fail(`the restored audit chain does not verify: ${chain.output}`);

  const again = await runScript('tools/db/restore.mjs', [dumpFile, restoredName], { DATABASE_URL: serverUrl });
  figures.refusedOverNonEmpty = again.code !== 0 && /refusing/.test(again.output);
  if (!figures.refusedOverNonEmpty) fail(`restoring over the non-empty database was not refused: ${again.code} ${again.output}`);
  const afterRefusal = countDifferences(after, await rowCounts(restoredUrl));
  if (Object.keys(afterRefusal).length) fail(`the refused restore changed rows: ${JSON.stringify(afterRefusal)}`);

  // The restored database works for the API: grants and row-level security came back too.
  api = await startApi({ databaseUrl: restoredUrl, label: 'backup-restored' });
  const niaAgain = await signIn(api.baseUrl, DEMO.serviceUser);
  const restoredPlan = await niaAgain.get('/api/my/plan');
  const hasGoal = restoredPlan.body?.goals?.some((g) => g.id === goal.body.id && g.words === 'Sleep through the night again');
  const checkIns = await niaAgain.get('/api/my/check-ins?limit=100');
  figures.apiOnRestored = hasGoal && checkIns.status === 200 && checkIns.body.items.length >= Math.min(WRITES, 100);
  if (!figures.apiOnRestored) fail(`the API on the restored database does not show her goal and check-ins: ${restoredPlan.status} ${checkIns.status}`);
  const [{ n: visibleToHer }] = await query(restoredUrl, `SELECT count(*)::int AS n FROM note WHERE journey_id = $1 AND visibility = 'shared'`, [journeyId]);
  figures.sharedNotes = visibleToHer;
} catch (error) {
  fail(`the check could not run: ${error.message}`);
} finally {
  if (api) await api.stop();
  await source.drop();
  await query(serverUrl, `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`).catch(() => undefined);
  rmSync(dumpFile, { force: true });
}
figures.problems = problems.length;
figures.seconds = Math.round((Date.now() - started) / 1000);
reportFigures('backup-restore', figures);
if (problems.length) {
  console.error(`backup-restore: FAILED (${problems.length} problems)`);
  process.exit(1);
}
console.log('backup-restore: passed');
