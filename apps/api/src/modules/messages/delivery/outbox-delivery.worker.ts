import type { EntityManager } from 'typeorm';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { Environment } from '../../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter, type AuditEntry } from '../../audit';
import { AppointmentReminders } from '../reminders/appointment-reminders';
import { DeliveryFailure, MessageTransports } from '../transports/message-transports';
import { TextProviderFailure } from '../transports/text-transport';
import { decideForHer, NOT_SENT_WORDS, retryDelayMs } from './delivery-rules';
import {
  ClaimedMessage,
  findHerContactRules,
  holdUntil,
  isAppointmentStillAt,
  lockDueMessages,
  lockInterruptedSends,
  markFailed,
  markSending,
  markSent,
  organisationsWithMessagesDue,
  requeueInterrupted,
  scheduleRetry,
  withdraw,
} from './outbox-delivery.repository';

const SYSTEM_ORIGIN = { requestId: 'job:message-delivery', ip: null, userAgent: null };
/** A send still marked "sending" this long after it started was interrupted (the instance stopped). */
export const INTERRUPTED_AFTER_MS = 10 * 60_000;
const BATCH = 50;
const REMINDER_SCAN_MS = 60_000;
const SENDING_AT_ONCE = 4;
export const INTERRUPTED_WORDS = 'Interrupted while sending: it may have been delivered. Check with her before sending it again.';

/** What one pass did, for tests and the job's log line. */
export interface DeliveryRound {
  sent: number;
  retried: number;
  failed: number;
  held: number;
  notSent: number;
  interrupted: number;
}

/**
 * Takes messages from the outbox and sends them, on every API instance at once: each message is
 * locked by one instance (FOR UPDATE SKIP LOCKED) and marked "sending" with its attempt counted
 * before it leaves, so a crash between sending and marking is seen (and shown to admins) instead of
 * sent again. Messages to her pass her rules again at the moment of sending.
 */
