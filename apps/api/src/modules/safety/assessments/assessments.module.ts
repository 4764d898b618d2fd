import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { JourneysModule } from '../../journeys/journeys.module';
import { RiskChecklists } from './checklists/risk-checklists';
import { RiskChecklistsController } from './checklists/risk-checklists.controller';
import { HerRiskAssessments } from './her-risk-assessments';
import { MyRiskAssessmentsController } from './my-risk-assessments.controller';
import { RiskAssessmentsController } from './risk-assessments.controller';
import { RiskAssessmentsService } from './risk-assessments.service';

/** Risk checklists and the assessments done with her (issue 20; docs/SAFETY.md, "Risk checklists"). */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [RiskChecklistsController, RiskAssessmentsController, MyRiskAssessmentsController],
  providers: [RiskChecklists, RiskAssessmentsService, HerRiskAssessments],
  exports: [RiskChecklists],
})
export class AssessmentsModule {}
