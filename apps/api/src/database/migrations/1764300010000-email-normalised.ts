import { MigrationInterface, QueryRunner } from 'typeorm';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Accounts are found by one normalised form of their email (identity/email.ts), never by SQL
 * lower(), whose folding depends on the locale and folds look-alikes such as `İ` to `i`.
 * The column folds A–Z → a–z only, exactly as normaliseEmail does; the API refuses or finds
 * nothing for addresses outside plain ASCII, so a look-alike can never reach an account.
 * The sign-in lookup also returns the stored address: mail goes there, never to the text typed.
 */
export class EmailNormalised1764300010000 implements MigrationInterface {
  name = 'EmailNormalised1764300010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE user_account ADD COLUMN email_normalised varchar(320) GENERATED ALWAYS AS (translate(email, '${UPPER}', '${LOWER}')) STORED`,
    );
    // One account per address across Beside. An invitation is not yet an account (no password until it
    // is accepted; a withdrawn one never gets one), so two organisations may each have invited one
    // address (the first to be accepted wins; the other link then fails). That lets an admin's
    // invitation look the same whether or not the address is used elsewhere.
    await q.query(`DROP INDEX user_account_email_key`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_normalised_key ON user_account (email_normalised) WHERE password_hash IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX user_account_organisation_email_key ON user_account (organisation_id, email_normalised)`);
    await q.query(`DROP FUNCTION beside_account_for_sign_in(text)`);
    await q.query(`
      CREATE FUNCTION beside_account_for_sign_in(p_email_normalised text)
      RETURNS TABLE (id uuid, organisation_id uuid, role varchar, status varchar, password_hash text, mfa_enabled boolean, email varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, role, status, password_hash, mfa_enabled_at IS NOT NULL, email
        FROM user_account WHERE email_normalised = p_email_normalised
        ORDER BY (password_hash IS NULL), created_at LIMIT 1
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_account_for_sign_in(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_account_for_sign_in(text) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_account_for_sign_in(text)`);
    await q.query(`
      CREATE FUNCTION beside_account_for_sign_in(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, role varchar, status varchar, password_hash text, mfa_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, role, status, password_hash, mfa_enabled_at IS NOT NULL
        FROM user_account WHERE lower(email) = lower(p_email)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_account_for_sign_in(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_account_for_sign_in(text) TO beside_app`);
    await q.query(`DROP INDEX user_account_organisation_email_key`);
    await q.query(`DROP INDEX user_account_email_normalised_key`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email))`);
    await q.query(`ALTER TABLE user_account DROP COLUMN email_normalised`);
  }
}
