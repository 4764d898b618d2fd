import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail. Each organisation's events form a hash chain; the chain
 * head row is locked while a transaction appends, so writers never fork the chain.
 */
export class Audit1764300002000 implements MigrationInterface {
  name = 'Audit1764300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        seq bigint NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_role varchar(20),
        action varchar(64) NOT NULL,
        entity_type varchar(64) NOT NULL,
        entity_id uuid,
        subject_id uuid,
        outcome varchar(10) NOT NULL CHECK (outcome IN ('success','denied','error')),
        reason varchar(1000),
        request_id varchar(64),
        ip varchar(64),
        user_agent varchar(400),
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        UNIQUE (organisation_id, seq)
      )`);
    await q.query(`CREATE INDEX audit_event_org_time_idx ON audit_event (organisation_id, occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_subject_idx ON audit_event (organisation_id, subject_id, occurred_at DESC, id DESC) WHERE subject_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (organisation_id, actor_user_id, occurred_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE audit_chain_head (
        organisation_id uuid PRIMARY KEY,
        seq bigint NOT NULL,
        hash char(64) NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION beside_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION beside_audit_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION beside_audit_is_append_only()`);

    await q.query(`ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY`);
    // Events without an organisation (a failed sign-in for an unknown email) go to the nil chain.
    await q.query(`
      CREATE POLICY audit_event_read ON audit_event FOR SELECT
        USING (organisation_id = beside_current_organisation())`);
    await q.query(`
      CREATE POLICY audit_event_append ON audit_event FOR INSERT
        WITH CHECK (organisation_id = beside_current_organisation()
                    OR organisation_id = '00000000-0000-0000-0000-000000000000'::uuid)`);
    await q.query(`ALTER TABLE audit_chain_head ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY audit_chain_head_own ON audit_chain_head
        USING (organisation_id = beside_current_organisation()
               OR organisation_id = '00000000-0000-0000-0000-000000000000'::uuid)`);
    await q.query(`GRANT SELECT, INSERT ON audit_event TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON audit_chain_head TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await q.query(`DROP TRIGGER audit_event_no_update_delete ON audit_event`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION beside_audit_is_append_only()`);
  }
}
