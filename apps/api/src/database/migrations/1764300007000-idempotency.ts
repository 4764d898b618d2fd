import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys: a phone that retries a create (the `Idempotency-Key` header) gets the
 * first answer again instead of a second record. A key belongs to one person; rows expire
 * after a day and are swept.
 */
export class Idempotency1764300007000 implements MigrationInterface {
  name = 'Idempotency1764300007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        key varchar(200) NOT NULL,
        request_hash char(64) NOT NULL,
        state varchar(10) NOT NULL CHECK (state IN ('in_flight','done')),
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_expires ON idempotency_key (expires_at)`);
    await q.query(`ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY idempotency_key_own ON idempotency_key
        USING (organisation_id = beside_current_organisation() AND user_id = beside_current_user())
        WITH CHECK (organisation_id = beside_current_organisation() AND user_id = beside_current_user())`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO beside_app`);
    // The sweep has nobody's context: this narrow function is its only way past row-level security.
    await q.query(`
      CREATE FUNCTION beside_sweep_idempotency_keys() RETURNS integer
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        WITH gone AS (DELETE FROM idempotency_key WHERE expires_at <= now() RETURNING 1)
        SELECT count(*)::integer FROM gone
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_sweep_idempotency_keys() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_sweep_idempotency_keys() TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_sweep_idempotency_keys()`);
    await q.query(`DROP TABLE idempotency_key`);
  }
}
