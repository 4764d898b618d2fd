import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditWriter } from './audit-writer';

@Module({
  controllers: [AuditController],
  providers: [AuditWriter, AuditQueryService],
  exports: [AuditWriter],
})
export class AuditModule {}
