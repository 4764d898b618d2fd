import { PageQueryDto } from '../../../common/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, ValidateNested } from 'class-validator';
import { APPOINTMENT_STATUSES, PROFESSIONAL_ROLES, type AppointmentStatus, type ProfessionalRole } from '@beside/shared/contracts';
import { IsAfter, IsInstant, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../common/validators';
import { CreateAccompanimentDto } from './accompaniment.dto';

const EDITABLE_STATUSES = APPOINTMENT_STATUSES.filter((s) => s !== 'rescheduled');

/** When it ends: an instant after startsAt. */
const EndsAfterStart = () => stacked(ApiProperty({ format: 'date-time', description: 'After startsAt' }), IsInstant(), IsAfter('startsAt'));

class AppointmentPlaceDto {
  @OptionalText(500, 'Where; or the joining details if remote')
  location?: string | null;

  @ApiPropertyOptional({ default: false, description: 'By phone or video' })
  @IsOptionalNotNull()
  @IsBoolean()
  remote?: boolean;
}

export class CreateAppointmentDto extends AppointmentPlaceDto {
  @IsOneOf(PROFESSIONAL_ROLES)
  professionalRole!: ProfessionalRole;

  @OptionalText(200, 'e.g. "Riverside Community Mental Health Team"')
  professionalOrganisation?: string | null;

  @ApiProperty({ format: 'date-time', description: 'UTC or with an offset; shown in Europe/London' })
  @IsInstant()
  startsAt!: string;

  @EndsAfterStart()
  endsAt!: string;

  @OptionalText(1000)
  purpose?: string | null;

  @OptionalText(4000, 'Her preparation: what she wants to say, in her words')
  preparation?: string | null;

  @ApiPropertyOptional({
    type: CreateAccompanimentDto,
    description: 'Book its accompaniment in the same request: both are saved, or neither (a double booking refuses both)',
  })
  @IsOptionalNotNull()
  @IsObject({ message: 'accompaniment must be an object' })
  @ValidateNested()
  @Type(() => CreateAccompanimentDto)
  accompaniment?: CreateAccompanimentDto;
}

export class UpdateAppointmentDto extends AppointmentPlaceDto {
  @IsOptionalNotNull()
  @IsOneOf(PROFESSIONAL_ROLES, { required: false })
  professionalRole?: ProfessionalRole;

  @OptionalText(200)
  professionalOrganisation?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptionalNotNull()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'After startsAt' })
  @IsOptionalNotNull()
  @IsInstant()
  @IsAfter('startsAt')
  endsAt?: string;

  @OptionalText(1000)
  purpose?: string | null;

  @IsOptionalNotNull()
  @IsOneOf(EDITABLE_STATUSES, { required: false, description: 'To reschedule, use the reschedule route (it links the replacement)' })
  status?: AppointmentStatus;

  @OptionalText(4000)
  preparation?: string | null;

  @OptionalText(4000, 'What came of it')
  outcome?: string | null;

  @IsVersion()
  version!: number;
}

export class RescheduleAppointmentDto extends AppointmentPlaceDto {
  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  startsAt!: string;

  @EndsAfterStart()
  endsAt!: string;

  @IsVersion()
  version!: number;
}

export class AppointmentListQueryDto extends PageQueryDto {}
