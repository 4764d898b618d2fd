import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import type { Role } from '@beside/shared/contracts';
import { IsFilledText, IsOptionalNotNull } from '../../../../common/validators';

export class ChangePasswordDto {
  @ApiProperty()
  @IsFilledText(256)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 15 characters (8 with two-step sign-in); not a common password' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

export class UpdateAccountDto {
  @ApiPropertyOptional({ enum: ['advocate', 'manager', 'admin', 'panel_member'] })
  @IsOptionalNotNull()
  @IsIn(['advocate', 'manager', 'admin', 'panel_member'], { message: 'role must be one of: advocate, manager, admin, panel_member' })
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

export class EmailAlertsDto {
  @ApiProperty({ description: 'A copy of each in-app notification by email: a link only, never names or case text' })
  @IsBoolean({ message: 'on must be true or false' })
  on!: boolean;
}
