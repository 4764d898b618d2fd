import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SUPPORT_LEVELS, type SupportLevel } from '@beside/shared/contracts';
import { IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../common/validators';

/** One to three advocates, each named once. */
const AdvocateIds = () =>
  stacked(
    IsArray(),
    ArrayMinSize(1, { message: 'advocateIds must name at least one advocate' }),
    ArrayMaxSize(3),
    ArrayUnique(),
    IsUUID('4', { each: true, message: 'advocateIds must each be a UUID' }),
  );

/** Time spent with her, up to a day. */
const TimeSpentMinutes = () =>
  stacked(ApiPropertyOptional({ minimum: 0, maximum: 1440, nullable: true }), IsOptional(), IsInt({ message: 'timeSpentMinutes must be a whole number' }), Min(0), Max(1440));

export class CreateAccompanimentDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 3, description: 'Active advocates of your organisation supporting this appointment' })
  @AdvocateIds()
  advocateIds!: string[];

  @IsOneOf(SUPPORT_LEVELS, { description: 'advocate_led → accompanied → prepared → independent' })
  supportLevel!: SupportLevel;

  @TimeSpentMinutes()
  timeSpentMinutes?: number | null;

  @OptionalText(4000, 'Staff only: never shown to her or put in a calendar')
  debrief?: string | null;
}

export class UpdateAccompanimentDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', minItems: 1, maxItems: 3 })
  @IsOptionalNotNull()
  @AdvocateIds()
  advocateIds?: string[];

  @IsOptionalNotNull()
  @IsOneOf(SUPPORT_LEVELS, { required: false })
  supportLevel?: SupportLevel;

  @TimeSpentMinutes()
  timeSpentMinutes?: number | null;

  @OptionalText(4000)
  debrief?: string | null;

  @IsVersion()
  version!: number;
}
