import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An appointment lasts at most 24 hours (the API says so first, with a clear message). The
 * double-booking check relies on it to read only a day's range of the appointment time index
 * instead of every accompaniment an advocate ever had. NOT VALID: rows from before are not
 * re-checked, new and changed rows are.
 */
export class AppointmentLength1764300009000 implements MigrationInterface {
  name = 'AppointmentLength1764300009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment ADD CONSTRAINT appointment_at_most_a_day CHECK (ends_at <= starts_at + interval '24 hours') NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment DROP CONSTRAINT appointment_at_most_a_day`);
  }
}
