import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CONVERSATION_MESSAGE_MAX } from '@beside/shared/contracts';
import { IsOptionalNotNull, IsVersion } from '../../../common/validators';

const NOT_BLANK = /\S/;

export class SendMessageDto {
  @ApiProperty({ maxLength: CONVERSATION_MESSAGE_MAX, description: 'The message, as written' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'body must not be empty' })
  @MaxLength(CONVERSATION_MESSAGE_MAX)
  body!: string;
}

/** Her message: to her current journey unless she names one of hers (null names none: refused). */
export class SendMyMessageDto extends SendMessageDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}

export class EditMessageDto extends SendMessageDto {
  @IsVersion()
  version!: number;
}

export class ConversationQueryDto {
  @ApiPropertyOptional({ description: 'From the previous page (older messages)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class MyConversationQueryDto extends ConversationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}
