import { BadRequestException } from '@nestjs/common';
import type { BankHolidayRegion, ChallengeStageDefinition, ChallengeTypeDefinition, TimeLimit } from '@beside/shared/contracts';
import { deadlineFor } from './deadlines/challenge-deadline';

/** The dates a time limit may count from. */
export interface ChallengeDates {
  eventOn: string;
  awareOn: string | null;
  region: BankHolidayRegion;
}

/** The last day to act at a stage that began on `startedOn`, or null where no rule sets a limit. */
export function stageDeadline(limit: TimeLimit | null, startedOn: string, dates: ChallengeDates): string | null {
  if (!limit) return null;
  const from = limit.from === 'event' ? dates.eventOn : limit.from === 'awareness' ? (dates.awareOn ?? dates.eventOn) : startedOn;
  return deadlineFor(from, limit, dates.region);
}

/** The stage of the type with this key, and where it stands; 400 naming the problem when it is not one of the type's. */
export function stageOfType(type: ChallengeTypeDefinition, key: string): { stage: ChallengeStageDefinition; position: number } {
  const index = type.stages.findIndex((s) => s.key === key);
  if (index < 0) throw new BadRequestException([`stageKey must be one of the stages of "${type.name}": ${type.stages.map((s) => s.key).join(', ')}`]);
  return { stage: type.stages[index], position: index + 1 };
}

/** A date of the challenge must not be in the future (London's today) nor before the event. */
export function assertChallengeDate(field: string, date: string, eventOn: string, today: string): void {
  if (date > today) throw new BadRequestException([`${field} must not be in the future`]);
  if (date < eventOn) throw new BadRequestException([`${field} must not be before the event (${eventOn})`]);
}
