import type { SafeTimeWindow } from '@beside/shared/contracts';
import { DevelopmentInbox, OutboxDeliveryWorker } from '../modules/messages';
import { createOrganisation } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

/** Every day, all day: for tests whose point is not her safe times. */
export const ALWAYS_SAFE: SafeTimeWindow[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], from: '00:00', until: '12:00' },
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], from: '12:00', until: '00:00' },
];

/** An API that delivers messages (the worker driven by the test, never by its timer) to a real SMTP server the test can stop and start. */
export interface DeliveryTestApp {
  t: TestApp;
  mail: DevelopmentInbox;
  mailPort: number;
  worker: OutboxDeliveryWorker;
  org: string;
  close(): Promise<void>;
}

export async function deliveryTestApp(overrides: Record<string, string> = {}): Promise<DeliveryTestApp> {
  const mail = new DevelopmentInbox();
  const mailPort = await mail.start();
  const t = await createTestApp({ MESSAGE_DELIVERY_ENABLED: 'true', MESSAGE_DELIVERY_INTERVAL_SECONDS: '600', SMTP_URL: `smtp://127.0.0.1:${mailPort}`, ...overrides });
  return {
    t,
    mail,
    mailPort,
    worker: t.app.get(OutboxDeliveryWorker),
    org: await createOrganisation(t),
    close: async () => {
      await t.close();
      await mail.stop();
    },
  };
}

/** What arrived at the test's SMTP server for this address. */
export function arrivedFor(mail: DevelopmentInbox, address: string) {
  return mail.messages().filter((m) => m.to.includes(address));
}
