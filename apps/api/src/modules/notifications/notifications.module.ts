import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications: each person's own list, and telling people (managers of a concern, advocates of a journey) from any module's transaction. */
@Module({
  imports: [AuditModule],
  controllers: [NotificationsController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
