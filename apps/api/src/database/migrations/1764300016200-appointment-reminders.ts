import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointment reminders (issue 16.4). A reminder names the start time it was about
 * (about_starts_at): if the appointment is moved or cancelled before it goes, the worker withdraws
 * it and the next scan queues one for the new time. dedupe_key makes each reminder exist once,
 * whichever instance scans, however often.
 */
export class AppointmentReminders1764300016200 implements MigrationInterface {
  name = 'AppointmentReminders1764300016200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message ADD COLUMN about_starts_at timestamptz, ADD COLUMN dedupe_key varchar(200)`);
    await q.query(`CREATE UNIQUE INDEX outbox_message_dedupe_idx ON outbox_message (dedupe_key) WHERE dedupe_key IS NOT NULL`);
    // The reminder scan has no organisation: this names the organisations with a planned appointment in the window, nothing more.
    await q.query(`
      CREATE FUNCTION beside_organisations_with_upcoming_appointments(p_from timestamptz, p_to timestamptz) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT organisation_id FROM appointment WHERE status = 'planned' AND starts_at > p_from AND starts_at <= p_to
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_upcoming_appointments(timestamptz, timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_upcoming_appointments(timestamptz, timestamptz) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_organisations_with_upcoming_appointments(timestamptz, timestamptz)`);
    await q.query(`DROP INDEX outbox_message_dedupe_idx`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN dedupe_key, DROP COLUMN about_starts_at`);
  }
}
