import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, second factors, one-time tokens, the mail outbox and sign-in throttling. */
export class Identity1764300001000 implements MigrationInterface {
  name = 'Identity1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role varchar(20) NOT NULL CHECK (role IN ('service_user','advocate','manager','admin')),
        email varchar(320) NOT NULL,
        display_name varchar(200) NOT NULL,
        password_hash text,
        password_changed_at timestamptz,
        mfa_secret text,
        mfa_enabled_at timestamptz,
        mfa_last_time_step bigint,
        status varchar(20) NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','disabled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        updated_by uuid,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email))`);
    await q.query(`CREATE INDEX user_account_organisation_role_idx ON user_account (organisation_id, role)`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        stage varchar(20) NOT NULL CHECK (stage IN ('mfa_challenge','mfa_enrolment','full')),
        csrf_token char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        absolute_expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(400)
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        code_hash char(64) NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX recovery_code_user_idx ON recovery_code (user_id) WHERE used_at IS NULL`);

    await q.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        purpose varchar(20) NOT NULL CHECK (purpose IN ('invitation','password_reset')),
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        recipient varchar(320) NOT NULL,
        template varchar(40) NOT NULL,
        subject varchar(200) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);

    // Keys are hashes of the email or IP address; no personal data.
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key char(64) PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz
      )`);

    // @nestjs/throttler's counters (keys are its own hashes), shared by every API instance.
    await q.query(`
      CREATE TABLE request_rate (
        key varchar(128) NOT NULL,
        throttler varchar(40) NOT NULL,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz,
        PRIMARY KEY (key, throttler)
      )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON request_rate TO beside_app`);

    for (const table of ['user_account', 'user_session', 'recovery_code', 'one_time_token', 'outbox_message']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = beside_current_organisation())
          WITH CHECK (organisation_id = beside_current_organisation())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO beside_app`);

    // Before sign-in nobody has an organisation yet: these narrow functions are the only
    // way past row-level security, and each answers for one email or one token hash.
    await q.query(`
      CREATE FUNCTION beside_account_for_sign_in(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, role varchar, status varchar, password_hash text, mfa_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, role, status, password_hash, mfa_enabled_at IS NOT NULL
        FROM user_account WHERE lower(email) = lower(p_email)
      $$`);
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
        WHERE s.token_hash = p_token_hash
      $$`);
    await q.query(`
      CREATE FUNCTION beside_one_time_token(p_token_hash text)
      RETURNS TABLE (token_id uuid, organisation_id uuid, user_id uuid, purpose varchar,
                     expires_at timestamptz, used_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, user_id, purpose, expires_at, used_at
        FROM one_time_token WHERE token_hash = p_token_hash
      $$`);
    for (const fn of [
      'beside_account_for_sign_in(text)',
      'beside_session_for_token(text)',
      'beside_one_time_token(text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_one_time_token(text)`);
    await q.query(`DROP FUNCTION beside_session_for_token(text)`);
    await q.query(`DROP FUNCTION beside_account_for_sign_in(text)`);
    for (const t of ['request_rate', 'sign_in_throttle', 'outbox_message', 'one_time_token', 'recovery_code', 'user_session', 'user_account']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
