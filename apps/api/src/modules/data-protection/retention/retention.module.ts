import { Module } from '@nestjs/common';
import { Environment } from '../../../config/environment';
import { AuditModule } from '../../audit/audit.module';
import { DocumentStore, documentStoreFor } from '../../documents';
import { JourneysModule } from '../../journeys/journeys.module';
import { AnonymisationJob } from './anonymisation.job';
import { RetentionController } from './retention.controller';
import { RetentionReviewsService } from './retention-reviews.service';
import { RetentionRulesService } from './retention-rules.service';

/** Retention schedule, review queue, legal holds and the anonymisation job (issue 21; docs/DATA-PROTECTION.md). */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [RetentionController],
  providers: [RetentionRulesService, RetentionReviewsService, AnonymisationJob, { provide: DocumentStore, inject: [Environment], useFactory: documentStoreFor }],
})
export class RetentionModule {}
