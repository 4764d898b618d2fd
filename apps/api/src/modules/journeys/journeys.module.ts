import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneyAccess } from './journey-access';
import { JourneysController } from './journeys.controller';
import { JourneysService } from './journeys.service';

@Module({
  imports: [AuditModule],
  controllers: [JourneysController],
  providers: [JourneyAccess, JourneysService],
  exports: [JourneyAccess],
})
export class JourneysModule {}
