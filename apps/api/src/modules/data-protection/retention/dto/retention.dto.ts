import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { AnonymiseRecordRequest, KeepRecordRequest, LegalHoldRequest, SaveRetentionRuleRequest } from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, OptionalText, stacked } from '../../../../common/validators';

export class SaveRetentionRuleDto implements SaveRetentionRuleRequest {
  @ApiProperty({ minimum: 0, description: 'The version you last read (0 while the default stands)' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: 'version must not be less than 0' })
  version!: number;

  @ApiProperty({ minimum: 1, maximum: 1200, description: 'Whole months after the journey closed' })
  @stacked(IsInt({ message: 'keepMonths must be a whole number' }), Min(1, { message: 'keepMonths must be at least 1' }), Max(1200, { message: 'keepMonths must be at most 1200' }))
  keepMonths!: number;

  @ApiProperty({ maxLength: 2000, description: 'Why this period' })
  @IsFilledText(2000)
  reason!: string;
}

export class KeepRecordDto implements KeepRecordRequest {
  @ApiProperty({ description: 'A date after today (YYYY-MM-DD): not due again until then' })
  @IsCalendarDate()
  keepUntil!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why it is kept longer' })
  @IsFilledText(2000)
  reason!: string;
}

export class AnonymiseRecordDto implements AnonymiseRecordRequest {
  @OptionalText(2000, 'Why, if there is more to say than that its time is up')
  reason?: string | null;
}

export class LegalHoldDto implements LegalHoldRequest {
  @ApiProperty({ maxLength: 2000, description: 'Why (a claim, an inquiry, an instruction from solicitors): seen by managers only' })
  @IsFilledText(2000)
  reason!: string;
}

