import { createTestApp, TestApp } from '../../../testing/test-app';
import { createOrganisation, createServiceUser } from '../../../testing/fixtures';
import { FakeNotify } from '../../../testing/fake-notify';
import { OutboxDeliveryWorker } from './outbox-delivery.worker';
import { ALWAYS_SAFE as ALWAYS } from '../../../testing/message-delivery';


/** Texts through a stand-in for GOV.UK Notify: sent once, and an interrupted send checked by its reference. */
describe('delivering text messages', () => {
  const notify = new FakeNotify();
  let t: TestApp;
  let worker: OutboxDeliveryWorker;
  let org: string;
  let her: string;

  beforeAll(async () => {
    const baseUrl = await notify.start();
    t = await createTestApp({
      MESSAGE_DELIVERY_ENABLED: 'true',
      MESSAGE_DELIVERY_INTERVAL_SECONDS: '600',
      NOTIFY_API_KEY: FakeNotify.API_KEY,
      NOTIFY_SMS_TEMPLATE_ID: FakeNotify.TEMPLATE_ID,
      NOTIFY_BASE_URL: baseUrl,
    });
    worker = t.app.get(OutboxDeliveryWorker);
    org = await createOrganisation(t);
    her = await createServiceUser(t, org);
    await t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [
      her,
      JSON.stringify({ channels: ['text'], textNumber: '07700900456', safeWindows: ALWAYS, messageConsent: { message_alert: ['text'] } }),
    ]);
  });
  afterAll(async () => {
    await t.close();
    await notify.stop();
  });

  async function queueText(fields: { status?: string; lastAttemptAt?: Date } = {}): Promise<string> {
    const [row]: { id: string }[] = await t.owner.query(
      `INSERT INTO outbox_message (organisation_id, recipient, template, channel, subject, body, service_user_id, status, attempts, last_attempt_at)
       VALUES ($1, '07700900456', 'message_alert', 'text', '', 'You have a new message.', $2, $3, $4, $5) RETURNING id`,
      [org, her, fields.status ?? 'queued', fields.status === 'sending' ? 1 : 0, fields.lastAttemptAt ?? null],
    );
    return row.id;
  }
  const row = async (id: string) => (await t.owner.query(`SELECT status, provider_id, attempts FROM outbox_message WHERE id = $1`, [id]))[0];
  const textsWith = (id: string) => notify.texts.filter((x) => x.reference === id);

  it('should send a text to her safe number with the outbox id as its reference', async () => {
    const id = await queueText();
    await worker.deliverDue();
    expect(textsWith(id)).toHaveLength(1);
    expect(textsWith(id)[0]).toMatchObject({ phone_number: '07700900456', personalisation: { body: 'You have a new message.' } });
    expect(await row(id)).toMatchObject({ status: 'sent', provider_id: textsWith(id)[0].id });
  });

  it('should mark an interrupted text sent when the provider has it, without sending it again', async () => {
    const id = await queueText({ status: 'sending', lastAttemptAt: new Date(Date.now() - 11 * 60_000) });
    notify.texts.push({ id: 'notify-123', phone_number: '07700900456', template_id: FakeNotify.TEMPLATE_ID, reference: id, personalisation: {}, authorization: '' });
    await worker.deliverDue();
    expect(await row(id)).toMatchObject({ status: 'sent', provider_id: 'notify-123' });
    expect(textsWith(id)).toHaveLength(1);
  });

  it('should send once an interrupted text the provider never had', async () => {
    const id = await queueText({ status: 'sending', lastAttemptAt: new Date(Date.now() - 11 * 60_000) });
    await worker.deliverDue();
    await worker.deliverDue();
    expect(textsWith(id)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('should retry while the provider is down and send once it is back', async () => {
    notify.failWith = 503;
    const id = await queueText();
    const now = new Date();
    await worker.deliverDue(now);
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 1 });
    notify.failWith = null;
    await worker.deliverDue(new Date(now.getTime() + 2 * 3_600_000));
    expect(textsWith(id)).toHaveLength(1);
    expect((await row(id)).status).toBe('sent');
  });
});
