/**
 * Challenges (issue 19): complaints, reviews and appeals with her, stage by stage, each stage with its time limit.
 * Part 1 (this file so far): the time-limit rules a challenge type's stages carry.
 */
export const TIME_LIMIT_UNITS = ['calendar_days', 'working_days', 'weeks', 'months'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** What a stage's time limit counts from. */
export const TIME_LIMIT_STARTS = ['event', 'awareness', 'stage_start', 'previous_stage_end'] as const;
export type TimeLimitStart = (typeof TIME_LIMIT_STARTS)[number];

/** Bank holidays for working days: England or Wales (date-holidays regions). */
export const BANK_HOLIDAY_REGIONS = ['GB-ENG', 'GB-WLS'] as const;
export type BankHolidayRegion = (typeof BANK_HOLIDAY_REGIONS)[number];

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
  from: TimeLimitStart;
  /** A limit that ends on a weekend or bank holiday moves to the next working day (as tribunal rules say). */
  nextWorkingDay?: boolean;
  /** Where the rule comes from, in words: the regulation or guidance and its section. */
  source: string;
}

/** A stage of a challenge type, in order: its name and, where a rule sets one, its time limit. */
export interface ChallengeStageDefinition {
  key: string;
  name: string;
  /** What happens at this stage, in plain words. */
  description: string;
  limit: TimeLimit | null;
}

/** A type in an organisation's catalogue (shipped with the defaults; each organisation can edit its own). */
export interface ChallengeTypeDefinition {
  key: string;
  name: string;
  /** The kind of body challenged, e.g. 'An NHS trust or GP practice'. */
  bodyHint: string;
  stages: ChallengeStageDefinition[];
}
