// Exact row counts of every table of the application's schema, read as the database owner
// (so row-level security hides nothing).
import { withClient } from '../lib/api-instance.mjs';

export async function rowCounts(databaseUrl) {
  return withClient(databaseUrl, async (c) => {
    const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename);
    const counts = {};
    for (const t of tables) counts[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    return counts;
  });
}

/** The tables whose counts differ, as { table: [before, after] }. */
export function countDifferences(before, after) {
  const diff = {};
  for (const t of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[t] !== after[t]) diff[t] = [before[t] ?? null, after[t] ?? null];
  }
  return diff;
}
