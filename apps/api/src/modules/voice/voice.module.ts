import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { FindingEvidence } from './panel/finding-evidence';
import { FindingsController } from './panel/findings.controller';
import { FindingsService } from './panel/findings.service';
import { MyYouSaidWeDidController, PublicYouSaidWeDidController } from './you-said-we-did/you-said-we-did.controller';
import { YouSaidWeDidService } from './you-said-we-did/you-said-we-did.service';

/** Her voice after the consultation (issue 18): the lived-experience panel's findings, campaigns, "You said, we did" (docs/VOICE.md). */
@Module({
  imports: [AuditModule, ConsultationsModule],
  controllers: [FindingsController, CampaignsController, MyYouSaidWeDidController, PublicYouSaidWeDidController],
  providers: [FindingEvidence, FindingsService, CampaignsService, YouSaidWeDidService],
})
export class VoiceModule {}
