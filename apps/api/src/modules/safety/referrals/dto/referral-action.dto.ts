import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { AddReferralActionRequest } from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOptionalNotNull } from '../../../../common/validators';

export class AddReferralActionDto implements AddReferralActionRequest {
  @IsFilledText(1000)
  description!: string;

  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId!: string;

  @IsCalendarDate()
  dueOn!: string;
}

/** { doneOn } to mark it done (null to undo), or changes to what, who and when. */
export class UpdateReferralActionDto {
  @IsOptionalNotNull()
  @IsFilledText(1000)
  description?: string;

  @IsOptionalNotNull()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @IsOptionalNotNull()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ nullable: true, description: 'The day it was done (not in the future); null if it is not done after all' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string | null;
}
