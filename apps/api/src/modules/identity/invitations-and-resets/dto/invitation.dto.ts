import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { EmailField } from '../../credentials/dto/fields';
import { ROLES, type Role } from '@beside/shared/contracts';
import { IsFilledText, IsOneOf } from '../../../../common/validators';

export class CreateInvitationDto {
  @EmailField()
  email!: string;

  @ApiProperty({ description: 'The name staff will see', maxLength: 200 })
  @IsFilledText(200)
  displayName!: string;

  @IsOneOf(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'For a service user: her profile, which the account will open' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceUserId must be a UUID' })
  serviceUserId?: string;
}
