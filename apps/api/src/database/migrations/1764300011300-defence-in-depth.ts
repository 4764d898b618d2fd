import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Defence in depth inside an organisation (issue 14.12).
 * - A service user's own context reaches only her own service user record, her journeys and
 *   the audit events about her or by her (restrictive policies, like her proposals and notes).
 * - History is insert-only for the API's role: note versions, journey status changes, concern events.
 * - Tables without an organisation (job runs, request rates, sign-in throttling) are reached only
 *   through narrow functions: row-level security with no policy for beside_app, no table rights.
 *   The sign-in throttle's keys are HMACs under SECRET_KEY (sign-in-throttle.ts), so a row
 *   says nothing about an email or an address, and SQL without the key cannot find a person's row.
 */
export class DefenceInDepth1764300011300 implements MigrationInterface {
  name = 'DefenceInDepth1764300011300';

  async up(q: QueryRunner): Promise<void> {
    const hers = `beside_current_role() IS DISTINCT FROM 'service_user'`;
    await q.query(`
      CREATE POLICY service_user_her_own ON service_user AS RESTRICTIVE
        USING (${hers} OR id = beside_own_service_user())
        WITH CHECK (${hers} OR id = beside_own_service_user())`);
    await q.query(`
      CREATE POLICY journey_her_own ON journey AS RESTRICTIVE
        USING (${hers} OR service_user_id = beside_own_service_user())
        WITH CHECK (${hers} OR service_user_id = beside_own_service_user())`);
    await q.query(`
      CREATE POLICY audit_event_her_own ON audit_event AS RESTRICTIVE FOR SELECT
        USING (${hers} OR actor_user_id = beside_current_user() OR subject_id = beside_own_service_user())`);

    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON note_version, journey_status_change, concern_event FROM beside_app`);

    // Job runs: claimed once per slot, finished by the claimer.
    await q.query(`REVOKE ALL ON job_run FROM beside_app`);
    await q.query(`ALTER TABLE job_run ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE FUNCTION beside_job_claim(p_job text, p_slot bigint, p_instance text) RETURNS boolean
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH claimed AS (
          INSERT INTO job_run (job_name, slot, instance_id) VALUES (p_job, p_slot, p_instance) ON CONFLICT DO NOTHING RETURNING 1
        ) SELECT EXISTS (SELECT 1 FROM claimed)
      $$`);
    await q.query(`
      CREATE FUNCTION beside_job_finish(p_job text, p_slot bigint, p_instance text, p_outcome text, p_detail jsonb) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE job_run SET finished_at = clock_timestamp(), outcome = p_outcome, detail = p_detail
        WHERE job_name = p_job AND slot = p_slot AND instance_id = p_instance AND finished_at IS NULL
      $$`);

    // Request rates (@nestjs/throttler): one fixed window per key.
    await q.query(`REVOKE ALL ON request_rate FROM beside_app`);
    await q.query(`ALTER TABLE request_rate ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE FUNCTION beside_rate_hit(p_key text, p_throttler text, p_ttl_ms numeric, p_limit integer, p_block_ms numeric)
      RETURNS TABLE (hits integer, expires_in numeric, blocked_for numeric)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        INSERT INTO request_rate AS r (key, throttler, hits, window_ends_at)
        VALUES (left(p_key, 128), left(p_throttler, 40), 1, now() + make_interval(secs => p_ttl_ms / 1000.0))
        ON CONFLICT (key, throttler) DO UPDATE SET
          hits = CASE WHEN r.window_ends_at <= now() THEN 1
                      WHEN r.blocked_until > now() THEN r.hits
                      ELSE r.hits + 1 END,
          window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + make_interval(secs => p_ttl_ms / 1000.0) ELSE r.window_ends_at END,
          blocked_until = CASE
            WHEN r.blocked_until > now() THEN r.blocked_until
            WHEN r.window_ends_at > now() AND r.hits + 1 > p_limit THEN now() + make_interval(secs => greatest(p_block_ms, p_ttl_ms) / 1000.0)
            ELSE NULL END
        RETURNING r.hits,
                  extract(epoch FROM r.window_ends_at - now()),
                  CASE WHEN r.blocked_until > now() THEN extract(epoch FROM r.blocked_until - now()) END
      $$`);

    // Sign-in throttling: each call names the rows by key; nothing lists or clears them all.
    await q.query(`REVOKE ALL ON sign_in_throttle FROM beside_app`);
    await q.query(`ALTER TABLE sign_in_throttle ENABLE ROW LEVEL SECURITY`);
    await q.query(`DELETE FROM sign_in_throttle`); // keyed by unsalted SHA-256 until now: forgotten, as after a day
    await q.query(`
      CREATE FUNCTION beside_sign_in_wait(p_keys text[]) RETURNS numeric
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(max(extract(epoch FROM blocked_until - now())), 0) FROM sign_in_throttle
        WHERE key = ANY(p_keys) AND blocked_until > now()
      $$`);
    await q.query(`
      CREATE FUNCTION beside_sign_in_failure(p_key text) RETURNS integer
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        -- Failures older than a day are forgotten.
        INSERT INTO sign_in_throttle AS t (key, failures, last_failure_at) VALUES (p_key, 1, now())
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN t.last_failure_at < now() - interval '1 day' THEN 1 ELSE t.failures + 1 END,
          last_failure_at = now()
        RETURNING failures
      $$`);
    await q.query(`
      CREATE FUNCTION beside_sign_in_block(p_key text, p_seconds integer) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => least(greatest(p_seconds, 0), 86400)) WHERE key = p_key
      $$`);
    await q.query(`
      CREATE FUNCTION beside_sign_in_clear(p_keys text[]) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DELETE FROM sign_in_throttle WHERE key = ANY(p_keys[1:8])
      $$`);

    for (const fn of [
      'beside_job_claim(text, bigint, text)',
      'beside_job_finish(text, bigint, text, text, jsonb)',
      'beside_rate_hit(text, text, numeric, integer, numeric)',
      'beside_sign_in_wait(text[])',
      'beside_sign_in_failure(text)',
      'beside_sign_in_block(text, integer)',
      'beside_sign_in_clear(text[])',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'beside_sign_in_clear(text[])',
      'beside_sign_in_block(text, integer)',
      'beside_sign_in_failure(text)',
      'beside_sign_in_wait(text[])',
      'beside_rate_hit(text, text, numeric, integer, numeric)',
      'beside_job_finish(text, bigint, text, text, jsonb)',
      'beside_job_claim(text, bigint, text)',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    for (const t of ['sign_in_throttle', 'request_rate', 'job_run']) await q.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle, request_rate TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON job_run TO beside_app`);
    await q.query(`GRANT UPDATE ON note_version, journey_status_change, concern_event TO beside_app`);
    await q.query(`DROP POLICY audit_event_her_own ON audit_event`);
    await q.query(`DROP POLICY journey_her_own ON journey`);
    await q.query(`DROP POLICY service_user_her_own ON service_user`);
  }
}
