import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Separation of duties (issue 14.8): an admin may ask for a new manager, or for an account to become
 * a manager, but a manager (a second person) approves it before it takes effect.
 */
export class RoleApproval1764300010200 implements MigrationInterface {
  name = 'RoleApproval1764300010200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        account_id uuid NOT NULL REFERENCES user_account(id),
        role varchar(20) NOT NULL CHECK (role IN ('manager')),
        kind varchar(20) NOT NULL CHECK (kind IN ('invitation','role_change')),
        status varchar(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','declined','withdrawn')),
        requested_by uuid NOT NULL REFERENCES user_account(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES user_account(id),
        decided_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX role_approval_pending_key ON role_approval (account_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX role_approval_organisation_pending_idx ON role_approval (organisation_id, requested_at) WHERE status = 'pending'`);
    await q.query(`ALTER TABLE role_approval ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY role_approval_organisation ON role_approval
        USING (organisation_id = beside_current_organisation())
        WITH CHECK (organisation_id = beside_current_organisation())`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON role_approval TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE role_approval`);
  }
}
