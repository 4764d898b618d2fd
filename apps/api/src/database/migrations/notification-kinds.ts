import type { QueryRunner } from 'typeorm';

/** Changes the notification kinds as they stand (other migrations may have added their own), rather than restating them. */
export async function changeNotificationKinds(q: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
  const [row]: { def: string }[] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'notification'::regclass AND conname = 'notification_kind_check'`,
  );
  const current = row ? [...row.def.matchAll(/'([a-z_.]+)'/g)].map((m) => m[1]) : ['concern.raised', 'concern.overdue', 'journey.reassigned'];
  const kinds = [...new Set(change(current))];
  if (row) await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
  await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`);
}
