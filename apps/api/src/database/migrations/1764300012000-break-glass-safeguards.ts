import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Break-the-glass with safeguards: every grant says what kind of reason it has (and only some
 * kinds let her change the journey, not just read it), the reason is more than blank space,
 * grants per person per day are counted through an index, and managers get an in-app
 * notification of each one (a new notification kind).
 */
export class BreakGlassSafeguards1764300012000 implements MigrationInterface {
  name = 'BreakGlassSafeguards1764300012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE break_glass_access
        ADD COLUMN reason_category varchar(30) NOT NULL DEFAULT 'other'
          CHECK (reason_category IN ('immediate_risk', 'covering_absence', 'her_request', 'other')),
        ADD COLUMN allows_write boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE break_glass_access ALTER COLUMN reason_category DROP DEFAULT`);
    // Grants from before keep their reason as written; new ones must say something.
    await q.query(`ALTER TABLE break_glass_access ADD CONSTRAINT break_glass_reason_not_blank CHECK (char_length(btrim(reason)) >= 10) NOT VALID`);
    await q.query(`CREATE INDEX break_glass_user_granted_idx ON break_glass_access (user_id, granted_at DESC)`);
    await setNotificationKinds(q, (kinds) => [...kinds, 'journey.break_glass']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'journey.break_glass'`);
    await setNotificationKinds(q, (kinds) => kinds.filter((k) => k !== 'journey.break_glass'));
    await q.query(`DROP INDEX break_glass_user_granted_idx`);
    await q.query(`ALTER TABLE break_glass_access DROP CONSTRAINT break_glass_reason_not_blank`);
    await q.query(`ALTER TABLE break_glass_access DROP COLUMN allows_write, DROP COLUMN reason_category`);
  }
}

/** Extends the notification kinds as they stand (other migrations may have added their own), rather than restating them. */
async function setNotificationKinds(q: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
  const [row]: { def: string }[] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'notification'::regclass AND conname = 'notification_kind_check'`,
  );
  const current = row ? [...row.def.matchAll(/'([a-z_.]+)'/g)].map((m) => m[1]) : ['concern.raised', 'concern.overdue', 'journey.reassigned'];
  const kinds = [...new Set(change(current))];
  if (row) await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
  await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`);
}
