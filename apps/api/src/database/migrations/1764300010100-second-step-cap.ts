import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 6-digit second step has a daily cap per account: wrong codes are counted on the account
 * (a window of 24 hours from the first wrong code, never reset by a successful sign-in); after
 * the cap only a recovery code is accepted until the window ends, and she and the admins are told.
 * Also the notification kinds for this and for a manager's approval of a new manager (issue 14.8).
 */
export class SecondStepCap1764300010100 implements MigrationInterface {
  name = 'SecondStepCap1764300010100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account ADD COLUMN mfa_failures integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE user_account ADD COLUMN mfa_failures_since timestamptz`);
    await setNotificationKinds(q, (kinds) => [...kinds, 'account.second_step_locked', 'account.role_approval']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('account.second_step_locked', 'account.role_approval')`);
    await setNotificationKinds(q, (kinds) => kinds.filter((k) => k !== 'account.second_step_locked' && k !== 'account.role_approval'));
    await q.query(`ALTER TABLE user_account DROP COLUMN mfa_failures_since`);
    await q.query(`ALTER TABLE user_account DROP COLUMN mfa_failures`);
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
