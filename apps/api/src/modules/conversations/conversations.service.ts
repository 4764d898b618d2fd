import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConversationMessageView, ConversationUnreadCount, ConversationView } from '@beside/shared/contracts';
import { Clock } from '../../common/clock';
import { Environment } from '../../config/environment';
import { UnitOfWork } from '../../database/unit-of-work';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess, JourneyWork } from '../journeys';
import { hasAlertSince, HerMessages } from '../messages';
import { countUnreadForAdvocate, findHerAccountId, findMessage, findReadUpTo, insertMessage } from './conversation.repository';
import { editMessage, MESSAGE_NOT_FOUND, readConversation } from './conversation-reading';
import { toMessageView } from './conversation-views';

/** The alert she gets: a neutral line and the way in, never who wrote or what. */
export const NEW_MESSAGE_ALERT = { subject: 'You have a new message', body: (publicUrl: string) => `You have a new message.\n\nSign in to read it: ${publicUrl}/sign-in\n` };

/**
 * The conversation on a journey, as staff see it: her assigned advocates read and write; a
 * manager reads (audited) but does not write; anyone else gets the 404 of a missing journey.
 */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly work: JourneyWork,
    private readonly clock: Clock,
    private readonly env: Environment,
    private readonly her: HerMessages,
  ) {}

  conversation(actor: Actor, journeyId: string, cursor: string | undefined, origin: RequestOrigin): Promise<ConversationView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const view = await readConversation(em, actor, journey.id, cursor, this.clock.now());
      await audit({ action: 'conversation.read', entityType: 'conversation', entityId: journey.id, subjectId: journey.serviceUserId, detail: { count: view.messages.length } });
      return { ...view, canSend: journey.access === 'assigned', alertProblem: await this.her.reachProblem(em, journey.serviceUserId, 'message_alert') };
    });
  }

  send(actor: Actor, journeyId: string, body: string, origin: RequestOrigin): Promise<ConversationMessageView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      if (journey.access !== 'assigned') throw new ForbiddenException('Only her assigned advocates can send her messages.');
      const id = await insertMessage(em, journey.id, actor.userId, 'advocate', body);
      const alert = await this.alertHer(em, journey.serviceUserId, journey.id);
      await audit({ action: 'conversation_message.created', entityType: 'conversation_message', entityId: id, subjectId: journey.serviceUserId, detail: { journeyId: journey.id, alert } });
      const saved = await findMessage(em, id);
      if (!saved) throw new NotFoundException(MESSAGE_NOT_FOUND);
      return toMessageView(saved, actor.userId, this.clock.now());
    });
  }

  edit(actor: Actor, messageId: string, body: string, version: number, origin: RequestOrigin): Promise<ConversationMessageView> {
    return this.work.run(actor, origin, (em, audit) => editMessage(em, actor, messageId, body, version, this.clock.now(), (id) => this.journeys.require(em, actor, id), audit));
  }

  /** Unread messages from the women on the advocate's open journeys (none for managers, who only read). */
  unread(actor: Actor): Promise<ConversationUnreadCount[]> {
    return this.uow.runAs(actor, (em) => (actor.role === 'advocate' ? countUnreadForAdvocate(em, actor.userId) : Promise.resolve([])));
  }

  /** One alert per batch of unread messages, by her safe channel at her safe times; why not, when she cannot be told. */
  private async alertHer(em: EntityManager, serviceUserId: string, journeyId: string): Promise<'queued' | 'already_waiting' | 'not_possible'> {
    const account = await findHerAccountId(em, serviceUserId);
    const herRead = account ? await findReadUpTo(em, journeyId, account) : null;
    if (await hasAlertSince(em, serviceUserId, 'message_alert', herRead)) return 'already_waiting';
    const queued = await this.her.queue(em, {
      serviceUserId,
      purpose: 'message_alert',
      subject: NEW_MESSAGE_ALERT.subject,
      body: NEW_MESSAGE_ALERT.body(this.env.PUBLIC_URL),
    });
    return queued.outboxId ? 'queued' : 'not_possible';
  }
}
