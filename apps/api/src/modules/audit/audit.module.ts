import { Module } from '@nestjs/common';
import { AuditCheckpointJob } from './audit-checkpoint.job';
import { AuditController } from './audit.controller';
import { AuditPeopleController, AuditPeopleService } from './audit-people';
import { AuditQueryService } from './audit-query.service';
import { AuditSealer } from './audit-sealer';
import { AuditWriter } from './audit-writer';
import { AuditedWork } from './audited-work';

@Module({
  controllers: [AuditController, AuditPeopleController],
  providers: [AuditWriter, AuditedWork, AuditSealer, AuditQueryService, AuditCheckpointJob, AuditPeopleService],
  exports: [AuditWriter, AuditedWork],
})
export class AuditModule {}
