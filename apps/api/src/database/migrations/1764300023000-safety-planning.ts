import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeNotificationKinds } from './notification-kinds';

/**
 * Safety planning and multi-agency safeguarding (issue 20; docs/SAFETY.md).
 *
 * - `risk_checklist` / `risk_checklist_version`: an organisation's own checklists and its versions of the shipped one
 *   (the shipped version 1 lives in the code). A version used by an assessment is fixed: the database refuses to change
 *   it, as the API does (409).
 * - `risk_assessment` keeps the checklist as it was asked (`checklist`), her answers, the score and the level; only the
 *   "not safe to show her" decision may change afterwards (column grants).
 * - `safety_plan` and its sections, each section's earlier words kept by a trigger; she writes her own sections, and
 *   changes staff's through a change proposal.
 * - `multi_agency_referral` with its status history, linked concerns and actions for Beside; it cannot be sent without
 *   its `sharing_decision` (a check in the database too).
 * - `sharing_decision`: every disclosure of her information, with or without her consent, its basis and reasoning, and
 *   a manager's review; she sees those shown to her.
 * Case content: organisation isolation, hidden from the network operator and the panel like the rest of the record.
 */
export class SafetyPlanning1764300023000 implements MigrationInterface {
  name = 'SafetyPlanning1764300023000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE risk_checklist (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
        name varchar(200) NOT NULL,
        archived_at timestamptz,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, key)
      )`);
    await q.query(`
      CREATE TABLE risk_checklist_version (
        organisation_id uuid NOT NULL,
        checklist_key varchar(40) NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        body jsonb NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, checklist_key, version),
        FOREIGN KEY (organisation_id, checklist_key) REFERENCES risk_checklist (organisation_id, key)
      )`);

    await q.query(`
      CREATE TABLE risk_assessment (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        checklist_key varchar(40) NOT NULL,
        checklist_version integer NOT NULL,
        checklist jsonb NOT NULL,
        answers jsonb NOT NULL,
        score integer NOT NULL CHECK (score >= 0),
        level varchar(8) NOT NULL CHECK (level IN ('standard', 'medium', 'high')),
        marac_recommended boolean NOT NULL,
        assessed_on date NOT NULL,
        notes varchar(4000),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_reason varchar(1000),
        hidden_by uuid,
        hidden_at timestamptz,
        hide_review_on date,
        PRIMARY KEY (organisation_id, id),
        CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL) AND (hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hide_review_on IS NULL)),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX risk_assessment_journey_idx ON risk_assessment (organisation_id, journey_id, assessed_on DESC, created_at DESC)`);
    await q.query(`CREATE INDEX risk_assessment_version_idx ON risk_assessment (organisation_id, checklist_key, checklist_version)`);
    await q.query(`CREATE INDEX risk_assessment_hidden_idx ON risk_assessment (organisation_id, hide_review_on) WHERE hidden_at IS NOT NULL`);
    // A version that an assessment used is fixed (the API answers 409 first; this keeps it so whatever writes).
    await q.query(`
      CREATE FUNCTION beside_checklist_version_in_use_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM risk_assessment a WHERE a.organisation_id = OLD.organisation_id AND a.checklist_key = OLD.checklist_key AND a.checklist_version = OLD.version) THEN
          RAISE EXCEPTION 'risk checklist version % of % is in use and cannot change', OLD.version, OLD.checklist_key USING ERRCODE = 'check_violation';
        END IF;
        RETURN coalesce(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER risk_checklist_version_fixed BEFORE UPDATE OR DELETE ON risk_checklist_version FOR EACH ROW EXECUTE FUNCTION beside_checklist_version_in_use_is_fixed()`);

    await q.query(`
      CREATE TABLE safety_plan (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        review_on date,
        review_reminded_on date,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, journey_id),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX safety_plan_review_idx ON safety_plan (organisation_id, review_on) WHERE review_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE safety_plan_section (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        section_key varchar(20) NOT NULL CHECK (section_key IN ('safe_places', 'people_to_call', 'emergency_numbers', 'code_words', 'what_to_take', 'at_home', 'at_work', 'online')),
        body varchar(4000) NOT NULL,
        by_her boolean NOT NULL,
        created_by uuid NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, plan_id, section_key),
        FOREIGN KEY (organisation_id, plan_id) REFERENCES safety_plan (organisation_id, id),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE safety_plan_section_history (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        section_id uuid NOT NULL,
        body varchar(4000) NOT NULL,
        by_her boolean NOT NULL,
        written_by uuid NOT NULL,
        written_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, section_id) REFERENCES safety_plan_section (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX safety_plan_section_history_idx ON safety_plan_section_history (organisation_id, section_id, written_at)`);
    // Staff add, never overwrite: each section's earlier words are kept whenever they change.
    await q.query(`
      CREATE FUNCTION beside_keep_safety_plan_words() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF NEW.body IS DISTINCT FROM OLD.body THEN
          INSERT INTO safety_plan_section_history (organisation_id, section_id, body, by_her, written_by, written_at)
          VALUES (OLD.organisation_id, OLD.id, OLD.body, OLD.by_her, OLD.updated_by, OLD.updated_at);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_keep_safety_plan_words() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER safety_plan_section_history_kept BEFORE UPDATE ON safety_plan_section FOR EACH ROW EXECUTE FUNCTION beside_keep_safety_plan_words()`);

    await q.query(`
      CREATE TABLE referral_agency (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
        name varchar(200) NOT NULL,
        description varchar(1000) NOT NULL,
        outcome_status varchar(16) NOT NULL CHECK (outcome_status IN ('discussed', 'enquiry_opened', 'outcome_received')),
        archived_at timestamptz,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, key)
      )`);

    await q.query(`
      CREATE TABLE sharing_decision (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        what varchar(2000) NOT NULL,
        shared_with varchar(300) NOT NULL,
        shared_on date NOT NULL,
        lawful_basis varchar(24) NOT NULL CHECK (lawful_basis IN ('explicit_consent', 'vital_interests', 'safeguarding', 'legal_obligation', 'health_and_social_care', 'legal_claims')),
        with_consent boolean NOT NULL,
        considerations jsonb NOT NULL DEFAULT '[]',
        reasoning varchar(4000),
        decided_by uuid NOT NULL,
        reviewed_by uuid,
        reviewed_at timestamptz,
        review_note varchar(2000),
        shown_to_her boolean NOT NULL,
        held_back_reason varchar(1000),
        referral_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        -- Without her consent: the reasoning is recorded. With it: she sees it. Held back: the reason is recorded.
        CHECK (with_consent OR reasoning IS NOT NULL),
        CHECK (NOT with_consent OR shown_to_her),
        CHECK (shown_to_her OR held_back_reason IS NOT NULL),
        CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (review_note IS NULL)),
        CHECK (lawful_basis <> 'explicit_consent' OR with_consent),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX sharing_decision_journey_idx ON sharing_decision (organisation_id, journey_id, shared_on DESC)`);
    await q.query(`CREATE INDEX sharing_decision_unreviewed_idx ON sharing_decision (organisation_id, created_at) WHERE NOT with_consent AND reviewed_at IS NULL`);

    await q.query(`
      CREATE TABLE multi_agency_referral (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        agency_key varchar(40) NOT NULL,
        agency_name varchar(200) NOT NULL,
        outcome_status varchar(16) NOT NULL CHECK (outcome_status IN ('discussed', 'enquiry_opened', 'outcome_received')),
        status varchar(16) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'sent', 'acknowledged', 'discussed', 'enquiry_opened', 'outcome_received', 'actions', 'closed')),
        sent_to varchar(300) NOT NULL,
        reference varchar(100),
        sent_on date,
        next_meeting_on date,
        meeting_reminded_for date,
        form jsonb NOT NULL,
        risk_assessment_id uuid,
        sharing_decision_id uuid,
        closed_on date,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        -- A referral is never sent without its sharing decision.
        CHECK (status = 'draft' OR (sharing_decision_id IS NOT NULL AND sent_on IS NOT NULL)),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id),
        FOREIGN KEY (organisation_id, risk_assessment_id) REFERENCES risk_assessment (organisation_id, id),
        FOREIGN KEY (organisation_id, sharing_decision_id) REFERENCES sharing_decision (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX multi_agency_referral_journey_idx ON multi_agency_referral (organisation_id, journey_id, created_at DESC)`);
    await q.query(`CREATE INDEX multi_agency_referral_open_idx ON multi_agency_referral (organisation_id, status) WHERE status NOT IN ('draft', 'closed')`);
    await q.query(`ALTER TABLE sharing_decision ADD FOREIGN KEY (organisation_id, referral_id) REFERENCES multi_agency_referral (organisation_id, id)`);
    await q.query(`
      CREATE TABLE multi_agency_referral_event (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL,
        status varchar(16) NOT NULL,
        on_date date NOT NULL,
        note varchar(2000),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, referral_id) REFERENCES multi_agency_referral (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX multi_agency_referral_event_idx ON multi_agency_referral_event (organisation_id, referral_id, recorded_at)`);
    await q.query(`
      CREATE TABLE multi_agency_referral_concern (
        organisation_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        concern_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, referral_id, concern_id),
        FOREIGN KEY (organisation_id, referral_id) REFERENCES multi_agency_referral (organisation_id, id),
        FOREIGN KEY (organisation_id, concern_id) REFERENCES concern (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE referral_action (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL,
        description varchar(1000) NOT NULL,
        owner_id uuid NOT NULL,
        due_on date NOT NULL,
        done_on date,
        reminded_on date,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, referral_id) REFERENCES multi_agency_referral (organisation_id, id),
        FOREIGN KEY (organisation_id, owner_id) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX referral_action_referral_idx ON referral_action (organisation_id, referral_id)`);
    await q.query(`CREATE INDEX referral_action_due_idx ON referral_action (organisation_id, due_on) WHERE done_on IS NULL`);

    const tables = [
      'risk_checklist',
      'risk_checklist_version',
      'risk_assessment',
      'safety_plan',
      'safety_plan_section',
      'safety_plan_section_history',
      'referral_agency',
      'sharing_decision',
      'multi_agency_referral',
      'multi_agency_referral_event',
      'multi_agency_referral_concern',
      'referral_action',
    ];
    for (const table of tables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
      await q.query(`CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
      await q.query(`GRANT SELECT, INSERT ON ${table} TO beside_app`);
    }
    for (const table of ['risk_checklist', 'risk_checklist_version', 'safety_plan', 'safety_plan_section', 'referral_agency', 'sharing_decision', 'multi_agency_referral', 'referral_action']) {
      await q.query(`GRANT UPDATE ON ${table} TO beside_app`);
    }
    await q.query(`GRANT DELETE ON risk_checklist_version, multi_agency_referral_concern TO beside_app`);
    // An assessment is fixed once made; only the decision to keep it from her portal changes.
    await q.query(`GRANT UPDATE (hidden_reason, hidden_by, hidden_at, hide_review_on) ON risk_assessment TO beside_app`);

    const notHer = `(SELECT beside_current_role()) IS DISTINCT FROM 'service_user'`;
    const herJourney = (table: string) => `EXISTS (SELECT 1 FROM journey j WHERE j.organisation_id = ${table}.organisation_id AND j.id = ${table}.journey_id)`;
    // Checklists, agencies, referrals and their parts are staff's: she reads and writes none of them.
    for (const table of ['risk_checklist', 'risk_checklist_version', 'referral_agency', 'multi_agency_referral', 'multi_agency_referral_event', 'multi_agency_referral_concern', 'referral_action', 'safety_plan_section_history']) {
      await q.query(`CREATE POLICY ${table}_not_hers ON ${table} AS RESTRICTIVE USING (${notHer}) WITH CHECK (${notHer})`);
    }
    // Her assessments, unless a manager decided it is not safe to show her; she writes none.
    await q.query(`
      CREATE POLICY risk_assessment_her_own ON risk_assessment AS RESTRICTIVE
        USING (${notHer} OR (hidden_at IS NULL AND ${herJourney('risk_assessment')}))
        WITH CHECK (${notHer})`);
    // What was shared about her, where she is shown it; she writes none.
    await q.query(`
      CREATE POLICY sharing_decision_her_own ON sharing_decision AS RESTRICTIVE
        USING (${notHer} OR (shown_to_her AND ${herJourney('sharing_decision')}))
        WITH CHECK (${notHer})`);
    // Her safety plan: she reads it, starts it if nobody has (without a review date: that is agreed with her advocate),
    // writes her own sections, and changes staff's words only through a change proposal.
    await q.query(`
      CREATE POLICY safety_plan_her_own ON safety_plan AS RESTRICTIVE
        USING (${notHer} OR ${herJourney('safety_plan')})
        WITH CHECK (${notHer} OR (${herJourney('safety_plan')} AND review_on IS NULL))`);
    await q.query(`CREATE POLICY safety_plan_her_no_changes ON safety_plan AS RESTRICTIVE FOR UPDATE USING (${notHer})`);
    await q.query(`
      CREATE POLICY safety_plan_section_her_own ON safety_plan_section AS RESTRICTIVE
        USING (${notHer} OR ${herJourney('safety_plan_section')})
        WITH CHECK (${notHer} OR (by_her AND updated_by = (SELECT beside_current_user()) AND ${herJourney('safety_plan_section')}))`);
    await q.query(`CREATE POLICY safety_plan_section_hers_to_change ON safety_plan_section AS RESTRICTIVE FOR UPDATE USING (${notHer} OR by_her)`);

    // Her changes to a section staff wrote arrive as a change proposal.
    await q.query(`ALTER TABLE change_proposal DROP CONSTRAINT change_proposal_target_type_check`);
    await q.query(`ALTER TABLE change_proposal ADD CONSTRAINT change_proposal_target_type_check CHECK (target_type IN ('goal','step','note','appointment','letter','safety_plan_section'))`);

    await changeNotificationKinds(q, (kinds) => [...kinds, 'safety.action_due', 'safety.meeting_soon', 'safety.plan_review_due', 'safety.hidden_review_due', 'safety.sharing_to_review']);

    // The reminder job runs in no organisation: this says which have something to tell about today.
    await q.query(`
      CREATE FUNCTION beside_organisations_with_safety_reminders(p_today date) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT organisation_id FROM referral_action WHERE done_on IS NULL AND reminded_on IS NULL AND due_on <= p_today + 3
        UNION
        SELECT organisation_id FROM multi_agency_referral
          WHERE status NOT IN ('draft', 'closed') AND next_meeting_on BETWEEN p_today AND p_today + 7 AND meeting_reminded_for IS DISTINCT FROM next_meeting_on
        UNION
        SELECT organisation_id FROM safety_plan WHERE review_on <= p_today AND review_reminded_on IS DISTINCT FROM review_on
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_safety_reminders(date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_safety_reminders(date) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_organisations_with_safety_reminders(date)`);
    await changeNotificationKinds(q, (kinds) => kinds.filter((k) => !k.startsWith('safety.')));
    await q.query(`DELETE FROM change_proposal WHERE target_type = 'safety_plan_section'`);
    await q.query(`ALTER TABLE change_proposal DROP CONSTRAINT change_proposal_target_type_check`);
    await q.query(`ALTER TABLE change_proposal ADD CONSTRAINT change_proposal_target_type_check CHECK (target_type IN ('goal','step','note','appointment','letter'))`);
    await q.query(`ALTER TABLE sharing_decision DROP COLUMN referral_id`);
    for (const table of [
      'referral_action',
      'multi_agency_referral_concern',
      'multi_agency_referral_event',
      'multi_agency_referral',
      'sharing_decision',
      'referral_agency',
      'safety_plan_section_history',
      'safety_plan_section',
      'safety_plan',
      'risk_assessment',
      'risk_checklist_version',
      'risk_checklist',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION beside_keep_safety_plan_words()`);
    await q.query(`DROP FUNCTION beside_checklist_version_in_use_is_fixed()`);
  }
}
