import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain without a lock on the request path. A request's transaction inserts its
 * events unsealed (no seq, no hash; a content hash of what they say) alongside its work,
 * so concurrent requests never queue on the chain head. Right after commit, and from a
 * sweep for anything left over, beside_audit_seal() locks the organisation's chain head
 * for a moment, gives the waiting events the next numbers in append order and links each
 * to the one before: hash = sha256(prev_hash ':' seq ':' content_hash). One sealer at a
 * time per organisation (the head row lock), whatever the number of API instances, so the
 * chain never forks. Events sealed before this migration keep their original hash format
 * (content_hash NULL) and still verify.
 */
export class AuditSealing1764300008000 implements MigrationInterface {
  name = 'AuditSealing1764300008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN content_hash char(64), ADD COLUMN append_no bigint`);
    // Added apart from the column so that existing rows keep NULL and the table is not rewritten.
    await q.query(`CREATE SEQUENCE audit_event_append_no_seq OWNED BY audit_event.append_no`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN append_no SET DEFAULT nextval('audit_event_append_no_seq')`);
    await q.query(`GRANT USAGE ON SEQUENCE audit_event_append_no_seq TO beside_app`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_sealed_whole
        CHECK ((seq IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL)
               AND (content_hash IS NOT NULL OR hash IS NOT NULL)) NOT VALID`);
    await q.query(`CREATE INDEX audit_event_unsealed_idx ON audit_event (organisation_id, append_no) WHERE seq IS NULL`);

    // Still append-only: the one change allowed is sealing an unsealed event, and nothing else about it.
    await q.query(`
      CREATE OR REPLACE FUNCTION beside_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
             AND to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash' = to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash' THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await q.query(`
      CREATE FUNCTION beside_audit_seal(p_organisation_id uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_seq bigint;
        v_hash text;
        v_next text;
        v_sealed integer := 0;
        r record;
      BEGIN
        INSERT INTO audit_chain_head (organisation_id, seq, hash) VALUES (p_organisation_id, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
        SELECT seq, hash INTO v_seq, v_hash FROM audit_chain_head WHERE organisation_id = p_organisation_id FOR UPDATE;
        FOR r IN SELECT id, content_hash FROM audit_event
                 WHERE organisation_id = p_organisation_id AND seq IS NULL ORDER BY append_no, id LOOP
          v_seq := v_seq + 1;
          v_next := encode(sha256(convert_to(v_hash || ':' || v_seq || ':' || r.content_hash, 'UTF8')), 'hex');
          UPDATE audit_event SET seq = v_seq, prev_hash = v_hash, hash = v_next WHERE id = r.id;
          v_hash := v_next;
          v_sealed := v_sealed + 1;
        END LOOP;
        IF v_sealed > 0 THEN
          UPDATE audit_chain_head SET seq = v_seq, hash = v_hash WHERE organisation_id = p_organisation_id;
        END IF;
        RETURN v_sealed;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_audit_seal(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_audit_seal(uuid) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_audit_seal(uuid)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION beside_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP INDEX audit_event_unsealed_idx`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_sealed_whole`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN append_no, DROP COLUMN content_hash`);
  }
}
