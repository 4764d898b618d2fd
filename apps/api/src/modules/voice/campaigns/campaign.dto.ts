import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import type {
  CampaignActionRequest,
  CampaignActionStatus,
  CampaignAskRequest,
  CampaignOutcomeRequest,
  CampaignRequest,
  CampaignStatus,
  CampaignTargetRequest,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsOneOf, IsVersion, OptionalText } from '../../../common/validators';
import { Words } from '../words';

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['active', 'achieved', 'closed'];
export const CAMPAIGN_ACTION_STATUSES: readonly CampaignActionStatus[] = ['planned', 'done', 'dropped'];

export class CampaignDto implements CampaignRequest {
  @ApiProperty({ maxLength: 200 })
  @Words(200)
  title!: string;

  @ApiProperty({ maxLength: 4000 })
  @Words(4000)
  summary!: string;

  @ApiProperty({ description: 'The approved findings it follows: at least one' })
  @IsArray({ message: 'findingIds must be a list' })
  @ArrayMinSize(1, { message: 'findingIds: a campaign follows at least one approved finding' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'findingIds must hold UUIDs' })
  findingIds!: string[];

  @IsOptional()
  @IsOneOf(CAMPAIGN_STATUSES, { required: false, default: 'active' })
  status?: CampaignStatus;
}

export class UpdateCampaignDto extends PartialType(CampaignDto) {
  @IsVersion()
  version!: number;
}

/** The campaign's version, for removing it or one of its items. */
export class CampaignVersionDto {
  @IsVersion()
  version!: number;
}

export class CampaignAskDto implements CampaignAskRequest {
  @ApiProperty({ maxLength: 1000, description: 'What the campaign asks for, in plain words' })
  @Words(1000)
  words!: string;

  @IsVersion()
  version!: number;
}

export class CampaignTargetDto implements CampaignTargetRequest {
  @ApiProperty({ maxLength: 200, description: 'e.g. a national taskforce, an NHS integrated care board, a council' })
  @Words(200)
  name!: string;

  @OptionalText(1000)
  description?: string | null;

  @IsVersion()
  version!: number;
}

export class CampaignActionDto implements CampaignActionRequest {
  @ApiProperty({ maxLength: 1000 })
  @Words(1000)
  what!: string;

  @ApiProperty({ maxLength: 200, description: 'Who does it' })
  @Words(200)
  owner!: string;

  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @IsOptional()
  @IsOneOf(CAMPAIGN_ACTION_STATUSES, { required: false, default: 'planned' })
  status?: CampaignActionStatus;

  @IsOptional()
  @IsCalendarDate()
  doneOn?: string | null;

  @IsVersion()
  version!: number;
}

export class CampaignOutcomeDto implements CampaignOutcomeRequest {
  @ApiProperty({ maxLength: 1000 })
  @Words(1000)
  what!: string;

  @ApiProperty({ example: '2027-03-01' })
  @IsCalendarDate()
  achievedOn!: string;

  @ApiProperty({ maxLength: 2000, description: 'What shows it happened: a letter, minutes, a published policy (words or a link)' })
  @Words(2000)
  evidence!: string;

  @IsVersion()
  version!: number;
}

export class UpdateAskDto extends PartialType(OmitType(CampaignAskDto, ['version'])) {
  @IsVersion()
  version!: number;
}

export class UpdateTargetDto extends PartialType(OmitType(CampaignTargetDto, ['version'])) {
  @IsVersion()
  version!: number;
}

export class UpdateActionDto extends PartialType(OmitType(CampaignActionDto, ['version'])) {
  @IsVersion()
  version!: number;
}

export class UpdateOutcomeDto extends PartialType(OmitType(CampaignOutcomeDto, ['version'])) {
  @IsVersion()
  version!: number;
}
