import { Module } from '@nestjs/common';
import { AssessmentsModule } from './assessments/assessments.module';
import { MultiAgencyModule } from './referrals/multi-agency.module';
import { SafetyOverviewModule } from './overview/safety-overview.module';
import { SafetyPlanModule } from './plan/safety-plan.module';

/**
 * Safety planning and multi-agency safeguarding (issue 20; docs/SAFETY.md): risk checklists and assessments done with
 * her, her safety plan, referrals to other agencies with every sharing decision, and the managers' overview.
 */
@Module({
  imports: [AssessmentsModule, SafetyPlanModule, MultiAgencyModule, SafetyOverviewModule],
})
export class SafetyModule {}
