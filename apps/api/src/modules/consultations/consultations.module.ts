import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConsultationPoolJob } from './consultation-pool.job';
import { ConsultationQuotesService } from './consultation-quotes.service';
import { ConsultationResultsReader } from './consultation-results.reader';
import { ConsultationThemesController } from './consultation-themes.controller';
import { ConsultationThemesService } from './consultation-themes.service';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { AppointmentFeedbackReportController, MyAppointmentFeedbackController } from './feedback/appointment-feedback.controller';
import { AppointmentFeedbackService } from './feedback/appointment-feedback.service';
import { PublicConsultationsController } from './public-consultations.controller';

/**
 * Consultations (issue 18): staff write them, tag free text into themes, review quotes and read results; the public link;
 * the pools' job; feedback after accompanied appointments (her part and the monthly report). Her portal's part of
 * consultations is in portal/consultations.
 */
@Module({
  imports: [AuditModule],
  controllers: [ConsultationsController, ConsultationThemesController, PublicConsultationsController, MyAppointmentFeedbackController, AppointmentFeedbackReportController],
  providers: [ConsultationsService, AppointmentFeedbackService, ConsultationThemesService, ConsultationQuotesService, ConsultationPoolJob, ConsultationResultsReader],
  exports: [ConsultationResultsReader],
})
export class ConsultationsModule {}
