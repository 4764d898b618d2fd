import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { JourneysModule } from '../../journeys/journeys.module';
import { MySafetyPlanController } from './my-safety-plan.controller';
import { MySafetyPlanService } from './my-safety-plan.service';
import { SafetyPlanController } from './safety-plan.controller';
import { SafetyPlanService } from './safety-plan.service';

/**
 * Her safety plan (issue 20): written with her section by section, hers to read and keep in her portal, printable
 * with a neutral title. Each side writes only its own words; she changes staff's through a change proposal.
 */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [SafetyPlanController, MySafetyPlanController],
  providers: [SafetyPlanService, MySafetyPlanService],
})
export class SafetyPlanModule {}
