import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request context SQL cannot forge (issue 14.12; database/request-context.ts). The API sets
 * beside.context_mac with the context, a MAC under a key held in beside_context_key (written
 * at start-up by the owner from SECRET_KEY; beside_app cannot read it). The context functions
 * answer only while it matches: a set_config of another organisation from SQL sent as
 * beside_app makes every organisation policy see nothing. They become SECURITY DEFINER (to
 * read the key), so every policy now calls them once per statement, as `(SELECT f())`, not
 * once per row.
 */
export class SealedContext1764300011400 implements MigrationInterface {
  name = 'SealedContext1764300011400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE beside_context_key (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        key bytea NOT NULL
      )`);
    await q.query(`ALTER TABLE beside_context_key ENABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE ALL ON beside_context_key FROM PUBLIC`);
    // Until the API writes its own (from SECRET_KEY), a random key nobody knows: no context is valid.
    await q.query(`INSERT INTO beside_context_key (key) VALUES (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')))`);

    await q.query(`
      CREATE FUNCTION beside_context_is_sealed() RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(encode(sha256(k.key || sha256(k.key || convert_to(
                 coalesce(current_setting('beside.organisation_id', true), '') || '|' ||
                 coalesce(current_setting('beside.user_id', true), '') || '|' ||
                 coalesce(current_setting('beside.role', true), ''), 'UTF8'))), 'hex')
               = current_setting('beside.context_mac', true), false)
        FROM beside_context_key k
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_context_is_sealed() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_context_is_sealed() TO beside_app`);
    for (const [fn, setting, type] of [
      ['beside_current_organisation', 'beside.organisation_id', 'uuid'],
      ['beside_current_user', 'beside.user_id', 'uuid'],
      ['beside_current_role', 'beside.role', 'text'],
    ]) {
      await q.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS ${type}
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT CASE WHEN beside_context_is_sealed() THEN nullif(current_setting('${setting}', true), '')::${type} END
        $$`);
    }

    // Every policy: the context once per statement.
    await q.query(`
      DO $$
      DECLARE
        p record;
        wrap constant text := '(beside_current_organisation|beside_current_user|beside_current_role|beside_own_service_user)\\(\\)';
        using_clause text;
        check_clause text;
      BEGIN
        FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' LOOP
          using_clause := regexp_replace(p.qual, wrap, '(SELECT \\1())', 'g');
          check_clause := regexp_replace(p.with_check, wrap, '(SELECT \\1())', 'g');
          IF using_clause IS DISTINCT FROM p.qual OR check_clause IS DISTINCT FROM p.with_check THEN
            EXECUTE format('ALTER POLICY %I ON %I.%I', p.policyname, p.schemaname, p.tablename)
              || CASE WHEN using_clause IS NOT NULL THEN ' USING (' || using_clause || ')' ELSE '' END
              || CASE WHEN check_clause IS NOT NULL THEN ' WITH CHECK (' || check_clause || ')' ELSE '' END;
          END IF;
        END LOOP;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [fn, setting, type] of [
      ['beside_current_organisation', 'beside.organisation_id', 'uuid'],
      ['beside_current_user', 'beside.user_id', 'uuid'],
      ['beside_current_role', 'beside.role', 'text'],
    ]) {
      await q.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS ${type} LANGUAGE sql STABLE SECURITY INVOKER AS $$
          SELECT nullif(current_setting('${setting}', true), '')::${type}
        $$`);
      await q.query(`ALTER FUNCTION ${fn}() RESET search_path`);
    }
    await q.query(`DROP FUNCTION beside_context_is_sealed()`);
    await q.query(`DROP TABLE beside_context_key`);
  }
}
