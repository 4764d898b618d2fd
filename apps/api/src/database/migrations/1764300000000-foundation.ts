import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the API works as, the request-context helpers that row-level security reads,
 * and organisations. Every data query of the API runs in a transaction that does
 * `SET LOCAL ROLE beside_app` and sets beside.* with set_config(..., true).
 */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'beside_app') THEN
          CREATE ROLE beside_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO beside_app`);
    await q.query(`DO $$ BEGIN EXECUTE format('GRANT beside_app TO %I', current_user); END $$`);

    await q.query(`
      CREATE FUNCTION beside_current_organisation() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('beside.organisation_id', true), '')::uuid
      $$`);
    await q.query(`
      CREATE FUNCTION beside_current_user() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('beside.user_id', true), '')::uuid
      $$`);
    await q.query(`
      CREATE FUNCTION beside_current_role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('beside.role', true), '')
      $$`);

    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        time_zone varchar(64) NOT NULL DEFAULT 'Europe/London',
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`ALTER TABLE organisation ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY organisation_own ON organisation
        USING (id = beside_current_organisation())`);
    await q.query(`GRANT SELECT, UPDATE ON organisation TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation`);
    await q.query(`DROP FUNCTION beside_current_role()`);
    await q.query(`DROP FUNCTION beside_current_user()`);
    await q.query(`DROP FUNCTION beside_current_organisation()`);
  }
}
