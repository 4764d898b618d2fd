import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ROLES, type Role } from '@beside/shared/contracts';
import { IsOptionalNotNull } from '../../journeys/dto/validators';

export class CreateInvitationDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ description: 'The name staff will see', maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ description: 'For a service user: her profile, which the account will open' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceUserId must be a UUID' })
  serviceUserId?: string;
}

export class UpdateAccountDto {
  @ApiPropertyOptional({ enum: ['advocate', 'manager', 'admin'] })
  @IsOptionalNotNull()
  @IsIn(['advocate', 'manager', 'admin'], { message: 'role must be one of: advocate, manager, admin' })
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptionalNotNull()
  @IsIn(['active', 'disabled'], { message: 'status must be active or disabled' })
  status?: 'active' | 'disabled';

  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
