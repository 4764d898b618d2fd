import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { INTAKE_REFERRAL_SOURCES, type ReferralSource } from '@beside/shared/contracts';
import { NewServiceUserDto } from '../../service-users';
import { IsCalendarDate, IsFilledText, IsOneOf } from '../../../common/validators';

/** A new referral: her (new, or already known by id), how she came to us, and who will walk beside her. */
export class IntakeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A service user already known to the organisation; else send serviceUser' })
  @IsOptional()
  @IsUUID('4', { message: 'serviceUserId must be a UUID' })
  serviceUserId?: string;

  @ApiPropertyOptional({ type: NewServiceUserDto, description: 'A new service user; required unless serviceUserId is sent' })
  @ValidateIf((o: IntakeDto) => !o.serviceUserId || o.serviceUser !== undefined)
  @IsDefined({ message: 'serviceUser is required when serviceUserId is not given' })
  @IsObject({ message: 'serviceUser must be an object' })
  @ValidateNested()
  @Type(() => NewServiceUserDto)
  serviceUser?: NewServiceUserDto;

  @IsOneOf(INTAKE_REFERRAL_SOURCES)
  referralSource!: ReferralSource;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  referralDate!: string;

  @ApiProperty({ maxLength: 4000, description: 'Why she was referred, or why she came' })
  @IsFilledText(4000)
  referralReason!: string;

  @ApiProperty({ format: 'uuid', description: 'An active advocate of your organisation' })
  @IsUUID('4', { message: 'primaryAdvocateId must be a UUID' })
  primaryAdvocateId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'secondaryAdvocateId must be a UUID' })
  secondaryAdvocateId?: string | null;
}
