import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BreachesController } from './breaches/breaches.controller';
import { BreachesService } from './breaches/breaches.service';
import { DataRequestsController } from './requests/data-requests.controller';
import { DataRequestsService } from './requests/data-requests.service';
import { MyDataRequestsController } from './requests/my-data-requests.controller';
import { RetentionModule } from './retention/retention.module';

/**
 * The data lifecycle under UK GDPR (issue 21; docs/DATA-PROTECTION.md): requests from the women with their one-month
 * clocks, and the breach register with its 72-hour clock. Managers (data-protection:manage) see and act; she makes
 * and follows her own requests in her portal.
 */
@Module({
  imports: [AuditModule, RetentionModule],
  controllers: [MyDataRequestsController, DataRequestsController, BreachesController],
  providers: [DataRequestsService, BreachesService],
})
export class DataProtectionModule {}
