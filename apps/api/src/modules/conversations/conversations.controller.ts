import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH } from '../../common/route-answers';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../authz';
import { ConversationQueryDto, EditMessageDto, SendMessageDto } from './dto/conversation.dto';
import { ConversationsService } from './conversations.service';

@RouteGroup('conversations', { notFound: OUT_OF_REACH })
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Route.get('journeys/:journeyId/conversation', 'journey:read', { ok: 'The messages between her and her advocates, newest page, oldest first; reading is audited' })
  conversation(@UuidParam('journeyId') journeyId: string, @Query() query: ConversationQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversations.conversation(actor, journeyId, query.cursor, origin);
  }

  @Route.post('journeys/:journeyId/conversation', 'journey:write', {
    created: 'The message; she is alerted by her safe channel at her safe times',
    forbidden: 'Only her assigned advocates send her messages',
  })
  send(@UuidParam('journeyId') journeyId: string, @Body() body: SendMessageDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversations.send(actor, journeyId, body.body, origin);
  }

  @Route.patch('conversation-messages/:messageId', 'journey:write', {
    ok: 'The message with its new words; the earlier words are kept',
    conflict: 'More than 5 minutes after sending, or a stale version',
  })
  edit(@UuidParam('messageId') messageId: string, @Body() body: EditMessageDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversations.edit(actor, messageId, body.body, body.version, origin);
  }

  @Route.get('conversations/unread', 'journey:read', { ok: 'Unread messages on your open journeys, by journey' })
  unread(@CurrentActor() actor: Actor) {
    return this.conversations.unread(actor);
  }
}
