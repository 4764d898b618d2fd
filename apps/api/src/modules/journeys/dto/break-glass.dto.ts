import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class BreakGlassDto {
  @ApiProperty({ description: 'Why you need to open a journey that is not assigned to you', minLength: 10, maxLength: 1000 })
  @IsString()
  @MinLength(10, { message: 'reason must say why, in at least 10 characters' })
  @MaxLength(1000)
  reason!: string;
}

export class BreakGlassReviewDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1, { message: 'comment must not be empty' })
  @MaxLength(2000)
  comment!: string;
}
