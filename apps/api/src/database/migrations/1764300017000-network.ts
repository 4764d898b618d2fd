import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network (issue 17): member organisations run by a network operator (role network_admin) whose
 * own account belongs to the one organisation of kind 'network', so that under row-level security
 * the operator's context holds no one's case content. The operator reaches members only through the
 * narrow functions below (organisation details and their admins' names and emails), and even in a
 * member's context (the API enters one only to invite its admin) every table but accounts of admins,
 * tokens, the outbox and the operator's own audit events stays hidden from the role.
 */
export class Network1764300017000 implements MigrationInterface {
  name = 'Network1764300017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'member' CHECK (kind IN ('member', 'network')),
        ADD COLUMN status varchar(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspension_reason varchar(1000),
        ADD COLUMN shares_network_figures boolean NOT NULL DEFAULT true,
        ADD COLUMN shares_network_figures_changed_at timestamptz,
        ADD COLUMN created_by uuid,
        ADD COLUMN updated_by uuid`);
    await q.query(`ALTER TABLE organisation ADD CONSTRAINT organisation_suspension_whole CHECK ((status = 'suspended') = (suspended_at IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX organisation_one_network ON organisation ((kind)) WHERE kind = 'network'`);

    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`);
    await q.query(`ALTER TABLE user_account ADD CONSTRAINT user_account_role_check CHECK (role IN ('service_user','advocate','manager','admin','network_admin'))`);

    // The operator's context: the network organisation, sealed like any other (request-context.ts).
    await q.query(`
      CREATE FUNCTION beside_is_network_operator() RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(beside_current_role() = 'network_admin', false)
           AND EXISTS (SELECT 1 FROM organisation WHERE id = beside_current_organisation() AND kind = 'network')
      $$`);

    // Hidden from the operator's role in any context: every organisation-scoped table but these.
    const operatorTables = ['user_account', 'user_session', 'recovery_code', 'one_time_token', 'outbox_message', 'audit_event', 'audit_chain_head', 'idempotency_key'];
    const tables: { table_name: string }[] = await q.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { table_name: table } of tables) {
      if (operatorTables.includes(table)) continue;
      await q.query(
        `CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING (beside_current_role() IS DISTINCT FROM 'network_admin')`,
      );
    }
    // Of accounts, the operator sees only admins (and operators); of audit events, only the ones it caused.
    await q.query(`
      CREATE POLICY user_account_network_operator ON user_account AS RESTRICTIVE
        USING (beside_current_role() IS DISTINCT FROM 'network_admin' OR role IN ('admin', 'network_admin'))
        WITH CHECK (beside_current_role() IS DISTINCT FROM 'network_admin' OR role IN ('admin', 'network_admin'))`);
    await q.query(`
      CREATE POLICY audit_event_network_operator ON audit_event AS RESTRICTIVE FOR SELECT
        USING (beside_current_role() IS DISTINCT FROM 'network_admin' OR actor_user_id = beside_current_user())`);

    await q.query(`
      CREATE FUNCTION beside_network_organisations()
      RETURNS TABLE (id uuid, name varchar, status varchar, suspended_at timestamptz, suspension_reason varchar,
                     shares_network_figures boolean, settings jsonb, created_at timestamptz, version integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.name, o.status, o.suspended_at, o.suspension_reason, o.shares_network_figures,
               o.settings, o.created_at, o.version
        FROM organisation o WHERE o.kind = 'member' AND beside_is_network_operator()
        ORDER BY lower(o.name)
      $$`);
    await q.query(`
      CREATE FUNCTION beside_network_organisation_admins()
      RETURNS TABLE (organisation_id uuid, account_id uuid, display_name varchar, email varchar, status varchar, created_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT u.organisation_id, u.id, u.display_name, u.email, u.status, u.created_at
        FROM user_account u JOIN organisation o ON o.id = u.organisation_id AND o.kind = 'member'
        WHERE u.role = 'admin' AND beside_is_network_operator()
        ORDER BY u.created_at
      $$`);
    await q.query(`
      CREATE FUNCTION beside_network_create_organisation(p_name text, p_settings jsonb)
      RETURNS uuid
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE created uuid;
      BEGIN
        IF NOT beside_is_network_operator() THEN RAISE EXCEPTION 'only the network operator may create organisations' USING ERRCODE = '42501'; END IF;
        IF EXISTS (SELECT 1 FROM organisation WHERE lower(name) = lower(p_name)) THEN
          RAISE EXCEPTION 'an organisation of that name is already in the network' USING ERRCODE = '23505';
        END IF;
        INSERT INTO organisation (name, settings, kind, created_by, updated_by)
        VALUES (p_name, coalesce(p_settings, '{}'::jsonb), 'member', beside_current_user(), beside_current_user())
        RETURNING id INTO created;
        RETURN created;
      END $$`);
    await q.query(`
      CREATE FUNCTION beside_network_update_organisation(p_id uuid, p_version integer, p_name text, p_settings jsonb)
      RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE next_version integer;
      BEGIN
        IF NOT beside_is_network_operator() THEN RAISE EXCEPTION 'only the network operator may change organisations' USING ERRCODE = '42501'; END IF;
        IF p_name IS NOT NULL AND EXISTS (SELECT 1 FROM organisation WHERE lower(name) = lower(p_name) AND id <> p_id) THEN
          RAISE EXCEPTION 'an organisation of that name is already in the network' USING ERRCODE = '23505';
        END IF;
        UPDATE organisation SET name = coalesce(p_name, name), settings = coalesce(p_settings, settings),
               updated_at = now(), updated_by = beside_current_user(), version = version + 1
        WHERE id = p_id AND kind = 'member' AND version = p_version
        RETURNING version INTO next_version;
        RETURN next_version;
      END $$`);
    await q.query(`
      CREATE FUNCTION beside_network_set_organisation_status(p_id uuid, p_status text, p_reason text)
      RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE next_version integer;
      BEGIN
        IF NOT beside_is_network_operator() THEN RAISE EXCEPTION 'only the network operator may suspend organisations' USING ERRCODE = '42501'; END IF;
        UPDATE organisation
           SET status = p_status,
               suspended_at = CASE WHEN p_status = 'suspended' THEN now() END,
               suspension_reason = CASE WHEN p_status = 'suspended' THEN p_reason END,
               updated_at = now(), updated_by = beside_current_user(), version = version + 1
        WHERE id = p_id AND kind = 'member' AND status <> p_status
        RETURNING version INTO next_version;
        RETURN next_version;
      END $$`);
    // Any member's staff: the other active members a woman could be referred to, and what they offer.
    await q.query(`
      CREATE FUNCTION beside_referral_destinations()
      RETURNS TABLE (id uuid, name varchar, services_offered text, status varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.name, o.settings ->> 'servicesOffered', o.status
        FROM organisation o
        WHERE o.kind = 'member' AND o.id IS DISTINCT FROM beside_current_organisation()
          AND beside_current_role() IN ('advocate', 'manager')
        ORDER BY lower(o.name)
      $$`);

    // A suspended organisation's people cannot sign in, and their sessions end (nothing is deleted).
    await q.query(`DROP FUNCTION beside_account_for_sign_in(text)`);
    await q.query(`
      CREATE FUNCTION beside_account_for_sign_in(p_email_normalised text)
      RETURNS TABLE (id uuid, organisation_id uuid, role varchar, status varchar, password_hash text, mfa_enabled boolean, email varchar,
                     organisation_status varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT u.id, u.organisation_id, u.role, u.status, u.password_hash, u.mfa_enabled_at IS NOT NULL, u.email, o.status
        FROM user_account u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email_normalised = p_email_normalised
        ORDER BY (u.password_hash IS NULL), u.created_at LIMIT 1
      $$`);
    await q.query(`DROP FUNCTION beside_session_for_token(text)`);
    await q.query(`
      CREATE FUNCTION beside_session_for_token(p_token_hash text)
      RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, role varchar, status varchar,
                     stage varchar, csrf_token char(64), last_seen_at timestamptz,
                     absolute_expires_at timestamptz, revoked_at timestamptz, display_name varchar,
                     mfa_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT s.id, s.user_id, s.organisation_id, u.role, u.status, s.stage, s.csrf_token, s.last_seen_at,
               s.absolute_expires_at, s.revoked_at, u.display_name, u.mfa_enabled_at IS NOT NULL
        FROM user_session s JOIN user_account u ON u.id = s.user_id
        JOIN organisation o ON o.id = s.organisation_id AND o.status = 'active'
        WHERE s.token_hash = p_token_hash
      $$`);

    for (const fn of [
      'beside_is_network_operator()',
      'beside_network_organisations()',
      'beside_network_organisation_admins()',
      'beside_network_create_organisation(text, jsonb)',
      'beside_network_update_organisation(uuid, integer, text, jsonb)',
      'beside_network_set_organisation_status(uuid, text, text)',
      'beside_referral_destinations()',
      'beside_account_for_sign_in(text)',
      'beside_session_for_token(text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(): Promise<void> {
    throw new Error('The network migration is not reversible: restore from a backup instead.');
  }
}
