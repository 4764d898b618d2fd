import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An advocate's caseload is found by her id on either advocate column; row-level security adds
 * the organisation. With the organisation in these indexes the planner no longer ANDs them with
 * a bitmap of the whole organisation's journeys, which grew with every woman the service has
 * (docs/PERFORMANCE.md, "caseload").
 */
export class CaseloadIndexes1764300008300 implements MigrationInterface {
  name = 'CaseloadIndexes1764300008300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX journey_primary_idx`);
    await q.query(`DROP INDEX journey_secondary_idx`);
    await q.query(`CREATE INDEX journey_primary_idx ON journey (primary_advocate_id, organisation_id, status)`);
    await q.query(`CREATE INDEX journey_secondary_idx ON journey (secondary_advocate_id, organisation_id, status) WHERE secondary_advocate_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX journey_primary_idx`);
    await q.query(`DROP INDEX journey_secondary_idx`);
    await q.query(`CREATE INDEX journey_primary_idx ON journey (primary_advocate_id, status)`);
    await q.query(`CREATE INDEX journey_secondary_idx ON journey (secondary_advocate_id, status) WHERE secondary_advocate_id IS NOT NULL`);
  }
}