@Injectable()
export class OutboxDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxDelivery');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly env: Environment,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly audit: AuditWriter,
    private readonly transports: MessageTransports,
    private readonly reminders: AppointmentReminders,
  ) {}

  private lastReminderScan = 0;

  onApplicationBootstrap(): void {
    if (!this.env.MESSAGE_DELIVERY_ENABLED) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().catch((e: Error) => this.logger.warn({ err: e.message }, 'message delivery pass failed; the next one tries again')).finally(() => (this.running = null));
    }, this.env.MESSAGE_DELIVERY_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass: reminders due to be queued (at most once a minute), then every message due. */
  async tick(now = this.clock.now()): Promise<DeliveryRound> {
    if (now.getTime() - this.lastReminderScan >= REMINDER_SCAN_MS) {
      this.lastReminderScan = now.getTime();
      await this.reminders.scan(now);
    }
    return this.deliverDue(now);
  }

  async deliverDue(now = this.clock.now()): Promise<DeliveryRound> {
    const round: DeliveryRound = { sent: 0, retried: 0, failed: 0, held: 0, notSent: 0, interrupted: 0 };
    const stuckBefore = new Date(now.getTime() - INTERRUPTED_AFTER_MS);
    const organisations = await this.uow.run(NO_CONTEXT, (em) => organisationsWithMessagesDue(em, now, stuckBefore));
    for (const organisationId of organisations) {
      const context = { organisationId, userId: null, role: null };
      round.interrupted += await this.uow.run(context, (em) => this.settleInterrupted(em, organisationId, stuckBefore));
      const ready = await this.uow.run(context, (em) => this.takeDue(em, organisationId, now, round));
      // A few at a time: the transport keeps that many connections open.
      for (let i = 0; i < ready.length; i += SENDING_AT_ONCE) {
        await Promise.all(ready.slice(i, i + SENDING_AT_ONCE).map((message) => this.sendOne(message, now, round)));
      }
    }
    return round;
  }

  /** Locks the due messages, applies her rules, and marks the ones that go as "sending". */
  private async takeDue(em: EntityManager, organisationId: string, now: Date, round: DeliveryRound): Promise<ClaimedMessage[]> {
    const ready: ClaimedMessage[] = [];
    const notSent: { id: string; action: string; detail: Record<string, unknown> }[] = [];
    for (const message of await lockDueMessages(em, now, BATCH)) {
      let recipient = message.recipient;
      const stale = await this.reminderProblem(em, message, now);
      if (stale) {
        await withdraw(em, message.id, NOT_SENT_WORDS[stale]);
        notSent.push({ id: message.id, action: 'message.not_sent', detail: { purpose: message.purpose, channel: message.channel, why: stale } });
        round.notSent++;
        continue;
      }
      if (message.serviceUserId) {
        const rules = await findHerContactRules(em, message.serviceUserId, message.recipient);
        const decision = rules ? decideForHer(rules, message.purpose, message.channel, now) : ({ kind: 'not_sent', reason: 'no_address' } as const);
        if (decision.kind === 'hold') {
          await holdUntil(em, message.id, decision.until);
          round.held++;
          continue;
        }
        if (decision.kind === 'not_sent') {
          await withdraw(em, message.id, NOT_SENT_WORDS[decision.reason]);
          notSent.push({ id: message.id, action: 'message.not_sent', detail: { purpose: message.purpose, channel: message.channel, why: decision.reason } });
          round.notSent++;
          continue;
        }
        recipient = decision.recipient;
      }
      await markSending(em, message.id, recipient, now);
      ready.push({ ...message, recipient });
    }
    await this.record(em, organisationId, notSent);
    return ready;
  }

  /**
   * Sends an instance left half done: where the provider can say (a text's reference), marked sent or
   * queued again as it says; where it cannot (SMTP), failed for an admin to check with the person.
   */
  private async settleInterrupted(em: EntityManager, organisationId: string, stuckBefore: Date): Promise<number> {
    const interrupted = await lockInterruptedSends(em, stuckBefore);
    const events: { id: string; action: string; detail: Record<string, unknown> }[] = [];
    for (const message of interrupted) {
      let providerId: string | null | undefined;
      try {
        providerId = await this.transports.findSent(message.channel, message.id);
      } catch {
        continue; // the provider cannot answer now: the next pass asks again
      }
      if (providerId) {
        await markSent(em, message.id, providerId, this.clock.now());
        events.push({ id: message.id, action: 'message.sent', detail: { purpose: message.purpose, channel: message.channel, recovered: true } });
      } else if (providerId === null) {
        await requeueInterrupted(em, message.id);
      } else {
        await markFailed(em, message.id, INTERRUPTED_WORDS);
        events.push({ id: message.id, action: 'message.failed', detail: { purpose: message.purpose, channel: message.channel, why: 'interrupted' } });
      }
    }
    await this.record(em, organisationId, events);
    return interrupted.length;
  }

  /** What the message says as it leaves: a staff alert is stored as its in-app link, and gets the words and Beside's address here. */
  private words(message: ClaimedMessage): string {
    if (message.purpose !== 'staff_alert') return message.body;
    return `There is something new for you in Beside.\n\nOpen it: ${this.env.PUBLIC_URL}${message.body.startsWith('/') ? message.body : '/'}\n`;
  }

  /** A reminder whose appointment moved, was cancelled, or has begun is not sent. */
  private async reminderProblem(em: EntityManager, message: ClaimedMessage, now: Date): Promise<'appointment_changed' | 'too_late' | null> {
    if (!message.appointmentId || !message.aboutStartsAt) return null;
    if (!(await isAppointmentStillAt(em, message.appointmentId, message.aboutStartsAt))) return 'appointment_changed';
    return new Date(message.aboutStartsAt) <= now ? 'too_late' : null;
  }

  private async sendOne(message: ClaimedMessage, now: Date, round: DeliveryRound): Promise<void> {
    const context = { organisationId: message.organisationId, userId: null, role: null };
    const attempts = message.attempts + 1;
    try {
      const receipt = await this.transports.send({
        outboxId: message.id,
        channel: message.channel,
        to: message.recipient,
        subject: message.subject,
        text: this.words(message),
        senderName: message.senderName,
      });
      await this.uow.run(context, async (em) => {
        await markSent(em, message.id, receipt.providerId, this.clock.now());
        await this.record(em, message.organisationId, [{ id: message.id, action: 'message.sent', detail: { purpose: message.purpose, channel: message.channel, attempts } }]);
      });
      round.sent++;
    } catch (error) {
      const reason = failureWords(error);
      // Never the recipient or the content: the outbox row's id and the reason only.
      this.logger.warn({ outboxMessageId: message.id, attempts, reason }, 'message not delivered');
      await this.uow.run(context, async (em) => {
        if (attempts >= this.env.MESSAGE_MAX_ATTEMPTS) {
          await markFailed(em, message.id, reason);
          await this.record(em, message.organisationId, [{ id: message.id, action: 'message.failed', detail: { purpose: message.purpose, channel: message.channel, attempts } }]);
          round.failed++;
        } else {
          await scheduleRetry(em, message.id, new Date(now.getTime() + retryDelayMs(attempts, Math.random, this.env.MESSAGE_RETRY_BASE_SECONDS * 1000)), reason);
          round.retried++;
        }
      });
    }
  }

  private async record(em: EntityManager, organisationId: string, events: { id: string; action: string; detail: Record<string, unknown> }[]): Promise<void> {
    if (!events.length) return;
    const entries: AuditEntry[] = events.map((e) => ({ action: e.action, entityType: 'outbox_message', entityId: e.id, detail: e.detail, organisationId }));
    await this.audit.append(em, { userId: null, role: null, organisationId }, SYSTEM_ORIGIN, entries);
  }
}

/** What went wrong, in words for an admin: the kind of failure and the server's reply code, nothing from the message. */
function failureWords(error: unknown): string {
  if (error instanceof DeliveryFailure || error instanceof TextProviderFailure) return error.message;
  const e = error as { code?: string; responseCode?: number; command?: string };
  if (e?.responseCode) return `The mail server refused it (${e.responseCode}${e.command ? ` after ${e.command}` : ''}).`;
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ESOCKET' || e?.code === 'ECONNECTION') return 'The mail server could not be reached.';
  if (e?.code === 'ETIMEDOUT') return 'The mail server did not answer in time.';
  if (e?.code === 'EAUTH') return 'The mail server did not accept the user name and password in SMTP_URL.';
  return 'Sending failed for a reason the provider did not give.';
}
