// `node tools/perf/explain.mjs [path name part]`: EXPLAIN (ANALYZE, BUFFERS) of every
// statement each benchmarked path runs (as captured by the last `npm run bench`, in
// tmp/perf/steps.json), in the same transaction, role and row-level security context as
// the API, rolled back afterwards. Writes the plans to tmp/perf/plans.txt and prints one
// line per statement: time, buffers, and the plan's top nodes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { workDir } from './lib/api-process.mjs';
import { auditColumns, freshAuditRows } from './lib/floor.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('explain needs DATABASE_URL (the database the benchmark ran against)');
  process.exit(2);
}
const only = process.argv[2];
const paths = JSON.parse(readFileSync(join(workDir, 'steps.json'), 'utf8')).filter((p) => !only || p.name.includes(only));
const SKIP = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET |SELECT set_config|INSERT INTO audit_chain_head)/i;

const client = new Client({ connectionString: url });
await client.connect();
const out = [];
for (const path of paths) {
  out.push(`\n=== ${path.name}`);
  console.log(`\n${path.name}`);
  for (const statements of path.requests) {
    await client.query('BEGIN');
    try {
      for (const s of statements) {
        if (/^\s*(START TRANSACTION|COMMIT)/i.test(s.text)) continue;
        if (SKIP.test(s.text) || /beside_audit_seal|beside_session_for_token/.test(s.text)) {
          await client.query(s.text.replace(/^SET LOCAL synchronous_commit = off; /, ''), s.values.length ? s.values : undefined);
          continue;
        }
        const columns = auditColumns(s.text);
        const values = columns?.includes('content_hash') ? freshAuditRows(columns, s.values) : s.values;
        await client.query('SAVEPOINT statement');
        let res;
        try {
          res = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, values });
        } catch (error) {
          // A write that needs the ids an earlier write returned: its plan is not the point here.
          await client.query('ROLLBACK TO SAVEPOINT statement');
          console.log(`  (not explained: ${error.message}) ${s.text.trim().split('\n')[0].slice(0, 80)}`);
          continue;
        }
        const plan = res.rows.map((r) => r['QUERY PLAN']);
        const time = plan.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
        const buffers = plan.find((l) => l.trim().startsWith('Buffers'))?.trim() ?? '';
        const nodes = plan
          .filter((l) => /Scan|Sort|Hash Join|Nested Loop|Aggregate/.test(l) && !/^\s*(Sort Key|Sort Method)/.test(l))
          .map((l) => l.trim().replace(/^->\s*/, '').replace(/\s+\(cost=.*?\)\s*/, ' ').replace(/\(actual time=[^ ]+ /, '(').replace(/\)$/, ')'))
          .slice(0, 8);
        const first = s.text.trim().split('\n')[0].slice(0, 90);
        console.log(`  ${time.padStart(12)}  ${buffers.padEnd(34)} ${first}`);
        for (const n of nodes) console.log(`                ${n.slice(0, 150)}`);
        out.push(`\n--- ${s.text.trim()}\n${plan.join('\n')}`);
      }
    } finally {
      await client.query('ROLLBACK');
    }
  }
}
await client.end();
writeFileSync(join(workDir, 'plans.txt'), out.join('\n'));
console.log(`\nplans in ${join(workDir, 'plans.txt')}`);
