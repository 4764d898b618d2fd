import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [PlansController],
  providers: [PlansService],
})
export class PlansModule {}
