import { Module } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { DocumentRescanJob } from './document-rescan.job';
import { DocumentStore, documentStoreFor } from './document-store';
import { DocumentUploads } from './document-upload';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** Documents (issue 19): checked by content, scanned by ClamAV when set up, kept in an S3-compatible store or a local folder. */
@Module({
  imports: [AuditModule, JourneysModule, DocumentUploads],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentRescanJob, { provide: DocumentStore, inject: [Environment], useFactory: documentStoreFor }],
  exports: [DocumentsService],
})
export class DocumentsModule {}
