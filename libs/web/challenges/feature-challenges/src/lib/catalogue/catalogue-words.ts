import type { TimeLimit, TimeLimitStart, TimeLimitUnit } from '@beside/shared/contracts';
import type { CatalogueOrigin } from '@beside/web/challenges/data-access';
import type { StatusScheme } from '@beside/web/ui';

/** Where an entry comes from, beside its name in the lists. */
export const ORIGIN: StatusScheme<CatalogueOrigin> = {
  default: { label: 'Default', tone: 'grey' },
  changed: { label: 'Changed', tone: 'blue' },
  own: { label: 'Your own', tone: 'purple' },
};

export const UNIT_WORDS: Readonly<Record<TimeLimitUnit, string>> = {
  calendar_days: 'Calendar days',
  working_days: 'Working days',
  weeks: 'Weeks',
  months: 'Months',
};

export const FROM_WORDS: Readonly<Record<TimeLimitStart, string>> = {
  event: 'The event or decision',
  awareness: 'When she became aware of it',
  stage_start: 'The day this stage began',
};

const UNIT_NOUNS: Readonly<Record<TimeLimitUnit, [string, string]>> = {
  calendar_days: ['day', 'days'],
  working_days: ['working day', 'working days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

const FROM_PHRASES: Readonly<Record<TimeLimitStart, string>> = {
  event: 'from the event',
  awareness: 'from when she became aware of it',
  stage_start: 'from the day the stage began',
};

/** A time limit in a few words: "21 days from the event". */
export function limitInWords(limit: TimeLimit): string {
  const [one, many] = UNIT_NOUNS[limit.unit];
  return `${limit.amount} ${limit.amount === 1 ? one : many} ${FROM_PHRASES[limit.from]}`;
}

/** A key made from a name: lower-case letters, digits and _, starting with a letter, up to 40 characters. */
export function keyFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug;
}

/** How many stages, and how many of them a rule gives a time limit: "4 stages, 3 with a time limit". */
export function stagesInWords(stages: readonly { limit: TimeLimit | null }[]): string {
  const limited = stages.filter((s) => s.limit).length;
  const count = `${stages.length} ${stages.length === 1 ? 'stage' : 'stages'}`;
  return limited ? `${count}, ${limited} with a time limit` : `${count}, no time limits`;
}
