import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safeguarding: the concerns register's actions and referral, in-app notifications, and the
 * record of background job runs (one row per job per time slot, so that with several API
 * instances each slot runs exactly once).
 */
export class Safeguarding1764300006000 implements MigrationInterface {
  name = 'Safeguarding1764300006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE concern ADD COLUMN referred_to varchar(500)`);
    // Set once by the deadline job when managers were told a concern passed its triage deadline.
    await q.query(`ALTER TABLE concern ADD COLUMN overdue_notified_at timestamptz`);
    // "Not about me" compared NULL with NULL when no one is signed in (the deadline job) and hid
    // every concern from it; a concern about nobody is never about the person asking.
    await q.query(`DROP POLICY concern_not_about_me ON concern`);
    await q.query(`
      CREATE POLICY concern_not_about_me ON concern AS RESTRICTIVE FOR SELECT
        USING (about_staff_user_id IS NULL OR about_staff_user_id IS DISTINCT FROM beside_current_user())`);
    await q.query(`CREATE INDEX concern_register_idx ON concern (organisation_id, raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX concern_about_staff_idx ON concern (about_staff_user_id) WHERE about_staff_user_id IS NOT NULL`);

    // When a goal was achieved, whoever set it (advocate, her own edit, an accepted proposal): for the dashboard.
    await q.query(`ALTER TABLE goal ADD COLUMN achieved_at timestamptz`);
    await q.query(`UPDATE goal SET achieved_at = updated_at WHERE status = 'achieved'`);
    await q.query(`
      CREATE FUNCTION beside_goal_achieved_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'achieved' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'achieved') THEN
          NEW.achieved_at := now();
        ELSIF NEW.status <> 'achieved' THEN
          NEW.achieved_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER goal_achieved_at BEFORE INSERT OR UPDATE OF status ON goal FOR EACH ROW EXECUTE FUNCTION beside_goal_achieved_at()`);
    await q.query(`CREATE INDEX goal_achieved_idx ON goal (organisation_id, achieved_at) WHERE achieved_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE concern_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        concern_id uuid NOT NULL REFERENCES concern(id),
        description varchar(2000) NOT NULL,
        owner_id uuid NOT NULL REFERENCES user_account(id),
        due_on date NOT NULL,
        done_at timestamptz,
        done_by uuid REFERENCES user_account(id),
        done_note varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES user_account(id),
        CHECK ((done_at IS NULL) = (done_by IS NULL))
      )`);
    await q.query(`CREATE INDEX concern_action_concern_idx ON concern_action (concern_id, created_at, id)`);
    await q.query(`CREATE INDEX concern_action_open_idx ON concern_action (owner_id, due_on) WHERE done_at IS NULL`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        recipient_id uuid NOT NULL REFERENCES user_account(id),
        kind varchar(40) NOT NULL CHECK (kind IN ('concern.raised','concern.overdue','journey.reassigned')),
        text varchar(300) NOT NULL,
        link varchar(300) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL`);

    for (const table of ['concern_action', 'notification']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = beside_current_organisation())
          WITH CHECK (organisation_id = beside_current_organisation())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
    // Anyone may notify a colleague; only the recipient reads or marks her own notifications.
    await q.query(`CREATE POLICY notification_read_own ON notification AS RESTRICTIVE FOR SELECT USING (recipient_id = beside_current_user())`);
    await q.query(`
      CREATE POLICY notification_update_own ON notification AS RESTRICTIVE FOR UPDATE
        USING (recipient_id = beside_current_user()) WITH CHECK (recipient_id = beside_current_user())`);
    // Her session never reaches the actions on a concern (staff work), whatever the query.
    await q.query(`CREATE POLICY concern_action_staff_only ON concern_action AS RESTRICTIVE USING (beside_current_role() IS DISTINCT FROM 'service_user')`);

    await q.query(`
      CREATE TABLE job_run (
        job_name varchar(60) NOT NULL,
        slot bigint NOT NULL,
        instance_id varchar(80) NOT NULL,
        started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        finished_at timestamptz,
        outcome varchar(20) CHECK (outcome IN ('done','failed')),
        detail jsonb,
        PRIMARY KEY (job_name, slot)
      )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON job_run TO beside_app`);

    // The deadline job works organisation by organisation; this tells it which have concerns
    // past their triage deadline that managers have not yet been told about (definer's rights:
    // concern is behind the organisation policy).
    await q.query(`
      CREATE FUNCTION beside_organisations_with_overdue_concerns(at timestamptz) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT organisation_id FROM concern
        WHERE status = 'raised' AND triage_due_at <= at AND overdue_notified_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_overdue_concerns(timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_overdue_concerns(timestamptz) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_organisations_with_overdue_concerns(timestamptz)`);
    for (const t of ['job_run', 'notification', 'concern_action']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP TRIGGER goal_achieved_at ON goal`);
    await q.query(`DROP FUNCTION beside_goal_achieved_at()`);
    await q.query(`ALTER TABLE goal DROP COLUMN achieved_at`);
    await q.query(`DROP INDEX concern_about_staff_idx`);
    await q.query(`DROP INDEX concern_register_idx`);
    await q.query(`ALTER TABLE concern DROP COLUMN overdue_notified_at, DROP COLUMN referred_to`);
  }
}
