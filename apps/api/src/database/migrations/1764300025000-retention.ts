import { MigrationInterface, QueryRunner } from 'typeorm';

/** Free text replaced by this marker (a null stays null). */
const MARK = `'[anonymised]'`;
const mark = (column: string, alias?: string) => `${column} = CASE WHEN ${alias ? `${alias}.` : ''}${column} IS NULL THEN NULL ELSE ${MARK} END`;

/**
 * Retention, review and anonymisation (issue 21; docs/DATA-PROTECTION.md "Retention schedule", "Review and
 * anonymisation", "Legal holds").
 *
 * - `retention_rule`: an organisation's own period for a record type (the defaults live in code); months > 0, with a reason.
 * - `journey_retention`: the review of one journey: the last keep decision (until a date, with a reason), the approval
 *   to anonymise, and when it was anonymised (once: never twice).
 * - `legal_hold`: a hold on a journey with its reason, lifted with a reason. Never hers to see.
 * - `beside_anonymise_journey`: the anonymisation itself, with the definer's rights (so that beside_app needs no UPDATE
 *   on the case tables' free text, and a sent letter or a safety plan's history may be overwritten only here): it does
 *   the work only for an approved, not yet anonymised journey of the current organisation that is not held and has no
 *   open concern or multi-agency referral, and locks the review row, so a journey is anonymised exactly once.
 */
export class Retention1764300025000 implements MigrationInterface {
  name = 'Retention1764300025000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_rule (
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        record_type varchar(20) NOT NULL CHECK (record_type IN ('closed_journey', 'safeguarding', 'audit_event')),
        keep_months integer NOT NULL CHECK (keep_months > 0 AND keep_months <= 1200),
        reason varchar(2000) NOT NULL CHECK (length(btrim(reason)) > 0),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, record_type),
        FOREIGN KEY (organisation_id, updated_by) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE journey_retention (
        organisation_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        keep_until date,
        keep_reason varchar(2000),
        kept_by uuid,
        kept_at timestamptz,
        approved_at timestamptz,
        approved_by uuid,
        approval_reason varchar(2000),
        anonymised_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, journey_id),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id),
        FOREIGN KEY (organisation_id, kept_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, approved_by) REFERENCES user_account (organisation_id, id),
        -- A keep decision has its date and its reason.
        CHECK ((keep_until IS NULL) = (keep_reason IS NULL) AND (keep_until IS NULL) = (kept_by IS NULL) AND (keep_until IS NULL) = (kept_at IS NULL)),
        CHECK (keep_reason IS NULL OR length(btrim(keep_reason)) > 0),
        -- An approval has who and when (a reason is optional); anonymised only once approved.
        CHECK ((approved_at IS NULL) = (approved_by IS NULL)),
        CHECK (approval_reason IS NULL OR (approved_at IS NOT NULL AND length(btrim(approval_reason)) > 0)),
        CHECK (anonymised_at IS NULL OR approved_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX journey_retention_approved_idx ON journey_retention (organisation_id) WHERE approved_at IS NOT NULL AND anonymised_at IS NULL`);
    await q.query(`
      CREATE TABLE legal_hold (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        reason varchar(2000) NOT NULL CHECK (length(btrim(reason)) > 0),
        placed_by uuid NOT NULL,
        placed_at timestamptz NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid,
        lift_reason varchar(2000),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id),
        FOREIGN KEY (organisation_id, placed_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, lifted_by) REFERENCES user_account (organisation_id, id),
        -- A lift has who, when and its reason.
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL)),
        CHECK (lift_reason IS NULL OR length(btrim(lift_reason)) > 0),
        CHECK (lifted_at IS NULL OR lifted_at >= placed_at)
      )`);
    // At most one hold in force per journey.
    await q.query(`CREATE UNIQUE INDEX legal_hold_in_force_idx ON legal_hold (organisation_id, journey_id) WHERE lifted_at IS NULL`);

    const notHer = `(SELECT beside_current_role()) IS DISTINCT FROM 'service_user'`;
    for (const table of ['retention_rule', 'journey_retention', 'legal_hold']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
      await q.query(`CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
      await q.query(`CREATE POLICY ${table}_not_hers ON ${table} AS RESTRICTIVE USING (${notHer}) WITH CHECK (${notHer})`);
      await q.query(`GRANT SELECT, INSERT ON ${table} TO beside_app`);
    }
    await q.query(`GRANT UPDATE (keep_months, reason, updated_by, updated_at, version) ON retention_rule TO beside_app`);
    // anonymised_at is set only by beside_anonymise_journey.
    await q.query(`GRANT UPDATE (keep_until, keep_reason, kept_by, kept_at, approved_at, approved_by, approval_reason, updated_at) ON journey_retention TO beside_app`);
    await q.query(`GRANT UPDATE (lifted_at, lifted_by, lift_reason) ON legal_hold TO beside_app`);

    await q.query(`
      CREATE FUNCTION beside_organisations_with_approved_anonymisations() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT organisation_id FROM journey_retention WHERE approved_at IS NOT NULL AND anonymised_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_approved_anonymisations() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_approved_anonymisations() TO beside_app`);

    // A sent letter is final; only the anonymising function may overwrite it, and says so with a transaction-local flag
    // that beside_app's own statements cannot use (this trigger runs as its invoker: current_user is beside_app for
    // them, the function's owner inside beside_anonymise_journey). The history triggers (letter versions, safety plan
    // words) run as they are: the function marks the history after the rows, so the old words are anonymised too.
    await q.query(`
      CREATE OR REPLACE FUNCTION beside_letter_sent_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('beside.anonymising', true) = 'on' AND current_user <> 'beside_app' THEN RETURN NEW; END IF;
        IF OLD.status = 'sent' AND (NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title OR NEW.status <> 'sent') THEN
          RAISE EXCEPTION 'letter % was sent: it cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(anonymiseFunction());
    await q.query(`REVOKE ALL ON FUNCTION beside_anonymise_journey(uuid, timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_anonymise_journey(uuid, timestamptz) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_anonymise_journey(uuid, timestamptz)`);
    await q.query(`DROP FUNCTION beside_organisations_with_approved_anonymisations()`);
    for (const table of ['legal_hold', 'journey_retention', 'retention_rule']) await q.query(`DROP TABLE ${table}`);
    await q.query(`
      CREATE OR REPLACE FUNCTION beside_letter_sent_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'sent' AND (NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title OR NEW.status <> 'sent') THEN
          RAISE EXCEPTION 'letter % was sent: it cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
  }
}

