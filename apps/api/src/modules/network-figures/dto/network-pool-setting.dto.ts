import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class NetworkPoolSettingDto {
  @ApiProperty({ description: "Whether this organisation's figures join the network's pooled figures" })
  @IsBoolean({ message: 'sharesNetworkFigures: Choose yes or no' })
  sharesNetworkFigures!: boolean;
}
