import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ServiceUsersModule } from '../service-users/service-users.module';
import { JourneyAccess } from './journey.access';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneyRecordAccess } from './journey-record.access';
import { JourneyWork } from './journey-work';
import { JourneysController } from './journeys.controller';
import { JourneysService } from './journeys.service';

@Module({
  imports: [AuditModule, ServiceUsersModule],
  controllers: [JourneysController],
  providers: [JourneyAccess, JourneyRecordAccess, JourneyWork, JourneysService, JourneyLifecycleService],
  exports: [JourneyAccess, JourneyRecordAccess, JourneyWork],
})
export class JourneysModule {}
