import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { JourneysModule } from '../../journeys/journeys.module';
import { ReferralActionsService } from './actions/referral-actions.service';
import { AgencyCatalogue } from './agencies/agency-catalogue';
import { ReferralAgenciesController } from './agencies/referral-agencies.controller';
import { MultiAgencyReferralsController } from './multi-agency-referrals.controller';
import { MultiAgencyReferralsService } from './multi-agency-referrals.service';
import { ReferralProgressService } from './referral-progress.service';
import { SafetyRecordWork } from './safety-record-work';
import { MyInformationSharingController } from './sharing/my-information-sharing.controller';
import { MyInformationSharingService } from './sharing/my-information-sharing.service';
import { SharingDecisionsController } from './sharing/sharing-decisions.controller';
import { SharingDecisionsService } from './sharing/sharing-decisions.service';

/** Multi-agency referrals and every decision to share her information (issue 20; docs/SAFETY.md). */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [ReferralAgenciesController, MultiAgencyReferralsController, SharingDecisionsController, MyInformationSharingController],
  providers: [SafetyRecordWork, AgencyCatalogue, MultiAgencyReferralsService, ReferralProgressService, ReferralActionsService, SharingDecisionsService, MyInformationSharingService],
})
export class MultiAgencyModule {}
