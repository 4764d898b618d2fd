import { NotifyClient } from 'notifications-node-client';
import type { SentReceipt } from './email-transport';

export { notifyApiKeyProblem } from './notify-key';

/** Text messages out of Beside. */
export interface TextTransport {
  send(outboxId: string, to: string, text: string): Promise<SentReceipt>;
  /** The provider's id of a text sent with this outbox id as its reference, or null: how an interrupted send is checked. */
  findSent(outboxId: string): Promise<string | null>;
}

export interface NotifySettings {
  apiKey: string;
  templateId: string;
  baseUrl?: string;
  senderId?: string;
}

/** A failure from the provider in words for an admin: its status and error type, never the number or the words. */
export class TextProviderFailure extends Error {
  override readonly name = 'TextProviderFailure';
}

/**
 * Texts through GOV.UK Notify (notifications-node-client): the message goes as the personalisation
 * of one template whose whole content is ((body)), with the outbox id as its reference, so a send
 * interrupted before it was recorded can be looked up instead of sent twice.
 */
export function notifyTextTransport(settings: NotifySettings): TextTransport {
  const client = settings.baseUrl ? new NotifyClient(settings.baseUrl, settings.apiKey) : new NotifyClient(settings.apiKey);
  return {
    async send(outboxId, to, text) {
      try {
        const response = await client.sendSms(settings.templateId, to, {
          personalisation: { body: text },
          reference: outboxId,
          ...(settings.senderId ? { smsSenderId: settings.senderId } : {}),
        });
        return { providerId: response.data.id };
      } catch (error) {
        throw providerFailure(error);
      }
    },
    async findSent(outboxId) {
      try {
        const response = await client.getNotifications('sms', undefined, outboxId);
        return response.data.notifications.find((n) => n.reference === outboxId)?.id ?? null;
      } catch (error) {
        throw providerFailure(error);
      }
    },
  };
}

function providerFailure(error: unknown): Error {
  const e = error as { response?: { status?: number; data?: { errors?: { error?: string }[] } }; code?: string };
  if (e?.response?.status) {
    const kind = e.response.data?.errors?.[0]?.error;
    return new TextProviderFailure(`The text message provider refused it (${e.response.status}${kind ? ` ${kind}` : ''}).`);
  }
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === 'ECONNRESET') return new TextProviderFailure('The text message provider could not be reached.');
  return new TextProviderFailure('Sending the text failed for a reason the provider did not give.');
}
