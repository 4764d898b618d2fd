import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { MessagesModule } from '../messages/messages.module';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';

@Module({
  imports: [AuditModule, JourneysModule, MessagesModule],
  controllers: [ConversationsController],
  providers: [ConversationsService],
})
export class ConversationsModule {}
