import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditSealer } from './audit-sealer';
import { AuditWriter } from './audit-writer';

@Module({
  controllers: [AuditController],
  providers: [AuditWriter, AuditSealer, AuditQueryService],
  exports: [AuditWriter],
})
export class AuditModule {}
