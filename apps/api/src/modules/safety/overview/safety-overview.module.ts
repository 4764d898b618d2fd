import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { SafetyOverviewController } from './safety-overview.controller';
import { SafetyOverviewService } from './safety-overview.service';
import { SafetyReminderJob } from './safety-reminder.job';

/** The managers' safety overview, and the reminders of actions, meetings and reviews. */
@Module({
  imports: [AuditModule],
  controllers: [SafetyOverviewController],
  providers: [SafetyOverviewService, SafetyReminderJob],
})
export class SafetyOverviewModule {}
