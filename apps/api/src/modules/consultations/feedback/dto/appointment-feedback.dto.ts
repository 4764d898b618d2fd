import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, Matches } from 'class-validator';
import type { AppointmentFeedbackRequest, AppointmentFeedbackStatement, FeedbackAgreement } from '@beside/shared/contracts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class AppointmentFeedbackDto implements AppointmentFeedbackRequest {
  @ApiProperty({
    description: 'Statement → strongly_agree, agree, neither, disagree or strongly_disagree; any statement may be left out',
    example: { raiseConcerns: 'agree', listenedTo: 'strongly_agree' },
  })
  @IsObject({ message: 'answers must name each statement with your answer, for example { "raiseConcerns": "agree" }' })
  answers!: Partial<Record<AppointmentFeedbackStatement, FeedbackAgreement>>;
}

export class FeedbackReportQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'YYYY-MM; left out: eleven months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from: Enter a month as year and month, for example 2026-02' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'YYYY-MM; left out: this month' })
  @IsOptional()
  @Matches(MONTH, { message: 'to: Enter a month as year and month, for example 2026-02' })
  to?: string;
}
