import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../../credentials/dto/fields';

export class SignInDto {
  @EmailField({ example: 'amara.advocate@demo.beside.test' })
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(256)
  password!: string;
}
