import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { ConversationQueryDto, EditMessageDto, SendMessageDto } from './dto/conversation.dto';
import { ConversationsService } from './conversations.service';

@ApiTags('conversations')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get('journeys/:journeyId/conversation')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'The messages between her and her advocates, newest page, oldest first; reading is audited' })
  conversation(@UuidParam('journeyId') journeyId: string, @Query() query: ConversationQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversations.conversation(actor, journeyId, query.cursor, origin);
  }

  @Post('journeys/:journeyId/conversation')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The message; she is alerted by her safe channel at her safe times' })
  @ApiForbiddenResponse({ description: 'Only her assigned advocates send her messages' })
  send(@UuidParam('journeyId') journeyId: string, @Body() body: SendMessageDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversations.send(actor, journeyId, body.body, origin);
  }

  @Patch('conversation-messages/:messageId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The message with its new words; the earlier words are kept' })
  @ApiConflictResponse({ description: 'More than 5 minutes after sending, or a stale version' })
  edit(@UuidParam('messageId') messageId: string, @Body() body: EditMessageDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversations.edit(actor, messageId, body.body, body.version, origin);
  }

  @Get('conversations/unread')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Unread messages on your open journeys, by journey' })
  unread(@CurrentActor() actor: Actor) {
    return this.conversations.unread(actor);
  }
}
