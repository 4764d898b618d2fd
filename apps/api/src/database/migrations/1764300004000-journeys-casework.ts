import { MigrationInterface, QueryRunner } from 'typeorm';

const BASE_COLUMNS = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        updated_by uuid,
        version integer NOT NULL DEFAULT 1`;

const TABLES = [
  'consent',
  'journey_status_change',
  'appointment',
  'accompaniment',
  'accompaniment_advocate',
  'goal',
  'step',
  'check_in',
  'note',
  'note_version',
  'calendar_feed',
];

/**
 * The advocate's daily work on a journey: consents, status history, appointments and
 * accompaniment, the plan (goals, steps, check-ins), notes with their history, and
 * calendar subscriptions. Records that are hers carry service_user_id so that her own
 * portal can later be given them by a row-level policy of its own.
 */
export class JourneysCasework1764300004000 implements MigrationInterface {
  name = 'JourneysCasework1764300004000';

  async up(q: QueryRunner): Promise<void> {
    // Name search on the caseload; a trigram index would need pg_trgm, which the embedded database does not load.
    await q.query(`CREATE INDEX service_user_org_preferred_name_idx ON service_user (organisation_id, lower(coalesce(preferred_name, name)))`);
    await q.query(`CREATE INDEX journey_org_referral_idx ON journey (organisation_id, referral_date DESC, id DESC)`);

    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        agreement varchar(1000) NOT NULL,
        shared_with varchar(200),
        given_on date NOT NULL,
        valid_until date,
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES user_account(id),
        ${BASE_COLUMNS},
        CHECK (valid_until IS NULL OR valid_until >= given_on)
      )`);
    await q.query(`CREATE INDEX consent_service_user_idx ON consent (service_user_id, given_on DESC, id DESC)`);

    await q.query(`
      CREATE TABLE journey_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        from_status varchar(20),
        to_status varchar(20) NOT NULL CHECK (to_status IN ('referred','active','closing','closed')),
        reason varchar(4000),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid REFERENCES user_account(id)
      )`);
    await q.query(`CREATE INDEX journey_status_change_journey_idx ON journey_status_change (journey_id, changed_at, id)`);

    await q.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        professional_role varchar(40) NOT NULL,
        professional_organisation varchar(200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar(500),
        remote boolean NOT NULL DEFAULT false,
        purpose varchar(1000),
        status varchar(20) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','attended','missed','cancelled','rescheduled')),
        replaced_by_id uuid REFERENCES appointment(id),
        preparation varchar(4000),
        outcome varchar(4000),
        ${BASE_COLUMNS},
        CHECK (ends_at > starts_at),
        CHECK (status <> 'rescheduled' OR replaced_by_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX appointment_journey_idx ON appointment (journey_id, starts_at, id)`);
    // The caseload's "next appointment" per journey.
    await q.query(`CREATE INDEX appointment_planned_idx ON appointment (journey_id, starts_at) WHERE status = 'planned'`);

    await q.query(`
      CREATE TABLE accompaniment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        appointment_id uuid NOT NULL UNIQUE REFERENCES appointment(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        support_level varchar(20) NOT NULL CHECK (support_level IN ('advocate_led','accompanied','prepared','independent')),
        time_spent_minutes integer CHECK (time_spent_minutes BETWEEN 0 AND 1440),
        debrief varchar(4000),
        ${BASE_COLUMNS}
      )`);
    await q.query(`CREATE INDEX accompaniment_journey_idx ON accompaniment (journey_id)`);
    await q.query(`
      CREATE TABLE accompaniment_advocate (
        accompaniment_id uuid NOT NULL REFERENCES accompaniment(id) ON DELETE CASCADE,
        advocate_id uuid NOT NULL REFERENCES user_account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (accompaniment_id, advocate_id)
      )`);
    await q.query(`CREATE INDEX accompaniment_advocate_advocate_idx ON accompaniment_advocate (advocate_id)`);

    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        words varchar(2000) NOT NULL,
        category varchar(20) NOT NULL,
        target_date date,
        status varchar(20) NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','achieved','dropped')),
        ${BASE_COLUMNS}
      )`);
    await q.query(`CREATE INDEX goal_journey_idx ON goal (journey_id, created_at, id)`);

    await q.query(`
      CREATE TABLE step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        goal_id uuid NOT NULL REFERENCES goal(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        description varchar(1000) NOT NULL,
        owner varchar(20) NOT NULL CHECK (owner IN ('her','advocate','together')),
        due_date date,
        done_at timestamptz,
        done_by uuid REFERENCES user_account(id),
        ${BASE_COLUMNS}
      )`);
    await q.query(`CREATE INDEX step_goal_idx ON step (goal_id, created_at, id)`);
    // Overdue steps on the caseload, and steps done on the timeline.
    await q.query(`CREATE INDEX step_open_due_idx ON step (journey_id, due_date) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX step_done_idx ON step (journey_id, done_at) WHERE done_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        confidence smallint NOT NULL CHECK (confidence BETWEEN 0 AND 10),
        words varchar(2000),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        ${BASE_COLUMNS}
      )`);
    await q.query(`CREATE INDEX check_in_journey_idx ON check_in (journey_id, recorded_at, id)`);

    await q.query(`
      CREATE TABLE note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        visibility varchar(10) NOT NULL CHECK (visibility IN ('staff','shared')),
        body varchar(10000) NOT NULL,
        ${BASE_COLUMNS}
      )`);
    await q.query(`CREATE INDEX note_journey_idx ON note (journey_id, created_at DESC, id DESC)`);
    // Each edit keeps what the note said before it, as it said it.
    await q.query(`
      CREATE TABLE note_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        note_id uuid NOT NULL REFERENCES note(id),
        version integer NOT NULL,
        visibility varchar(10) NOT NULL,
        body varchar(10000) NOT NULL,
        written_at timestamptz NOT NULL,
        written_by uuid,
        UNIQUE (note_id, version)
      )`);

    // A private calendar subscription: only the token's hash is stored; revoking ends it.
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_live_idx ON calendar_feed (user_id) WHERE revoked_at IS NULL`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = beside_current_organisation())
          WITH CHECK (organisation_id = beside_current_organisation())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
    await q.query(`GRANT DELETE ON accompaniment_advocate TO beside_app`);

    // A calendar app has no session: this narrow function answers for one token hash only,
    // so the feed can learn whose it is before any organisation is known.
    await q.query(`
      CREATE FUNCTION beside_calendar_feed_for_token(p_token_hash text)
      RETURNS TABLE (feed_id uuid, user_id uuid, organisation_id uuid, role varchar, status varchar, display_name varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT f.id, f.user_id, f.organisation_id, u.role, u.status, u.display_name
        FROM calendar_feed f JOIN user_account u ON u.id = f.user_id
        WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_calendar_feed_for_token(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_calendar_feed_for_token(text) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_calendar_feed_for_token(text)`);
    for (const t of [...TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX journey_org_referral_idx`);
    await q.query(`DROP INDEX service_user_org_preferred_name_idx`);
  }
}
