import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { OutboxAdminService } from './outbox-admin.service';

@ApiTags('messages')
@Controller()
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get('messages/undelivered')
  @Allow('organisation:manage')
  @ApiOkResponse({ description: 'Messages that failed or were not sent, with the reason: never to whom or what they said' })
  undelivered(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.outbox.undelivered(actor, origin);
  }

  @Post('messages/:messageId/retry')
  @HttpCode(204)
  @Allow('organisation:manage')
  @ApiNoContentResponse({ description: 'The failed message is queued again for a fresh set of attempts' })
  @ApiConflictResponse({ description: 'It has not failed' })
  retry(@UuidParam('messageId') messageId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.outbox.retry(actor, messageId, origin);
  }

  @Get('development/sent-messages')
  @Allow('development:inbox')
  @ApiOkResponse({ description: 'Development only: what the in-process inbox caught of your organisation’s messages' })
  @ApiNotFoundResponse({ description: 'In production, or with a real mail server' })
  sent(@CurrentActor() actor: Actor) {
    return this.outbox.sentInDevelopment(actor);
  }
}
