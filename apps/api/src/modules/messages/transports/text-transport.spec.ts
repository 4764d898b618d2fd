import { beforeAllTests } from '../../../testing/before-all-tests';
import { FakeNotify } from '../../../testing/fake-notify';
import { notifyApiKeyProblem, notifyTextTransport } from './text-transport';

describe('text messages through GOV.UK Notify', () => {
  const notify = new FakeNotify();
  const server = beforeAllTests(async () => ({ baseUrl: await notify.start(), close: () => notify.stop() }));

  const transport = () => notifyTextTransport({ apiKey: FakeNotify.API_KEY, templateId: FakeNotify.TEMPLATE_ID, baseUrl: server.baseUrl });

  it('should send the words as the template body with the outbox id as reference, signed with the key', async () => {
    const receipt = await transport().send('outbox-1', '07700900123', 'You have a new message.');
    const [sent] = notify.texts;
    expect(sent).toMatchObject({ phone_number: '07700900123', template_id: FakeNotify.TEMPLATE_ID, reference: 'outbox-1', personalisation: { body: 'You have a new message.' } });
    expect(sent.authorization).toMatch(/^Bearer ey/);
    expect(receipt.providerId).toBe(sent.id);
  });

  it('should find a text by its reference, and say so when there is none', async () => {
    expect(await transport().findSent('outbox-1')).toBe(notify.texts[0].id);
    expect(await transport().findSent('never-sent')).toBeNull();
  });

  it('should fail in words an admin can act on, without the number or the words', async () => {
    notify.failWith = 503;
    try {
      await expect(transport().send('outbox-2', '07700900123', 'Secret words')).rejects.toThrow('The text message provider refused it (503 ServiceUnavailable).');
    } finally {
      notify.failWith = null;
    }
  });

  it('should know a Notify key from something else', () => {
    expect(notifyApiKeyProblem(FakeNotify.API_KEY)).toBeNull();
    expect(notifyApiKeyProblem('not-a-key')).toMatch(/NOTIFY_API_KEY/);
  });
});
