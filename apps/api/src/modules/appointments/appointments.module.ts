import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { AccompanimentsService } from './accompaniments.service';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';

@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsService, AccompanimentsService],
})
export class AppointmentsModule {}
