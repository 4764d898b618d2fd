import { Injectable, NotFoundException } from '@nestjs/common';
import type { ConversationMessageView, ConversationView, SentConversationMessage } from '@beside/shared/contracts';
import type { SafeTimeWindow } from '@beside/shared/contracts';
import { isWithinSafeTimes, nextSafeTime } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import type { Actor, RequestOrigin } from '../../authz';
import { countUnread, editMessage, findAssignedAdvocates, findMessage, findOpeningHours, insertMessage, readConversation, toMessageView } from '../../conversations';
import { notifyUsers } from '../../notifications';
import { PortalScope } from '../portal.access';
import { PortalWork } from '../portal-work';

/** When an organisation has not set its opening hours: weekdays, nine to five. */
const USUAL_OPENING_HOURS: SafeTimeWindow[] = [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', until: '17:00' }];

/** Her messages with her advocates, in her portal. */
@Injectable()
export class MyConversationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly portal: PortalWork,
    private readonly clock: Clock,
  ) {}

  conversation(actor: Actor, journeyId: string | undefined, cursor: string | undefined, origin: RequestOrigin): Promise<ConversationView> {
    return this.portal.onHerJourney(actor, origin, journeyId, async (em, her, audit) => {
      const view = await readConversation(em, actor, her.journeyId, cursor, this.clock.now());
      await audit({ action: 'conversation.read', entityType: 'conversation', entityId: her.journeyId, subjectId: her.serviceUserId, detail: { count: view.messages.length } });
      return { ...view, canSend: true };
    });
  }

  /** How many of her advocates' messages she has not read yet, on her current journey; nothing is read or marked. */
  unread(actor: Actor): Promise<{ unread: number }> {
    return this.uow.runAs(actor, async (em) => {
      const her = await this.scope.journey(em, actor);
      return { unread: await countUnread(em, her.journeyId, actor.userId) };
    });
  }

  send(actor: Actor, journeyId: string | undefined, body: string, origin: RequestOrigin): Promise<SentConversationMessage> {
    return this.portal.onHerJourney(actor, origin, journeyId, async (em, her, audit) => {
      const id = await insertMessage(em, her.journeyId, actor.userId, 'service_user', body);
      await notifyUsers(em, actor.organisationId, await findAssignedAdvocates(em, her.journeyId), {
        kind: 'conversation.message',
        text: 'A woman you support has sent you a message.',
        link: `/journeys/${her.journeyId}?tab=messages`,
      });
      await audit({ action: 'conversation_message.created', entityType: 'conversation_message', entityId: id, subjectId: her.serviceUserId, detail: { journeyId: her.journeyId } });
      const saved = await findMessage(em, id);
      if (!saved) throw new NotFoundException('Message not found');
      const now = this.clock.now();
      const hours = (await findOpeningHours(em)) ?? USUAL_OPENING_HOURS;
      const readFrom = isWithinSafeTimes(hours, now) ? null : nextSafeTime(hours, now);
      return { message: toMessageView(saved, actor.userId, now), outsideOpeningHours: readFrom ? { readFrom: readFrom.toISOString() } : null };
    });
  }

  edit(actor: Actor, messageId: string, body: string, version: number, origin: RequestOrigin): Promise<ConversationMessageView> {
    return this.portal.run(actor, origin, (em, audit) => editMessage(em, actor, messageId, body, version, this.clock.now(), (id) => this.scope.journey(em, actor, id), audit));
  }
}
