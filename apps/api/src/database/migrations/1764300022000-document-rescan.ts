import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents kept before a scanner could look at them (`not_scanned`, or `held` where the organisation requires a scan)
 * are scanned by a job once ClamAV is set up. It runs in no organisation: a definer's-rights function says which have
 * such documents. A document the scanner finds harmful is deleted by the service itself (no member of staff), so a
 * deletion needs its time and reason but not always a person.
 */
export class DocumentRescan1764300022000 implements MigrationInterface {
  name = 'DocumentRescan1764300022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX document_unscanned_idx ON document (organisation_id, created_at) WHERE scan <> 'clean' AND deleted_at IS NULL`);
    const [check] = await q.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'document'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%deleted_by IS NULL%'`,
    );
    await q.query(`ALTER TABLE document DROP CONSTRAINT "${check.conname}"`);
    await q.query(`ALTER TABLE document ADD CONSTRAINT document_deletion_check CHECK ((deleted_at IS NULL) = (delete_reason IS NULL) AND (deleted_by IS NULL OR deleted_at IS NOT NULL))`);
    await q.query(`
      CREATE FUNCTION beside_organisations_with_unscanned_documents() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT organisation_id FROM document WHERE scan <> 'clean' AND deleted_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_organisations_with_unscanned_documents() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_organisations_with_unscanned_documents() TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_organisations_with_unscanned_documents()`);
    await q.query(`ALTER TABLE document DROP CONSTRAINT document_deletion_check`);
    await q.query(`ALTER TABLE document ADD CONSTRAINT document_check CHECK ((deleted_at IS NULL) = (deleted_by IS NULL) AND (deleted_at IS NULL) = (delete_reason IS NULL))`);
    await q.query(`DROP INDEX document_unscanned_idx`);
  }
}
