import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's accompaniments by month join a year of the organisation's appointments to
 * their accompaniments; these let both sides of that join come from indexes alone (the
 * appointment's id joins the index that already leads with organisation and start), instead
 * of every organisation's accompaniments from the table (docs/PERFORMANCE.md).
 */
export class DashboardIndexes1764300008200 implements MigrationInterface {
  name = 'DashboardIndexes1764300008200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX accompaniment_org_idx ON accompaniment (organisation_id) INCLUDE (appointment_id, support_level)`);
    await q.query(`DROP INDEX appointment_org_starts_idx`);
    await q.query(`CREATE INDEX appointment_org_starts_idx ON appointment (organisation_id, starts_at) INCLUDE (status, journey_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appointment_org_starts_idx`);
    await q.query(`CREATE INDEX appointment_org_starts_idx ON appointment (organisation_id, starts_at) INCLUDE (status, journey_id)`);
    await q.query(`DROP INDEX accompaniment_org_idx`);
  }
}
