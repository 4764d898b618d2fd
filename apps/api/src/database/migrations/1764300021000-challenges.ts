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
        UNIQUE (id),
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

    for (const table of ['challenge_type', 'challenge', 'challenge_stage']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
      await q.query(`CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
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
    for (const table of ['challenge_stage', 'challenge', 'challenge_type']) await q.query(`DROP TABLE ${table}`);
  }
}
