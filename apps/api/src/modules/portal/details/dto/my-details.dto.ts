import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsVersion, OptionalText } from '../../../../common/validators';
import { SafeContactDto, SafeContactIs } from '../../../service-users';

/** The details she keeps herself; staff see them at once (the same row). */
export class UpdateMyDetailsDto {
  @OptionalText(200, 'The name you like to be called')
  preferredName?: string | null;

  @OptionalText(60)
  pronouns?: string | null;

  @OptionalText(2000, 'What helps you take part')
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: SafeContactDto, description: 'How and when it is safe to contact you' })
  @SafeContactIs()
  safeContact?: SafeContactDto;

  @IsVersion()
  version!: number;
}
