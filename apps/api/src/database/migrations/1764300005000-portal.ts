import { MigrationInterface, QueryRunner } from 'typeorm';

const BASE_COLUMNS = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        updated_by uuid,
        version integer NOT NULL DEFAULT 1`;

const TABLES = ['change_proposal', 'concern', 'concern_event'];

/**
 * Her own portal: change proposals (she asks to change what staff wrote; staff accept or
 * decline with a reply) and concerns in the shape the safeguarding register builds on.
 * Beyond the organisation policy every table has, restrictive policies narrow what a
 * service user's own session can reach, so a mistake in a query cannot show her more.
 */
export class Portal1764300005000 implements MigrationInterface {
  name = 'Portal1764300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        target_type varchar(20) NOT NULL CHECK (target_type IN ('goal','step','note','appointment')),
        target_id uuid NOT NULL,
        field varchar(40) NOT NULL,
        -- What the text said when she proposed, so staff see what she was answering.
        original_value varchar(10000),
        proposed_value varchar(10000) NOT NULL,
        reason varchar(2000) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined')),
        reply varchar(2000),
        decided_by uuid REFERENCES user_account(id),
        decided_at timestamptz,
        ${BASE_COLUMNS},
        CHECK (status <> 'declined' OR reply IS NOT NULL),
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX change_proposal_journey_idx ON change_proposal (journey_id, status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX change_proposal_pending_idx ON change_proposal (organisation_id, created_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX change_proposal_service_user_idx ON change_proposal (service_user_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE concern (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid REFERENCES journey(id),
        service_user_id uuid REFERENCES service_user(id),
        reference varchar(12) NOT NULL,
        raised_by uuid NOT NULL REFERENCES user_account(id),
        raised_by_role varchar(20) NOT NULL CHECK (raised_by_role IN ('service_user','advocate','manager')),
        raised_at timestamptz NOT NULL DEFAULT now(),
        about_staff_user_id uuid REFERENCES user_account(id),
        category varchar(30) NOT NULL CHECK (category IN ('risk_to_self','abuse_or_violence','exploitation','neglect','risk_to_others','service_quality','staff_conduct','other')),
        severity varchar(20) NOT NULL CHECK (severity IN ('low','medium','high','immediate')),
        description varchar(4000) NOT NULL,
        hide_raiser_from_advocate boolean NOT NULL DEFAULT false,
        confidential_from_subject boolean NOT NULL DEFAULT false,
        status varchar(20) NOT NULL DEFAULT 'raised' CHECK (status IN ('raised','triaged','action','referred','closed')),
        triage_due_at timestamptz NOT NULL,
        triaged_at timestamptz,
        outcome varchar(4000),
        outcome_for_raiser varchar(2000),
        closed_at timestamptz,
        ${BASE_COLUMNS},
        UNIQUE (organisation_id, reference),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX concern_open_idx ON concern (organisation_id, triage_due_at) WHERE status <> 'closed'`);
    await q.query(`CREATE INDEX concern_journey_idx ON concern (journey_id, raised_at DESC) WHERE journey_id IS NOT NULL`);
    await q.query(`CREATE INDEX concern_raised_by_idx ON concern (raised_by, raised_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE concern_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        concern_id uuid NOT NULL REFERENCES concern(id),
        from_status varchar(20),
        to_status varchar(20) NOT NULL CHECK (to_status IN ('raised','triaged','action','referred','closed')),
        note varchar(4000),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid REFERENCES user_account(id)
      )`);
    await q.query(`CREATE INDEX concern_event_concern_idx ON concern_event (concern_id, changed_at, id)`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = beside_current_organisation())
          WITH CHECK (organisation_id = beside_current_organisation())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }

    // Her own service user record, for the policies below (definer's rights: service_user has its own policy).
    await q.query(`
      CREATE FUNCTION beside_own_service_user() RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id FROM service_user WHERE account_id = beside_current_user() AND organisation_id = beside_current_organisation()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_own_service_user() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_own_service_user() TO beside_app`);

    // A service user's session reaches her own proposals and the concerns she raised herself, nothing else:
    // a concern raised about her by staff (confidential or not) is never hers to read.
    await q.query(`
      CREATE POLICY change_proposal_her_own ON change_proposal AS RESTRICTIVE
        USING (beside_current_role() IS DISTINCT FROM 'service_user' OR service_user_id = beside_own_service_user())
        WITH CHECK (beside_current_role() IS DISTINCT FROM 'service_user' OR service_user_id = beside_own_service_user())`);
    await q.query(`
      CREATE POLICY concern_raised_by_her ON concern AS RESTRICTIVE
        USING (beside_current_role() IS DISTINCT FROM 'service_user' OR raised_by = beside_current_user())
        WITH CHECK (beside_current_role() IS DISTINCT FROM 'service_user' OR raised_by = beside_current_user())`);
    // A concern about a staff member is never visible to that staff member.
    await q.query(`
      CREATE POLICY concern_not_about_me ON concern AS RESTRICTIVE FOR SELECT
        USING (about_staff_user_id IS DISTINCT FROM beside_current_user())`);
    await q.query(`
      CREATE POLICY concern_event_her_own ON concern_event AS RESTRICTIVE
        USING (beside_current_role() IS DISTINCT FROM 'service_user' OR EXISTS (SELECT 1 FROM concern c WHERE c.id = concern_id))
        WITH CHECK (beside_current_role() IS DISTINCT FROM 'service_user' OR EXISTS (SELECT 1 FROM concern c WHERE c.id = concern_id))`);
    // Staff-only notes never reach her session, whatever the query.
    await q.query(`
      CREATE POLICY note_shared_with_her ON note AS RESTRICTIVE
        USING (beside_current_role() IS DISTINCT FROM 'service_user' OR (visibility = 'shared' AND service_user_id = beside_own_service_user()))
        WITH CHECK (beside_current_role() IS DISTINCT FROM 'service_user' OR (visibility = 'shared' AND service_user_id = beside_own_service_user()))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY note_shared_with_her ON note`);
    for (const t of [...TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION beside_own_service_user()`);
  }
}
