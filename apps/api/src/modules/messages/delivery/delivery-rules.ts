import type { SafeTimeWindow } from '@beside/shared/contracts';
import { isWithinSafeTimes, nextSafeTime } from '@beside/shared/util';

/** What a message is for: she consents (or not) to each purpose separately, per channel. */
export type MessagePurpose = 'invitation' | 'password_reset' | 'reminder' | 'message_alert' | 'staff_alert' | 'security_alert';
export type DeliveryChannel = 'email' | 'text';

/** What the rules need to know about her at the moment of sending. */
export interface HerContactRules {
  /** The channels she marked safe (phone and post are never used for automatic messages). */
  safeChannels: readonly string[];
  safeWindows: readonly SafeTimeWindow[];
  /** Per purpose, the channels she agreed to be contacted by for it. */
  consent: Partial<Record<MessagePurpose, readonly DeliveryChannel[]>>;
  email: string | null;
  textNumber: string | null;
}

export type NotSentReason = 'channel_not_safe' | 'no_consent' | 'no_safe_times' | 'no_address' | 'appointment_changed' | 'too_late';

export type DeliveryDecision =
  | { kind: 'send'; recipient: string }
  | { kind: 'hold'; until: Date }
  | { kind: 'not_sent'; reason: NotSentReason };

/** Why nothing was sent, in words staff see on her journey (never the message itself). */
export const NOT_SENT_WORDS: Record<NotSentReason, string> = {
  channel_not_safe: 'She has not marked this way of contacting her as safe.',
  no_consent: 'She has not agreed to messages of this kind this way.',
  no_safe_times: 'Her safe times are not set, so nothing is sent to her.',
  no_address: 'There is no address or number to send it to.',
  appointment_changed: 'The appointment was moved or cancelled before the reminder went.',
  too_late: 'Her next safe time came after the appointment had begun.',
};

/**
 * Whether a message to her may go now, by this channel: only by a channel she marked safe, only
 * for a purpose she agreed to on that channel, only inside her safe times (held until the next
 * one otherwise). A password reset she asked for herself is the one exception to consent and safe
 * times: she is at her device now, and a link held for hours would have expired.
 */
export function decideForHer(rules: HerContactRules, purpose: MessagePurpose, channel: DeliveryChannel, now: Date): DeliveryDecision {
  if (!rules.safeChannels.includes(channel)) return { kind: 'not_sent', reason: 'channel_not_safe' };
  const recipient = channel === 'email' ? rules.email : rules.textNumber;
  if (!recipient) return { kind: 'not_sent', reason: 'no_address' };
  if (purpose === 'password_reset') return { kind: 'send', recipient };
  if (!(rules.consent[purpose] ?? []).includes(channel)) return { kind: 'not_sent', reason: 'no_consent' };
  if (!rules.safeWindows.length) return { kind: 'not_sent', reason: 'no_safe_times' };
  if (isWithinSafeTimes([...rules.safeWindows], now)) return { kind: 'send', recipient };
  const until = nextSafeTime([...rules.safeWindows], now);
  return until ? { kind: 'hold', until } : { kind: 'not_sent', reason: 'no_safe_times' };
}

/** The first channel, in her order of safe channels, by which a message for this purpose may reach her. */
export function channelFor(rules: HerContactRules, purpose: MessagePurpose): DeliveryChannel | null {
  for (const channel of rules.safeChannels) {
    if (channel !== 'email' && channel !== 'text') continue;
    const decision = decideForHer(rules, purpose, channel, new Date(0));
    if (decision.kind !== 'not_sent') return channel;
  }
  return null;
}

/**
 * How long to wait before the next attempt after `attempts` failures: exponential from the base
 * (30 seconds), capped at an hour, with jitter so instances that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random, baseMs = 30_000): number {
  const ceiling = Math.min(60 * 60_000, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
