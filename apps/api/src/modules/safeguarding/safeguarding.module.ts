import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { AllocationController } from './allocation/allocation.controller';
import { AllocationService } from './allocation/allocation.service';
import { ConcernWorkflowService } from './concerns/concern-workflow.service';
import { ConcernsController } from './concerns/concerns.controller';
import { ConcernsService } from './concerns/concerns.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { TriageDeadlineJob } from './jobs/triage-deadline.job';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';

/** Safeguarding and management: the concerns register, allocation, dashboard and reports. */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [ConcernsController, AllocationController, DashboardController, ReportsController],
  providers: [ConcernsService, ConcernWorkflowService, AllocationService, DashboardService, ReportsService, TriageDeadlineJob],
})
export class SafeguardingModule {}
