import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { EmailField } from '../../credentials/dto/fields';
import { ROLES, type Role } from '@beside/shared/contracts';
import { IsFilledText, IsOneOf } from '../../../../common/validators';

/** The network operator is made with the CLI in the network's own organisation, never invited into a member. */
const INVITABLE_ROLES = ROLES.filter((r) => r !== 'network_admin');

export class CreateInvitationDto {
  @EmailField()
  email!: string;

  @ApiProperty({ description: 'The name staff will see', maxLength: 200 })
  @IsFilledText(200)
  displayName!: string;

  @IsOneOf(INVITABLE_ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'For a service user: her profile, which the account will open' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceUserId must be a UUID' })
  serviceUserId?: string;
}
