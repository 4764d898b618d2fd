import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { SentMessageView, UndeliveredMessageView } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { MessageTransports } from '../transports/message-transports';
import { findMemberAdminInvitationIds, findOwnOutboxIds, findUndeliveredMessages, requeueFailed } from './outbox-admin.repository';

const UUID_IN_MESSAGE_ID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** What admins see of message delivery: what did not go and why, and (in development only) what the inbox caught. */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly work: AuditedWork,
    private readonly transports: MessageTransports,
    private readonly env: Environment,
  ) {}

  undelivered(actor: Actor, origin: RequestOrigin): Promise<UndeliveredMessageView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await findUndeliveredMessages(em, 200);
      await audit({ action: 'outbox_message.list', entityType: 'outbox_message', detail: { count: rows.length } });
      // The row is the view but for its times, which the API gives as ISO 8601 text.
      return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), lastAttemptAt: r.lastAttemptAt ? new Date(r.lastAttemptAt).toISOString() : null }));
    });
  }

  retry(actor: Actor, id: string, origin: RequestOrigin): Promise<void> {
    return this.work.run(actor, origin, async (em, audit) => {
      const requeued = await requeueFailed(em, id);
      if (!requeued) {
        const own = await findOwnOutboxIds(em, [id]);
        if (!own.size) throw new NotFoundException('Message not found');
        throw new ConflictException('Only a message that failed can be sent again.');
      }
      await audit({ action: 'outbox_message.retried', entityType: 'outbox_message', entityId: id, detail: requeued });
    });
  }

  /**
   * The development inbox, newest first, limited to the organisation's own messages (for the network
   * operator: the invitations she sent to members' admins). Refused in production.
   */
  sentInDevelopment(actor: Actor): Promise<SentMessageView[]> {
    const inbox = this.transports.inbox;
    if (!inbox || this.env.NODE_ENV === 'production') throw new NotFoundException('There is no development inbox: messages go to the mail server in SMTP_URL.');
    const caught = inbox.messages();
    const outboxIdOf = (messageId: string | null) => messageId?.match(UUID_IN_MESSAGE_ID)?.[1] ?? null;
    return this.uow.runAs(actor, async (em) => {
      const ids = caught.map((m) => outboxIdOf(m.messageId)).filter((id): id is string => !!id);
      const own = actor.role === 'network_admin' ? await findMemberAdminInvitationIds(em, ids) : await findOwnOutboxIds(em, ids);
      return caught
        .filter((m) => own.has(outboxIdOf(m.messageId) ?? ''))
        .map((m) => ({ id: m.id, channel: m.channel, to: m.to, from: m.from, subject: m.subject, text: m.text, receivedAt: m.receivedAt }));
    });
  }
}
