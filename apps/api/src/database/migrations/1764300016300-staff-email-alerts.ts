import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff alerts by email, for those who ask (issue 16.6): a copy of each in-app notification, with a
 * link only. Off unless the person turns it on.
 */
export class StaffEmailAlerts1764300016300 implements MigrationInterface {
  name = 'StaffEmailAlerts1764300016300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account ADD COLUMN email_alerts boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP COLUMN email_alerts`);
  }
}
