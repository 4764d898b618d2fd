import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Allow('account:read-own')
  @ApiOkResponse({ description: 'Your latest 50 notifications and how many are unread' })
  list(@CurrentActor() actor: Actor) {
    return this.notifications.list(actor);
  }

  @Post('read-all')
  @HttpCode(204)
  @Allow('account:manage-own')
  @ApiNoContentResponse({ description: 'Every notification of yours marked read' })
  markAllRead(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notifications.markAllRead(actor, origin);
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @Allow('account:manage-own')
  @ApiNoContentResponse({ description: 'Marked read' })
  markRead(@UuidParam('notificationId') notificationId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notifications.markRead(actor, notificationId, origin);
  }
}
