import { PageQueryDto } from '../../../common/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPOINTMENT_STATUSES, PROFESSIONAL_ROLES, type AppointmentStatus, type ProfessionalRole } from '@beside/shared/contracts';
import { IsAfter, IsInstant, IsOptionalNotNull, IsVersion } from '../../journeys/dto/validators';

const EDITABLE_STATUSES = APPOINTMENT_STATUSES.filter((s) => s !== 'rescheduled');

class AppointmentPlaceDto {
  @ApiPropertyOptional({ maxLength: 500, nullable: true, description: 'Where; or the joining details if remote' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @ApiPropertyOptional({ default: false, description: 'By phone or video' })
  @IsOptionalNotNull()
  @IsBoolean()
  remote?: boolean;
}

export class CreateAppointmentDto extends AppointmentPlaceDto {
  @ApiProperty({ enum: PROFESSIONAL_ROLES })
  @IsIn(PROFESSIONAL_ROLES, { message: `professionalRole must be one of: ${PROFESSIONAL_ROLES.join(', ')}` })
  professionalRole!: ProfessionalRole;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'e.g. "Riverside Community Mental Health Team"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  professionalOrganisation?: string | null;

  @ApiProperty({ format: 'date-time', description: 'UTC or with an offset; shown in Europe/London' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After startsAt' })
  @IsInstant()
  @IsAfter('startsAt')
  endsAt!: string;

  @ApiPropertyOptional({ maxLength: 1000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  purpose?: string | null;

  @ApiPropertyOptional({ maxLength: 4000, nullable: true, description: 'Her preparation: what she wants to say, in her words' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  preparation?: string | null;
}

export class UpdateAppointmentDto extends AppointmentPlaceDto {
  @ApiPropertyOptional({ enum: PROFESSIONAL_ROLES })
  @IsOptionalNotNull()
  @IsIn(PROFESSIONAL_ROLES, { message: `professionalRole must be one of: ${PROFESSIONAL_ROLES.join(', ')}` })
  professionalRole?: ProfessionalRole;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
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

  @ApiPropertyOptional({ maxLength: 1000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  purpose?: string | null;

  @ApiPropertyOptional({ enum: EDITABLE_STATUSES, description: 'To reschedule, use the reschedule route (it links the replacement)' })
  @IsOptionalNotNull()
  @IsIn(EDITABLE_STATUSES, { message: `status must be one of: ${EDITABLE_STATUSES.join(', ')}` })
  status?: AppointmentStatus;

  @ApiPropertyOptional({ maxLength: 4000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  preparation?: string | null;

  @ApiPropertyOptional({ maxLength: 4000, nullable: true, description: 'What came of it' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  outcome?: string | null;

  @IsVersion()
  version!: number;
}

export class RescheduleAppointmentDto extends AppointmentPlaceDto {
  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After startsAt' })
  @IsInstant()
  @IsAfter('startsAt')
  endsAt!: string;

  @IsVersion()
  version!: number;
}

export class AppointmentListQueryDto extends PageQueryDto {}
