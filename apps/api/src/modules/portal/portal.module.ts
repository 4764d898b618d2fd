import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { MyAppointmentsController } from './appointments/my-appointments.controller';
import { MyAppointmentsService } from './appointments/my-appointments.service';
import { MyConcernsController } from './concerns/my-concerns.controller';
import { MyConcernsService } from './concerns/my-concerns.service';
import { MyConsentsController } from './consents/my-consents.controller';
import { MyConsentsService } from './consents/my-consents.service';
import { MyDataController } from './data-download/my-data.controller';
import { MyDataService } from './data-download/my-data.service';
import { MyDetailsController } from './details/my-details.controller';
import { MyDetailsService } from './details/my-details.service';
import { MyJourneysController } from './journeys/my-journeys.controller';
import { MyJourneysService } from './journeys/my-journeys.service';
import { MyPlanController } from './plan/my-plan.controller';
import { MyPlanService } from './plan/my-plan.service';
import { MyReferralsController } from './referrals/my-referrals.controller';
import { MyReferralsService } from './referrals/my-referrals.service';
import { MyConsultationsController } from './consultations/my-consultations.controller';
import { MyConsultationsService } from './consultations/my-consultations.service';
import { MyChallengesController } from './challenges/my-challenges.controller';
import { MyChallengesService } from './challenges/my-challenges.service';
import { MyDocumentsController } from './challenges/my-documents.controller';
import { MyDocumentsService } from './challenges/my-documents.service';
import { DocumentsModule } from '../documents/documents.module';
import { DocumentUploads } from '../documents';
import { PortalScope } from './portal.access';
import { PortalWork } from './portal-work';
import { MyConversationController } from './conversation/my-conversation.controller';
import { MyConversationService } from './conversation/my-conversation.service';
import { ChangeProposalsController } from './proposals/change-proposals.controller';
import { ChangeProposalsService } from './proposals/change-proposals.service';
import { MyChangeProposalsController } from './proposals/my-change-proposals.controller';
import { MyChangeProposalsService } from './proposals/my-change-proposals.service';

/** Her own area (/api/my/…), and the staff routes that answer what she asks. */
@Module({
  imports: [AuditModule, JourneysModule, ReferralsModule, DocumentsModule, DocumentUploads],
  controllers: [
    MyJourneysController,
    MyPlanController,
    MyChangeProposalsController,
    ChangeProposalsController,
    MyAppointmentsController,
    MyDetailsController,
    MyConsentsController,
    MyConcernsController,
    MyDataController,
    MyConversationController,
    MyReferralsController,
    MyConsultationsController,
    MyChallengesController,
    MyDocumentsController,
  ],
  providers: [
    PortalScope,
    PortalWork,
    MyJourneysService,
    MyPlanService,
    MyChangeProposalsService,
    ChangeProposalsService,
    MyAppointmentsService,
    MyDetailsService,
    MyConsentsService,
    MyConcernsService,
    MyDataService,
    MyConversationService,
    MyReferralsService,
    MyConsultationsService,
    MyChallengesService,
    MyDocumentsService,
  ],
})
export class PortalModule {}