/**
 * Returns null when nothing was done (not approved, already anonymised, held, or with an open concern or referral),
 * otherwise { serviceUser: whether her own details went too, storageKeys: documents' content to remove from the store }.
 */
function anonymiseFunction(): string {
  return `
    CREATE FUNCTION beside_anonymise_journey(p_journey uuid, p_at timestamptz) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
    DECLARE
      org uuid := beside_current_organisation();
      her uuid;
      account uuid;
      whole boolean;
      keys jsonb;
    BEGIN
      IF org IS NULL THEN RAISE EXCEPTION 'no organisation' USING ERRCODE = 'insufficient_privilege'; END IF;
      PERFORM 1 FROM journey_retention r WHERE r.organisation_id = org AND r.journey_id = p_journey
        AND r.approved_at IS NOT NULL AND r.anonymised_at IS NULL FOR UPDATE;
      IF NOT FOUND THEN RETURN NULL; END IF;
      IF EXISTS (SELECT 1 FROM legal_hold h WHERE h.organisation_id = org AND h.journey_id = p_journey AND h.lifted_at IS NULL)
         OR EXISTS (SELECT 1 FROM concern c WHERE c.organisation_id = org AND c.journey_id = p_journey AND c.status <> 'closed')
         OR EXISTS (SELECT 1 FROM multi_agency_referral m WHERE m.organisation_id = org AND m.journey_id = p_journey AND m.status <> 'closed') THEN
        RETURN NULL;
      END IF;
      SELECT j.service_user_id INTO her FROM journey j WHERE j.organisation_id = org AND j.id = p_journey;
      PERFORM set_config('beside.anonymising', 'on', true);

      UPDATE journey SET ${mark('referral_reason')}, ${mark('closure_reason')} WHERE organisation_id = org AND id = p_journey;
      UPDATE journey_status_change SET ${mark('reason')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE goal SET ${mark('words')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE step SET ${mark('description')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE appointment SET ${mark('purpose')}, ${mark('location')}, ${mark('preparation')}, ${mark('outcome')}, ${mark('professional_organisation')}
        WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE accompaniment SET ${mark('debrief')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE check_in SET ${mark('words')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE note SET ${mark('body')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE note_version v SET ${mark('body', 'v')} FROM note n WHERE v.organisation_id = org AND n.organisation_id = org AND v.note_id = n.id AND n.journey_id = p_journey;
      UPDATE change_proposal SET ${mark('original_value')}, ${mark('proposed_value')}, ${mark('reason')}, ${mark('reply')}
        WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE conversation_message SET ${mark('body')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE conversation_message_version v SET ${mark('body', 'v')} FROM conversation_message m
        WHERE v.organisation_id = org AND m.organisation_id = org AND v.message_id = m.id AND m.journey_id = p_journey;
      UPDATE break_glass_access SET ${mark('reason')}, ${mark('review_comment')} WHERE organisation_id = org AND journey_id = p_journey;

      UPDATE concern SET ${mark('description')}, ${mark('outcome')}, ${mark('outcome_for_raiser')}, ${mark('referred_to')}
        WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE concern_action a SET ${mark('description', 'a')}, ${mark('done_note', 'a')} FROM concern c
        WHERE a.organisation_id = org AND c.organisation_id = org AND a.concern_id = c.id AND c.journey_id = p_journey;
      UPDATE concern_event e SET ${mark('note', 'e')} FROM concern c
        WHERE e.organisation_id = org AND c.organisation_id = org AND e.concern_id = c.id AND c.journey_id = p_journey;

      UPDATE challenge SET ${mark('body_challenged')}, ${mark('her_words')}, ${mark('outcome_note')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE challenge_stage s SET ${mark('note', 's')} FROM challenge c
        WHERE s.organisation_id = org AND c.organisation_id = org AND s.challenge_id = c.id AND c.journey_id = p_journey;
      UPDATE letter SET ${mark('title')}, ${mark('body')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE letter_version v SET ${mark('title', 'v')}, ${mark('body', 'v')} FROM letter l
        WHERE v.organisation_id = org AND l.organisation_id = org AND v.letter_id = l.id AND l.journey_id = p_journey;

      UPDATE safety_plan_section SET ${mark('body')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE safety_plan_section_history h SET ${mark('body', 'h')} FROM safety_plan_section s
        WHERE h.organisation_id = org AND s.organisation_id = org AND h.section_id = s.id AND s.journey_id = p_journey;
      UPDATE risk_assessment SET ${mark('notes')}, ${mark('hidden_reason')} WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE multi_agency_referral SET form = form || jsonb_build_object('reason', ${MARK},
          'herViews', CASE WHEN form->>'herViews' IS NULL THEN NULL ELSE ${MARK} END,
          'othersAtRisk', CASE WHEN form->>'othersAtRisk' IS NULL THEN NULL ELSE ${MARK} END)
        WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE multi_agency_referral_event e SET ${mark('note', 'e')} FROM multi_agency_referral m
        WHERE e.organisation_id = org AND m.organisation_id = org AND e.referral_id = m.id AND m.journey_id = p_journey;
      UPDATE referral_action a SET ${mark('description', 'a')} FROM multi_agency_referral m
        WHERE a.organisation_id = org AND m.organisation_id = org AND a.referral_id = m.id AND m.journey_id = p_journey;
      UPDATE sharing_decision SET ${mark('what')}, ${mark('reasoning')}, ${mark('review_note')}, ${mark('held_back_reason')}
        WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE referral SET ${mark('reason')}, ${mark('decline_reason')},
          shared = CASE WHEN shared IS NULL THEN NULL ELSE jsonb_build_object('anonymised', true) END
        WHERE organisation_id = org AND journey_id = p_journey;

      SELECT coalesce(jsonb_agg(storage_key), '[]'::jsonb) INTO keys FROM document WHERE organisation_id = org AND journey_id = p_journey;
      UPDATE document SET ${mark('description')}, deleted_at = coalesce(deleted_at, p_at),
          delete_reason = 'Removed when the record was anonymised'
        WHERE organisation_id = org AND journey_id = p_journey;

      UPDATE journey_retention SET anonymised_at = p_at, updated_at = p_at WHERE organisation_id = org AND journey_id = p_journey;

      -- Her own details go only when no other journey of hers is kept.
      whole := NOT EXISTS (
        SELECT 1 FROM journey j LEFT JOIN journey_retention r ON r.organisation_id = j.organisation_id AND r.journey_id = j.id
        WHERE j.organisation_id = org AND j.service_user_id = her AND j.id <> p_journey AND r.anonymised_at IS NULL);
      IF whole THEN
        SELECT s.account_id INTO account FROM service_user s WHERE s.organisation_id = org AND s.id = her;
        UPDATE service_user SET name = 'Anonymised', preferred_name = NULL, pronouns = NULL, languages = NULL,
            accessibility_needs = NULL, date_of_birth = date_trunc('month', date_of_birth)::date,
            safe_contact = jsonb_build_object('safeWindows', '[]'::jsonb, 'safeWindowsReviewed', false, 'voicemailAllowed', false),
            updated_at = p_at
          WHERE organisation_id = org AND id = her;
        UPDATE her_statement SET ${mark('what_to_know')}, ${mark('crisis')}, ${mark('interpreter_language')} WHERE organisation_id = org AND service_user_id = her;
        UPDATE consent SET ${mark('agreement')}, ${mark('shared_with')} WHERE organisation_id = org AND service_user_id = her;
        UPDATE data_request SET ${mark('details')} WHERE organisation_id = org AND service_user_id = her;
        UPDATE outbox_message SET recipient = 'anonymised', subject = ${MARK}, body = ${MARK},
            status = CASE WHEN status IN ('queued', 'sending') THEN 'withdrawn' ELSE status END
          WHERE organisation_id = org AND service_user_id = her;
        UPDATE consultation_response SET service_user_id = NULL WHERE organisation_id = org AND service_user_id = her;
        IF account IS NOT NULL THEN
          UPDATE user_account SET status = 'disabled', display_name = 'Anonymised',
              email = 'anonymised-' || id || '@anonymised.invalid',
              password_hash = NULL, mfa_secret = NULL, updated_at = p_at
            WHERE organisation_id = org AND id = account;
          DELETE FROM user_session WHERE user_id = account;
          DELETE FROM one_time_token WHERE user_id = account;
          DELETE FROM recovery_code WHERE user_id = account;
        END IF;
      END IF;
      PERFORM set_config('beside.anonymising', 'off', true);
      RETURN jsonb_build_object('serviceUser', whole, 'storageKeys', keys);
    END $$`;
}
