import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConsultationPoolJob } from './consultation-pool.job';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { PublicConsultationsController } from './public-consultations.controller';

/** Consultations (issue 18, phase 1): staff write them and read results; the public link; the pool's job. Her portal's part is in portal/consultations. */
@Module({
  imports: [AuditModule],
  controllers: [ConsultationsController, PublicConsultationsController],
  providers: [ConsultationsService, ConsultationPoolJob],
})
export class ConsultationsModule {}
