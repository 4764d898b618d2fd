import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { channelFor, decideForHer, type DeliveryChannel, type HerContactRules, type MessagePurpose, NOT_SENT_WORDS } from '../delivery/delivery-rules';
import { findHerContactRules } from '../delivery/outbox-delivery.repository';
import { MessageTransports } from '../transports/message-transports';
import { insertOutboxMessage } from './outbox.repository';

export interface MessageToHer {
  serviceUserId: string;
  purpose: MessagePurpose;
  /** Neutral words only: no service name, no appointment purpose. */
  subject: string;
  body: string;
  appointmentId?: string | null;
  sendAfter?: Date | null;
  aboutStartsAt?: Date | null;
  dedupeKey?: string | null;
  /** An address staff entered for her (an invitation before she has an account). */
  email?: string | null;
}

export interface QueuedForHer {
  outboxId: string | null;
  /** Why nothing was queued, in words for staff; null when it was (or it was queued already). */
  problem: string | null;
}

const TEXT_NOT_SET_UP = 'Text messages are not set up here, and she has not marked email as a safe way to contact her.';

/** Why a message for this purpose cannot reach her by the channels this deployment has, or null when one can. */
export function reachProblem(rules: HerContactRules, purpose: MessagePurpose, available: readonly DeliveryChannel[]): string | null {
  const safe = rules.safeChannels.filter((c): c is DeliveryChannel => c === 'email' || c === 'text');
  if (!safe.length) return 'She has not marked email or text as a safe way to contact her.';
  const usable = safe.filter((c) => available.includes(c));
  if (!usable.length) return TEXT_NOT_SET_UP;
  const limited = { ...rules, safeChannels: usable };
  if (channelFor(limited, purpose)) return null;
  const decision = decideForHer(limited, purpose, usable[0], new Date());
  return decision.kind === 'not_sent' ? NOT_SENT_WORDS[decision.reason] : null;
}

/**
 * Messages to her, queued by the first channel her rules allow for their purpose among those this
 * deployment can send by. Nothing is queued when none does, and the caller learns why. The worker
 * checks her rules again when it sends.
 */
@Injectable()
export class HerMessages {
  constructor(private readonly transports: MessageTransports) {}

  async queue(em: EntityManager, message: MessageToHer): Promise<QueuedForHer> {
    const rules = await findHerContactRules(em, message.serviceUserId, message.email ?? null);
    if (!rules) return { outboxId: null, problem: NOT_SENT_WORDS.no_address };
    const available = this.transports.availableChannels();
    const problem = reachProblem(rules, message.purpose, available);
    const channel = problem ? null : channelFor({ ...rules, safeChannels: rules.safeChannels.filter((c) => available.some((a) => a === c)) }, message.purpose);
    if (!channel) return { outboxId: null, problem: problem ?? NOT_SENT_WORDS.no_address };
    const recipient = (channel === 'email' ? rules.email : rules.textNumber) ?? '';
    const outboxId = await insertOutboxMessage(em, { ...message, channel, recipient });
    return { outboxId, problem: null };
  }

  /** Why she cannot be reached for this purpose now, for staff on her journey; null when she can. */
  async reachProblem(em: EntityManager, serviceUserId: string, purpose: MessagePurpose): Promise<string | null> {
    const rules = await findHerContactRules(em, serviceUserId, null);
    return rules ? reachProblem(rules, purpose, this.transports.availableChannels()) : NOT_SENT_WORDS.no_address;
  }
}
