import { beforeAllTests } from '../../../testing/before-all-tests';
import { DevelopmentInbox } from './development-inbox';
import { smtpTransport, smtpUrlProblem } from './email-transport';

describe('email over SMTP', () => {
  const inbox = new DevelopmentInbox();
  const server = beforeAllTests(async () => ({ port: await inbox.start(), close: () => inbox.stop() }));

  it('should deliver a message to a real SMTP server with its Message-ID made from the outbox id', async () => {
    const transport = smtpTransport(`smtp://127.0.0.1:${server.port}`);
    try {
      await transport.verify();
      const receipt = await transport.send({
        outboxId: '8f14e45f-ceea-4e7a-9c2b-1d5a0f3b6c11',
        from: 'Appointments <no-reply@messages.example.org>',
        to: 'rosa@example.org',
        subject: 'A reminder',
        text: 'You have an appointment tomorrow at 10:00.\n',
      });
      const [arrived] = inbox.messages();
      expect(receipt.providerId).toBe('<8f14e45f-ceea-4e7a-9c2b-1d5a0f3b6c11@messages.example.org>');
      expect(arrived).toMatchObject({
        messageId: '<8f14e45f-ceea-4e7a-9c2b-1d5a0f3b6c11@messages.example.org>',
        to: ['rosa@example.org'],
        subject: 'A reminder',
        from: '"Appointments" <no-reply@messages.example.org>',
      });
      expect(arrived.text).toContain('appointment tomorrow at 10:00');
    } finally {
      transport.close();
    }
  });

  it('should fail to send, not hang, when the server is not there', async () => {
    const other = new DevelopmentInbox();
    const closedPort = await other.start();
    await other.stop();
    const transport = smtpTransport(`smtp://127.0.0.1:${closedPort}`);
    await expect(
      transport.send({ outboxId: 'x', from: 'a@example.org', to: 'b@example.org', subject: 's', text: 't' }),
    ).rejects.toThrow();
    transport.close();
  });

  it('should accept smtp:// and smtps:// URLs and name what is wrong with others', () => {
    expect(smtpUrlProblem('smtps://user:secret@smtp.example.org:465')).toBeNull();
    expect(smtpUrlProblem('smtp://smtp.example.org')).toBeNull();
    expect(smtpUrlProblem('http://smtp.example.org')).toMatch(/smtp:\/\/ or smtps:\/\//);
    expect(smtpUrlProblem('not a url')).toMatch(/must be a URL/);
  });
});
