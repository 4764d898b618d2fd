import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { EditMessageDto, MyConversationQueryDto, SendMyMessageDto } from '../../conversations';
import { MyConversationService } from './my-conversation.service';

@ApiTags('portal')
@Controller('my')
export class MyConversationController {
  constructor(private readonly conversation: MyConversationService) {}

  @Get('conversation')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Her messages with her advocates, newest page, oldest first' })
  read(@Query() query: MyConversationQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversation.conversation(actor, query.journeyId, query.cursor, origin);
  }

  @Get('conversation/unread')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'How many messages from her advocates she has not read; reads nothing' })
  unread(@CurrentActor() actor: Actor) {
    return this.conversation.unread(actor);
  }

  @Post('conversation')
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'Her message, and when it will be read if the service is closed now' })
  send(@Body() body: SendMyMessageDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversation.send(actor, body.journeyId, body.body, origin);
  }

  @Patch('conversation-messages/:messageId')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Her message with its new words; the earlier words are kept' })
  @ApiConflictResponse({ description: 'More than 5 minutes after sending, or a stale version' })
  edit(@UuidParam('messageId') messageId: string, @Body() body: EditMessageDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.conversation.edit(actor, messageId, body.body, body.version, origin);
  }
}
