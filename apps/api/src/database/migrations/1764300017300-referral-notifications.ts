import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeNotificationKinds } from './notification-kinds';

/** Referrals between members tell people (issue 17): the receiving managers that one waits; the sender that it was answered. */
export class ReferralNotifications1764300017300 implements MigrationInterface {
  name = 'ReferralNotifications1764300017300';

  async up(q: QueryRunner): Promise<void> {
    await changeNotificationKinds(q, (kinds) => [...kinds, 'referral.received', 'referral.answered']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('referral.received', 'referral.answered')`);
    await changeNotificationKinds(q, (kinds) => kinds.filter((k) => !k.startsWith('referral.')));
  }
}
