import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { ReferralsController } from './referrals.controller';
import { ReferralSteps } from './referral-steps';
import { ReferralsService } from './referrals.service';

/** Referrals between member organisations, with her consent (issue 17.3); her portal's part is in portal/referrals. */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [ReferralsController],
  providers: [ReferralsService, ReferralSteps],
  exports: [ReferralSteps],
})
export class ReferralsModule {}
