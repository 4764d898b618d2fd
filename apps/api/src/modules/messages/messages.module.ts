import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxDeliveryWorker } from './delivery/outbox-delivery.worker';
import { AppointmentReminders } from './reminders/appointment-reminders';
import { OutboxAdminController } from './admin/outbox-admin.controller';
import { OutboxAdminService } from './admin/outbox-admin.service';
import { MessageTransports } from './transports/message-transports';
import { HerMessages } from './outbox/her-messages';

@Module({
  imports: [AuditModule],
  controllers: [OutboxAdminController],
  providers: [MessageTransports, OutboxDeliveryWorker, AppointmentReminders, OutboxAdminService, HerMessages],
  exports: [MessageTransports, OutboxDeliveryWorker, HerMessages],
})
export class MessagesModule {}
