import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  PANEL_VOTES,
  type CastVoteRequest,
  type DecideFindingRequest,
  type FindingEvidenceBody,
  type PanelVote,
  type ProposeFindingRequest,
  type RankFindingsRequest,
  type UpdatePanelSettingsRequest,
} from '@beside/shared/contracts';
import { IsOneOf, IsVersion } from '../../../common/validators';
import { Words } from '../words';

const OptionalId = (name: string) => applyDecorators(IsOptional(), IsUUID('all', { message: `${name} must be a UUID` }));

export class PanelSettingsDto implements UpdatePanelSettingsRequest {
  @ApiProperty({ description: 'Whether the panel records who voted how (off: counts only)' })
  @IsBoolean({ message: 'namedVoting must be true or false' })
  namedVoting!: boolean;

  @IsVersion()
  version!: number;
}

export class FindingEvidenceDto implements FindingEvidenceBody {
  @ApiProperty({ description: 'A consultation whose results the organisation may read' })
  @IsUUID('all', { message: 'consultationId must be a UUID' })
  consultationId!: string;

  @ApiPropertyOptional({ nullable: true })
  @OptionalId('questionId')
  questionId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @OptionalId('themeId')
  themeId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A published quote of the consultation' })
  @OptionalId('quoteId')
  quoteId?: string | null;

  @ApiProperty({ maxLength: 2000, description: 'In plain words, what this shows' })
  @Words(2000)
  note!: string;
}

const EvidenceList = () =>
  applyDecorators(
  IsArray({ message: 'evidence must be a list' }),
  ArrayMinSize(1, { message: 'evidence: a finding rests on at least one piece of evidence' }),
  ArrayMaxSize(20),
  ValidateNested({ each: true }),
  Type(() => FindingEvidenceDto),
  );

export class ProposeFindingDto implements ProposeFindingRequest {
  @ApiProperty({ maxLength: 200 })
  @Words(200)
  title!: string;

  @ApiProperty({ maxLength: 4000 })
  @Words(4000)
  summary!: string;

  @ApiProperty({ type: [FindingEvidenceDto] })
  @EvidenceList()
  evidence!: FindingEvidenceDto[];
}

export class UpdateFindingDto implements Partial<ProposeFindingRequest> {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Words(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Words(4000)
  summary?: string;

  @ApiPropertyOptional({ type: [FindingEvidenceDto], description: 'Replaces the evidence before' })
  @IsOptional()
  @EvidenceList()
  evidence?: FindingEvidenceDto[];
}

export class CastVoteDto implements CastVoteRequest {
  @IsOneOf(PANEL_VOTES)
  vote!: PanelVote;
}

export class DecideFindingDto implements DecideFindingRequest {
  @IsOneOf(['approved', 'set_aside'], { description: 'Approve it as a priority, or set it aside' })
  outcome!: 'approved' | 'set_aside';

  @IsVersion()
  version!: number;
}

export class RankFindingsDto implements RankFindingsRequest {
  @ApiProperty({ description: 'Every approved finding once, first priority first' })
  @IsArray({ message: 'findingIds must be a list' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'findingIds must hold UUIDs' })
  findingIds!: string[];
}
