import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../../credentials/dto/fields';
import { ROLES, type Role } from '@beside/shared/contracts';

export class CreateInvitationDto {
  @EmailField()
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
