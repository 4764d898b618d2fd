import { beforeAllTests } from '../../../testing/before-all-tests';
import { createServiceUser, createUser } from '../../../testing/fixtures';
import { deliveryTestApp } from '../../../testing/message-delivery';
import { INTERRUPTED_WORDS } from './outbox-delivery.worker';

interface OutboxRow {
  status: string;
  attempts: number;
  failure_reason: string | null;
  provider_id: string | null;
  send_after: Date;
  recipient: string;
}

/** The worker against PostgreSQL and a real SMTP server the test can stop and start. */
describe('delivering messages from the outbox', () => {
  const d = beforeAllTests(() => deliveryTestApp({ MESSAGE_MAX_ATTEMPTS: '3', MAIL_FROM: 'Appointments <no-reply@example.org>' }));

  async function queue(recipient: string, opts: { template?: string; channel?: string; serviceUserId?: string | null; status?: string; lastAttemptAt?: Date | null } = {}): Promise<string> {
    const [row]: { id: string }[] = await d.t.owner.query(
      `INSERT INTO outbox_message (organisation_id, recipient, template, subject, body, channel, service_user_id, status, last_attempt_at)
       VALUES ($1, $2, $3, 'A message', $4, $5, $6, $7, $8) RETURNING id`,
      [d.org, recipient, opts.template ?? 'invitation', `Body for ${recipient}`, opts.channel ?? 'email', opts.serviceUserId ?? null, opts.status ?? 'queued', opts.lastAttemptAt ?? null],
    );
    return row.id;
  }
  const outbox = async (id: string): Promise<OutboxRow> => (await d.t.owner.query(`SELECT * FROM outbox_message WHERE id = $1`, [id]))[0];
  const arrivedFor = (address: string) => d.mail.messages().filter((m) => m.to.includes(address));
  const auditFor = async (id: string): Promise<{ action: string; detail: Record<string, unknown> }[]> =>
    d.t.owner.query(`SELECT action, detail FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`, [id]);

  it('should send a queued message once, mark it sent with the provider id and audit it without its content', async () => {
    const id = await queue('new.advocate@example.org');
    const round = await d.worker.deliverDue();
    expect(round.sent).toBeGreaterThanOrEqual(1);
    const row = await outbox(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, provider_id: `<${id}@example.org>` });
    expect(arrivedFor('new.advocate@example.org')).toHaveLength(1);
    expect(arrivedFor('new.advocate@example.org')[0].from).toContain('no-reply@example.org');
    await d.worker.deliverDue();
    expect(arrivedFor('new.advocate@example.org')).toHaveLength(1);
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual(['message.sent']);
    expect(JSON.stringify(audit)).not.toContain('new.advocate@example.org');
    expect(JSON.stringify(audit)).not.toContain('Body for');
  });

  it("should send as the organisation's own neutral sender name when it has one (issue 17)", async () => {
    await d.t.owner.query(`UPDATE organisation SET settings = settings || '{"messageSender": "Harbour appointments"}'::jsonb WHERE id = $1`, [d.org]);
    try {
      await queue('named.sender@example.org');
      await d.worker.deliverDue();
      expect(arrivedFor('named.sender@example.org')[0].from).toBe('"Harbour appointments" <no-reply@example.org>');
    } finally {
      await d.t.owner.query(`UPDATE organisation SET settings = settings - 'messageSender' WHERE id = $1`, [d.org]);
    }
  });

  it('should send each message once when two passes run at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => queue(`together.${i}@example.org`)));
    await Promise.all([d.worker.deliverDue(), d.worker.deliverDue()]);
    for (const [i, id] of ids.entries()) {
      expect((await outbox(id)).status).toBe('sent');
      expect(arrivedFor(`together.${i}@example.org`)).toHaveLength(1);
    }
  });

  it('should retry with a growing wait while the mail server is down, and deliver once it is back', async () => {
    await d.mail.stop();
    const id = await queue('while.down@example.org');
    const now = new Date();
    const first = await d.worker.deliverDue(now);
    expect(first.retried).toBe(1);
    const afterOne = await outbox(id);
    expect(afterOne).toMatchObject({ status: 'queued', attempts: 1, failure_reason: 'The mail server could not be reached.' });
    expect(afterOne.send_after.getTime()).toBeGreaterThan(now.getTime() + 10_000);
    expect((await d.worker.deliverDue(now)).retried).toBe(0); // not due yet

    await d.mail.start(d.mailPort);
    const later = new Date(now.getTime() + 2 * 60 * 60_000);
    await d.worker.deliverDue(later);
    expect(await outbox(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(arrivedFor('while.down@example.org')).toHaveLength(1);
  });

  it('should mark a message failed after the last attempt, with the reason for admins', async () => {
    await d.mail.stop();
    try {
      const id = await queue('never.arrives@example.org');
      let at = new Date();
      for (let i = 0; i < 3; i++) {
        await d.worker.deliverDue(at);
        at = new Date(at.getTime() + 2 * 60 * 60_000);
      }
      expect(await outbox(id)).toMatchObject({ status: 'failed', attempts: 3, failure_reason: 'The mail server could not be reached.' });
      expect((await auditFor(id)).map((a) => a.action)).toEqual(['message.failed']);
      await d.worker.deliverDue(at);
      expect((await outbox(id)).attempts).toBe(3);
    } finally {
      await d.mail.start(d.mailPort);
    }
  });

  it('should not send again a message an instance stopped in the middle of sending, and say so', async () => {
    const id = await queue('interrupted@example.org', { status: 'sending', lastAttemptAt: new Date(Date.now() - 11 * 60_000) });
    const round = await d.worker.deliverDue();
    expect(round.interrupted).toBe(1);
    expect(await outbox(id)).toMatchObject({ status: 'failed', failure_reason: INTERRUPTED_WORDS });
    expect(arrivedFor('interrupted@example.org')).toHaveLength(0);
  });

  describe('to her', () => {
    async function woman(safeContact: Record<string, unknown>): Promise<string> {
      const account = await createUser(d.t, d.org, 'service_user');
      const id = await createServiceUser(d.t, d.org, { accountId: account.id });
      await d.t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [id, JSON.stringify(safeContact)]);
      return id;
    }
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

    it('should hold a message outside her safe times and send it when they open', async () => {
      const her = await woman({ channels: ['email'], safeWindows: [{ days: everyDay, from: '10:00', until: '11:00' }], messageConsent: { message_alert: ['email'] } });
      const id = await queue('ignored@example.org', { template: 'message_alert', serviceUserId: her });
      // A Monday evening in January, after the message was queued.
      const evening = new Date('2030-01-14T19:00:00Z');
      expect((await d.worker.deliverDue(evening)).held).toBe(1);
      expect(await outbox(id)).toMatchObject({ status: 'queued', attempts: 0, send_after: new Date('2030-01-15T10:00:00Z') });
      await d.worker.deliverDue(new Date('2030-01-15T10:00:00Z'));
      const row = await outbox(id);
      expect(row.status).toBe('sent');
      // Sent to the address on her account now, not the one the message was queued with.
      expect(row.recipient).not.toBe('ignored@example.org');
      expect(arrivedFor(row.recipient)).toHaveLength(1);
    });

    it('should send nothing by a channel she has not marked safe, and keep why for staff', async () => {
      const her = await woman({ channels: ['text'], safeWindows: [{ days: everyDay, from: '00:00', until: '23:59' }], messageConsent: { message_alert: ['email'] } });
      const id = await queue('her@example.org', { template: 'message_alert', serviceUserId: her });
      expect((await d.worker.deliverDue()).notSent).toBe(1);
      expect(await outbox(id)).toMatchObject({ status: 'withdrawn', failure_reason: 'She has not marked this way of contacting her as safe.', attempts: 0 });
      expect((await auditFor(id)).map((a) => a.detail['why'])).toEqual(['channel_not_safe']);
    });

    it('should send nothing when her safe times are not set', async () => {
      const her = await woman({ channels: ['email'], safeTimes: 'Weekdays after 10', messageConsent: { message_alert: ['email'] } });
      const id = await queue('her@example.org', { template: 'message_alert', serviceUserId: her });
      await d.worker.deliverDue();
      expect(await outbox(id)).toMatchObject({ status: 'withdrawn', failure_reason: 'Her safe times are not set, so nothing is sent to her.' });
    });
  });
});
