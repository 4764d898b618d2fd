import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API serves through a login that is only a member of beside_app (database/app-login.ts),
 * no longer as the owner: what it read as the owner outside a transaction it now reads as
 * beside_app. The status route counts the migrations.
 */
export class AppLogin1764300011200 implements MigrationInterface {
  name = 'AppLogin1764300011200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON schema_migration TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON schema_migration FROM beside_app`);
  }
}
