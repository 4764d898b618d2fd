import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsVersion } from '../../../../common/validators';

export class ReassignAdvocatesDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'primaryAdvocateId must be a UUID' })
  primaryAdvocateId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null: no second advocate' })
  @ValidateIf((_: object, v: unknown) => v !== null)
  @IsUUID('all', { message: 'secondaryAdvocateId must be a UUID or null' })
  secondaryAdvocateId!: string | null;

  @ApiProperty({ maxLength: 1000, description: 'Why: kept in the audit trail' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be empty' })
  @MaxLength(1000)
  reason!: string;

  @IsVersion()
  version!: number;
}
