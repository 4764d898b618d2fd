import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull, IsVersion } from '../../../journeys/dto/validators';
import { SafeContactDto } from '../../../service-users/dto/service-user.dto';

/** The details she keeps herself; staff see them at once (the same row). */
export class UpdateMyDetailsDto {
  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'The name you like to be called' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  preferredName?: string | null;

  @ApiPropertyOptional({ maxLength: 60, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  pronouns?: string | null;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, description: 'What helps you take part' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: SafeContactDto, description: 'How and when it is safe to contact you' })
  @IsOptionalNotNull()
  @IsObject({ message: 'safeContact must be an object' })
  @ValidateNested()
  @Type(() => SafeContactDto)
  safeContact?: SafeContactDto;

  @IsVersion()
  version!: number;
}
