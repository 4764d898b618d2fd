import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which of some ids are concerns of the current organisation, whoever may see them. Row-level
 * security hides a concern about the person asking as if it did not exist; the audit trail
 * must still know that an event names such a concern, to hide the event from her (see
 * modules/audit/audit-visibility.ts), and a 404 for it must have the same shape as for any
 * other concern out of her reach (concerns.service.ts requireVisible). It says nothing more
 * than "is a concern here": what each caller may see is decided by the concerns' own rule.
 */
export class ConcernsAmong1764300011000 implements MigrationInterface {
  name = 'ConcernsAmong1764300011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION beside_concerns_among(p_ids uuid[]) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id FROM concern WHERE id = ANY(p_ids) AND organisation_id = beside_current_organisation()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_concerns_among(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_concerns_among(uuid[]) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_concerns_among(uuid[])`);
  }
}
