import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../../authz';
import { EditMessageDto, MyConversationQueryDto, SendMyMessageDto } from '../../conversations';
import { MyConversationService } from './my-conversation.service';

@RouteGroup('portal', { path: 'my', policy: 'portal:use' })
export class MyConversationController {
  constructor(private readonly conversation: MyConversationService) {}

  @Route.get('conversation', { ok: 'Her messages with her advocates, newest page, oldest first' })
  read(@Query() query: MyConversationQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversation.conversation(actor, query.journeyId, query.cursor, origin);
  }

  @Route.get('conversation/unread', { ok: 'How many messages from her advocates she has not read; reads nothing' })
  unread(@CurrentActor() actor: Actor) {
    return this.conversation.unread(actor);
  }

  @Route.post('conversation', { created: 'Her message, and when it will be read if the service is closed now' })
  send(@Body() body: SendMyMessageDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversation.send(actor, body.journeyId, body.body, origin);
  }

  @Route.patch('conversation-messages/:messageId', { ok: 'Her message with its new words; the earlier words are kept', conflict: 'More than 5 minutes after sending, or a stale version' })
  edit(@UuidParam('messageId') messageId: string, @Body() body: EditMessageDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.conversation.edit(actor, messageId, body.body, body.version, origin);
  }
}
