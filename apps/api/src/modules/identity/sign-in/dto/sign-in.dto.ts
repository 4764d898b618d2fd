import { ApiProperty } from '@nestjs/swagger';
import { EmailField } from '../../credentials/dto/fields';
import { IsFilledText } from '../../../../common/validators';

export class SignInDto {
  @EmailField({ example: 'amara.advocate@demo.beside.test' })
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsFilledText(256)
  password!: string;
}
