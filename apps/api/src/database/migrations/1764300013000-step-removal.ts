import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step added by mistake can be removed (the removal is audited in the same transaction). Row-level security still
 * limits the delete to the organisation; the services decide whose steps may go.
 */
export class StepRemoval1764300013000 implements MigrationInterface {
  name = 'StepRemoval1764300013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT DELETE ON step TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE DELETE ON step FROM beside_app`);
  }
}
