import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CONSULTATION_QUESTION_KINDS,
  CONSULTATION_SCALE_MAX,
  CONSULTATION_SCALE_MIN,
  CONSULTATION_TEXT_LIMIT_MAX,
  type AnswerConsultationRequest,
  type ConsultationAnswer,
  type ConsultationChoice,
  type ConsultationQuestionBody,
  type ConsultationQuestionKind,
  type CreateConsultationRequest,
  type PublicAnswerRequest,
  type ReplaceQuestionsRequest,
  type UpdateConsultationRequest,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsVersion, OptionalText } from '../../../common/validators';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const CHOICE_KEY = /^[a-z0-9_-]{1,40}$/;

export class CreateConsultationDto implements CreateConsultationRequest {
  @ApiProperty({ maxLength: 200 })
  @IsFilledText(200)
  title!: string;

  @ApiProperty({ maxLength: 2000, description: 'Shown first, in plain words: what is kept and who sees what' })
  @IsFilledText(2000)
  privacyNotice!: string;

  @ApiProperty({ description: 'Fixed at creation; a network-wide consultation must be anonymous' })
  @IsBoolean({ message: 'anonymous must be true or false: choose it now, it cannot change later' })
  anonymous!: boolean;

  @ApiProperty({ example: '2026-12-01' })
  @IsCalendarDate()
  opensOn!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate()
  closesOn!: string;

  @ApiPropertyOptional({ nullable: true, example: 'cy' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'secondLanguage must be a language code such as cy or pl' })
  secondLanguage?: string | null;

  @ApiPropertyOptional({ description: 'A public link for women without an account (anonymous consultations only)' })
  @IsOptional()
  @IsBoolean({ message: 'publicLink must be true or false' })
  publicLink?: boolean;

  @ApiPropertyOptional({ description: "Reaches the women of every member organisation (anonymous only); the network operator's always do" })
  @IsOptional()
  @IsBoolean({ message: 'networkWide must be true or false' })
  networkWide?: boolean;
}

export class UpdateConsultationDto implements UpdateConsultationRequest {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsFilledText(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsFilledText(2000)
  privacyNotice?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  opensOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'secondLanguage must be a language code such as cy or pl' })
  secondLanguage?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'publicLink must be true or false' })
  publicLink?: boolean;
}

export class ConsultationVersionDto {
  @IsVersion()
  version!: number;
}

export class ConsultationChoiceDto implements ConsultationChoice {
  @ApiProperty({ description: 'A stable key: lower-case letters, digits, - or _' })
  @Matches(CHOICE_KEY, { message: 'choices: each key must be 1–40 lower-case letters, digits, - or _' })
  key!: string;

  @ApiProperty({ maxLength: 300 })
  @IsFilledText(300)
  words!: string;

  @OptionalText(600)
  easyRead?: string | null;

  @OptionalText(300)
  secondLanguageWords?: string | null;
}

export class ConsultationQuestionDto implements ConsultationQuestionBody {
  @ApiProperty({ enum: CONSULTATION_QUESTION_KINDS })
  @IsIn(CONSULTATION_QUESTION_KINDS, { message: `kind must be one of ${CONSULTATION_QUESTION_KINDS.join(', ')}` })
  kind!: ConsultationQuestionKind;

  @ApiProperty({ maxLength: 1000 })
  @IsFilledText(1000)
  words!: string;

  @OptionalText(2000, 'The easy-read version of the question')
  easyRead?: string | null;

  @OptionalText(1000, 'The question in the second language')
  secondLanguageWords?: string | null;

  @ApiPropertyOptional({ type: [ConsultationChoiceDto] })
  @IsOptional()
  @IsArray({ message: 'choices must be a list' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ConsultationChoiceDto)
  choices?: ConsultationChoiceDto[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'required must be true or false' })
  required?: boolean;

  @ApiPropertyOptional({ maximum: CONSULTATION_TEXT_LIMIT_MAX })
  @IsOptional()
  @IsInt({ message: 'textLimit must be a whole number' })
  @Min(1, { message: `textLimit must be from 1 to ${CONSULTATION_TEXT_LIMIT_MAX}` })
  @Max(CONSULTATION_TEXT_LIMIT_MAX, { message: `textLimit must be from 1 to ${CONSULTATION_TEXT_LIMIT_MAX}` })
  textLimit?: number;
}

export class ReplaceQuestionsDto implements ReplaceQuestionsRequest {
  @IsVersion()
  version!: number;

  @ApiProperty({ type: [ConsultationQuestionDto] })
  @IsArray({ message: 'questions must be a list' })
  @ArrayMinSize(1, { message: 'questions: a consultation needs at least one question' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ConsultationQuestionDto)
  questions!: ConsultationQuestionDto[];
}

export class ConsultationAnswerDto implements ConsultationAnswer {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'answers: each questionId must be a UUID' })
  questionId!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'answers: chosen must be a list of choice keys' })
  @ArrayMaxSize(30)
  @IsString({ each: true, message: 'answers: chosen must be a list of choice keys' })
  chosen?: string[];

  @ApiPropertyOptional({ minimum: CONSULTATION_SCALE_MIN, maximum: CONSULTATION_SCALE_MAX })
  @IsOptional()
  @IsInt({ message: 'answers: scale must be a whole number from 0 to 10' })
  @Min(CONSULTATION_SCALE_MIN, { message: 'answers: scale must be from 0 to 10' })
  @Max(CONSULTATION_SCALE_MAX, { message: 'answers: scale must be from 0 to 10' })
  scale?: number;

  @ApiPropertyOptional({ maxLength: CONSULTATION_TEXT_LIMIT_MAX })
  @IsOptional()
  @IsString({ message: 'answers: text must be text' })
  @MaxLength(CONSULTATION_TEXT_LIMIT_MAX, { message: `answers: text must be at most ${CONSULTATION_TEXT_LIMIT_MAX} characters` })
  text?: string;
}

export class AnswerConsultationDto implements AnswerConsultationRequest {
  @ApiProperty({ type: [ConsultationAnswerDto] })
  @IsDefined({ message: 'answers is required' })
  @IsArray({ message: 'answers must be a list' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ConsultationAnswerDto)
  answers!: ConsultationAnswerDto[];
}

export class PublicAnswerDto extends AnswerConsultationDto implements PublicAnswerRequest {
  @ApiProperty({ description: 'The challenge from GET /api/public/consultations/:slug' })
  @IsString({ message: 'challenge is required: fetch the consultation again for one' })
  @MaxLength(400)
  challenge!: string;

  @ApiProperty({ description: 'A nonce such that sha256(challenge + nonce) starts with the asked number of zero bits' })
  @IsString({ message: 'nonce is required: the answer to the proof of work' })
  @MaxLength(100)
  nonce!: string;
}
