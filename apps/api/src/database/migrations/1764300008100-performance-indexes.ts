import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the query plans asked for at national scale (50,000 women, 5,000,000 audit events;
 * docs/PERFORMANCE.md has the plans). The manager's dashboard counted appointments by week,
 * by the last 90 days and by month, and achieved goals, by reading whole tables of every
 * organisation (row-level security filters after the scan); these indexes lead with the
 * organisation so each count reads only its own rows, and carry the columns it needs.
 */
export class PerformanceIndexes1764300008100 implements MigrationInterface {
  name = 'PerformanceIndexes1764300008100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX appointment_org_starts_idx ON appointment (organisation_id, starts_at) INCLUDE (status, journey_id)`);
    await q.query(`CREATE INDEX goal_org_status_idx ON goal (organisation_id, status)`);
    // Just-in-time compilation spent 0.5–0.7 s compiling the dashboard's aggregates, longer than
    // running them; Beside's queries are short and many, so it never pays. Needs the database's
    // owner: elsewhere it is left as it is, and said so.
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
      EXCEPTION WHEN insufficient_privilege OR undefined_object OR feature_not_supported THEN
        RAISE NOTICE 'jit left as it is: % (ALTER DATABASE % SET jit = off needs the database owner)', SQLERRM, current_database();
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX goal_org_status_idx`);
    await q.query(`DROP INDEX appointment_org_starts_idx`);
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('ALTER DATABASE %I RESET jit', current_database());
      EXCEPTION WHEN insufficient_privilege OR undefined_object OR feature_not_supported THEN
        NULL;
      END $$`);
  }
}
