import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain can no longer be rewound or forged by the API's role (issue 14.3, 14.12).
 * - beside_app may only read the chain heads; they move only inside beside_audit_seal, a
 *   SECURITY DEFINER function owned by the migrating role, with a pinned search_path.
 * - An event may not be inserted already sealed (a forged seq and hash), except by the owner.
 * - The sweep and the checkpoint job reach every organisation's chain through two narrow
 *   functions (seal what waits; read the heads), never through the tables.
 * - audit_installation names this database in the signed checkpoints kept outside it.
 */
export class AuditChainDefences1764300011100 implements MigrationInterface {
  name = 'AuditChainDefences1764300011100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain_head FROM beside_app`);
    await q.query(`ALTER FUNCTION beside_audit_seal(uuid) SET search_path = public, pg_temp`);

    await q.query(`
      CREATE FUNCTION beside_audit_refuse_sealed_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.seq IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL)
           AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
          RAISE EXCEPTION 'audit_event: an event is written unsealed; only beside_audit_seal() gives it its place in the chain'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_insert_unsealed BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION beside_audit_refuse_sealed_insert()`);

    await q.query(`
      CREATE FUNCTION beside_audit_seal_waiting() RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_total integer := 0;
        v_org uuid;
      BEGIN
        FOR v_org IN SELECT DISTINCT organisation_id FROM audit_event WHERE seq IS NULL ORDER BY 1 LOOP
          BEGIN
            v_total := v_total + beside_audit_seal(v_org);
          EXCEPTION WHEN OTHERS THEN
            -- One chain that cannot be sealed (its head disagrees with its events) must not stop the others.
            RAISE WARNING 'audit chain of % not sealed: %', v_org, SQLERRM;
          END;
        END LOOP;
        RETURN v_total;
      END $$`);
    await q.query(`
      CREATE FUNCTION beside_audit_heads() RETURNS TABLE (organisation_id uuid, seq bigint, hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT h.organisation_id, h.seq, h.hash::text FROM audit_chain_head h ORDER BY h.organisation_id
      $$`);
    await q.query(`
      CREATE TABLE audit_installation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        one boolean NOT NULL DEFAULT true UNIQUE CHECK (one),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO audit_installation DEFAULT VALUES`);
    await q.query(`GRANT SELECT ON audit_installation TO beside_app`);
    for (const fn of ['beside_audit_seal_waiting()', 'beside_audit_heads()']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_installation`);
    await q.query(`DROP FUNCTION beside_audit_heads()`);
    await q.query(`DROP FUNCTION beside_audit_seal_waiting()`);
    await q.query(`DROP TRIGGER audit_event_insert_unsealed ON audit_event`);
    await q.query(`DROP FUNCTION beside_audit_refuse_sealed_insert()`);
    await q.query(`ALTER FUNCTION beside_audit_seal(uuid) SET search_path = public`);
    await q.query(`GRANT INSERT, UPDATE ON audit_chain_head TO beside_app`);
  }
}
