import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeNotificationKinds } from './notification-kinds';

/**
 * Challenges (issue 19; docs/CHALLENGES.md): complaints, reviews and appeals on her journey, stage by stage.
 *
 * - `challenge_type`: an organisation's changes to the default catalogue (same key) and types of its own; the defaults
 *   themselves live in the code, so a new default reaches every organisation that has not changed it.
 * - `challenge` keeps the type as it was when it was opened (`type_definition`), so a later edit of the catalogue
 *   never moves a deadline already set. `next_deadline_on` is its current stage's deadline, kept with each write, for
 *   the caseload, the dashboard and the reminder job.
 * - Case content: organisation isolation as for every journey record, and hidden from the network operator and the
 *   lived-experience panel like the rest of the case record.
 */
export class Challenges1764300021000 implements MigrationInterface {
  name = 'Challenges1764300021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE challenge_type (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
        definition jsonb NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (organisation_id, key)
      )`);
    await q.query(`
      CREATE TABLE challenge (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        type_key varchar(40) NOT NULL,
        type_definition jsonb NOT NULL,
        body_challenged varchar(300) NOT NULL,
        her_words varchar(4000) NOT NULL,
        event_on date NOT NULL,
        aware_on date,
        region varchar(6) NOT NULL DEFAULT 'GB-ENG' CHECK (region IN ('GB-ENG', 'GB-WLS')),
        status varchar(6) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        outcome varchar(14) CHECK (outcome IN ('upheld', 'partly_upheld', 'not_upheld', 'resolved', 'withdrawn')),
        outcome_note varchar(2000),
        closed_on date,
        next_deadline_on date,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        CHECK (aware_on IS NULL OR aware_on >= event_on),
        CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_on IS NOT NULL)),
        CHECK (status = 'open' OR next_deadline_on IS NULL),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX challenge_journey_idx ON challenge (organisation_id, journey_id)`);
    await q.query(`CREATE INDEX challenge_deadline_idx ON challenge (organisation_id, next_deadline_on) WHERE status = 'open' AND next_deadline_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE challenge_stage (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 1),
        stage_key varchar(40) NOT NULL,
        started_on date NOT NULL,
        deadline_on date,
        ended_on date,
        support_level varchar(20) CHECK (support_level IN ('advocate_led', 'accompanied', 'prepared', 'independent')),
        note varchar(2000),
        -- The reminder job tells her advocates once when the deadline is near and once when it has passed.
        near_notified_on date,
        missed_notified_on date,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, challenge_id, position),
        CHECK (ended_on IS NULL OR ended_on >= started_on),
        FOREIGN KEY (organisation_id, challenge_id) REFERENCES challenge (organisation_id, id) ON DELETE CASCADE
      )`);
    // One current stage at most.
    await q.query(`CREATE UNIQUE INDEX challenge_stage_current_idx ON challenge_stage (organisation_id, challenge_id) WHERE ended_on IS NULL`);

    // Letters written with her: templates (the organisation's changes to the defaults in the code, and its own), and each
    // letter with every version kept (a trigger writes one on each change of its words, whoever makes it: staff, or her
    // words through an accepted change proposal).
    await q.query(`
      CREATE TABLE letter_template (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
        definition jsonb NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (organisation_id, key)
      )`);
    await q.query(`
      CREATE TABLE letter (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        challenge_id uuid NOT NULL,
        template_key varchar(40) NOT NULL,
        title varchar(200) NOT NULL,
        body varchar(10000) NOT NULL,
        status varchar(7) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'shared', 'sent')),
        sent_on date,
        -- The letter_version it was sent as (versions of its words count 1, 2, 3; the version column is the row lock).
        sent_version integer,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        CHECK ((status = 'sent') = (sent_on IS NOT NULL AND sent_version IS NOT NULL)),
        FOREIGN KEY (organisation_id, challenge_id) REFERENCES challenge (organisation_id, id),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX letter_challenge_idx ON letter (organisation_id, challenge_id)`);
    await q.query(`
      CREATE TABLE letter_version (
        organisation_id uuid NOT NULL,
        letter_id uuid NOT NULL,
        version integer NOT NULL,
        title varchar(200) NOT NULL,
        body varchar(10000) NOT NULL,
        written_by uuid NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, letter_id, version),
        FOREIGN KEY (organisation_id, letter_id) REFERENCES letter (organisation_id, id)
      )`);
    await q.query(`
      CREATE FUNCTION beside_keep_letter_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title THEN
          INSERT INTO letter_version (organisation_id, letter_id, version, title, body, written_by)
          SELECT NEW.organisation_id, NEW.id, coalesce(max(v.version), 0) + 1, NEW.title, NEW.body, NEW.updated_by
          FROM letter_version v WHERE v.organisation_id = NEW.organisation_id AND v.letter_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER letter_keep_version AFTER INSERT OR UPDATE ON letter FOR EACH ROW EXECUTE FUNCTION beside_keep_letter_version()`);
    // A letter once sent is what was sent: its words never change again.
    await q.query(`
      CREATE FUNCTION beside_letter_sent_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'sent' AND (NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title OR NEW.status <> 'sent') THEN
          RAISE EXCEPTION 'letter % was sent: it cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER letter_sent_is_final BEFORE UPDATE ON letter FOR EACH ROW EXECUTE FUNCTION beside_letter_sent_is_final()`);
    await q.query(`ALTER TABLE change_proposal DROP CONSTRAINT change_proposal_target_type_check`);
    await q.query(`ALTER TABLE change_proposal ADD CONSTRAINT change_proposal_target_type_check CHECK (target_type IN ('goal','step','note','appointment','letter'))`);

    // Her statement for professionals: hers to write; staff read it; she chooses the appointments and challenges it goes with.
    await q.query(`
      CREATE TABLE her_statement (
        organisation_id uuid NOT NULL,
        service_user_id uuid NOT NULL,
        what_to_know varchar(4000),
        formats text[] NOT NULL DEFAULT '{}',
        support text[] NOT NULL DEFAULT '{}',
        interpreter_language varchar(60),
        crisis varchar(4000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (organisation_id, service_user_id),
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE her_statement_share (
        organisation_id uuid NOT NULL,
        service_user_id uuid NOT NULL,
        target_type varchar(11) NOT NULL CHECK (target_type IN ('appointment', 'challenge')),
        target_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, service_user_id, target_type, target_id),
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id)
      )`);

    // Documents on a journey or a challenge: the content in the document store (S3-compatible or a local folder) under a
    // random key; here what it is (told by its content), its scan, who may see it, and a soft delete with its reason.
    await q.query(`
      CREATE TABLE document (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        challenge_id uuid,
        description varchar(200) NOT NULL,
        storage_key uuid NOT NULL,
        content_type varchar(100) NOT NULL,
        extension varchar(8) NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        visibility varchar(6) NOT NULL CHECK (visibility IN ('shared', 'staff')),
        scan varchar(11) NOT NULL CHECK (scan IN ('clean', 'not_scanned', 'held')),
        uploaded_by uuid NOT NULL,
        by_her boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid,
        delete_reason varchar(500),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, storage_key),
        CHECK ((deleted_at IS NULL) = (deleted_by IS NULL) AND (deleted_at IS NULL) = (delete_reason IS NULL)),
        CHECK (NOT by_her OR visibility = 'shared'),
        FOREIGN KEY (organisation_id, journey_id) REFERENCES journey (organisation_id, id),
        FOREIGN KEY (organisation_id, challenge_id) REFERENCES challenge (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX document_journey_idx ON document (organisation_id, journey_id, created_at DESC)`);

    for (const table of ['challenge_type', 'challenge', 'challenge_stage', 'letter_template', 'letter', 'letter_version', 'her_statement', 'her_statement_share', 'document']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
      await q.query(`CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
    await q.query(`REVOKE UPDATE ON letter_version FROM beside_app`);
    // She reads the challenges of her own journeys (the journey's own policy keeps her to hers) and writes none.
    const notHer = `(SELECT beside_current_role()) IS DISTINCT FROM 'service_user'`;
    await q.query(`
      CREATE POLICY challenge_her_own ON challenge AS RESTRICTIVE
        USING (${notHer} OR EXISTS (SELECT 1 FROM journey j WHERE j.organisation_id = challenge.organisation_id AND j.id = challenge.journey_id))
        WITH CHECK (${notHer})`);
    await q.query(`
      CREATE POLICY challenge_stage_her_own ON challenge_stage AS RESTRICTIVE
        USING (${notHer} OR EXISTS (SELECT 1 FROM challenge c WHERE c.organisation_id = challenge_stage.organisation_id AND c.id = challenge_stage.challenge_id))
        WITH CHECK (${notHer})`);
    await q.query(`CREATE POLICY challenge_type_not_hers ON challenge_type AS RESTRICTIVE USING (true) WITH CHECK (${notHer})`);
    // Her letters: those shared with her or sent, of her own journeys; she writes none (her words arrive through a proposal).
    await q.query(`
      CREATE POLICY letter_her_own ON letter AS RESTRICTIVE
        USING (${notHer} OR (status <> 'draft' AND EXISTS (SELECT 1 FROM journey j WHERE j.organisation_id = letter.organisation_id AND j.id = letter.journey_id)))
        WITH CHECK (${notHer})`);
    await q.query(`
      CREATE POLICY letter_version_her_own ON letter_version AS RESTRICTIVE
        USING (${notHer} OR EXISTS (SELECT 1 FROM letter l WHERE l.organisation_id = letter_version.organisation_id AND l.id = letter_version.letter_id))
        WITH CHECK (${notHer})`);
    await q.query(`CREATE POLICY letter_template_not_hers ON letter_template AS RESTRICTIVE USING (true) WITH CHECK (${notHer})`);
    // Her statement is hers alone to write; she reads only her own; staff read it.
    for (const table of ['her_statement', 'her_statement_share']) {
      await q.query(`
        CREATE POLICY ${table}_hers ON ${table} AS RESTRICTIVE
          USING (${notHer} OR service_user_id = (SELECT beside_own_service_user()))
          WITH CHECK ((SELECT beside_current_role()) = 'service_user' AND service_user_id = (SELECT beside_own_service_user()))`);
    }
    await q.query(`GRANT DELETE ON her_statement_share TO beside_app`);
    // Documents: she sees those shared with her on her own journeys (never staff-only ones, never deleted ones) and adds her own.
    await q.query(`
      CREATE POLICY document_her_own ON document AS RESTRICTIVE
        USING (${notHer} OR (visibility = 'shared' AND deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM journey j WHERE j.organisation_id = document.organisation_id AND j.id = document.journey_id)))
        WITH CHECK (${notHer} OR (by_her AND uploaded_by = (SELECT beside_current_user()) AND deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM journey j WHERE j.organisation_id = document.organisation_id AND j.id = document.journey_id)))`);
    await changeNotificationKinds(q, (kinds) => [...kinds, 'challenge.deadline_near', 'challenge.deadline_missed']);
    // The reminder job runs in no organisation: this says which have a deadline to tell about (the days before come from
    // each organisation's settings, challengeReminderDays, 7 by default).
    await q.query(`
      CREATE FUNCTION beside_organisations_with_challenge_deadlines(p_today date) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT s.organisation_id FROM challenge_stage s JOIN organisation o ON o.id = s.organisation_id
        WHERE s.ended_on IS NULL AND s.deadline_on IS NOT NULL
          AND ((s.near_notified_on IS NULL AND s.deadline_on <= p_today + coalesce((o.settings->>'challengeReminderDays')::int, 7))
               OR (s.missed_notified_on IS NULL AND s.deadline_on < p_today))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_challenge_deadlines(date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_challenge_deadlines(date) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_organisations_with_challenge_deadlines(date)`);
    await changeNotificationKinds(q, (kinds) => kinds.filter((k) => !k.startsWith('challenge.')));
    await q.query(`ALTER TABLE change_proposal DROP CONSTRAINT change_proposal_target_type_check`);
    await q.query(`ALTER TABLE change_proposal ADD CONSTRAINT change_proposal_target_type_check CHECK (target_type IN ('goal','step','note','appointment'))`);
    for (const table of ['document', 'her_statement_share', 'her_statement', 'letter_version', 'letter', 'letter_template', 'challenge_stage', 'challenge', 'challenge_type']) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION beside_keep_letter_version()`);
    await q.query(`DROP FUNCTION beside_letter_sent_is_final()`);
  }
}
