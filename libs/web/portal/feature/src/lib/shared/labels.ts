import type {
  ChangeProposalStatus,
  ChangeProposalTarget,
  ContactChannel,
  GoalCategory,
  GoalStatus,
  ProfessionalRole,
  StepOwner,
  SupportLevel,
} from '@beside/shared/contracts';
import { SERVICE_TIME_ZONE } from '@beside/shared/util';

// The glossary in words she reads: short, plain, spoken to "you".
export const GOAL_CATEGORY_WORDS: Record<GoalCategory, string> = {
  health: 'Health',
  housing: 'Housing',
  safety: 'Feeling safe',
  money: 'Money',
  rights: 'My rights',
  relationships: 'People in my life',
  wellbeing: 'Wellbeing',
  other: 'Something else',
};

export const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  open: 'Not started',
  in_progress: 'Working on it',
  achieved: 'Done',
  dropped: 'Stopped',
};

export const STEP_OWNER_WORDS: Record<StepOwner, string> = {
  her: 'You',
  advocate: 'Your advocate',
  together: 'You and your advocate',
};

export const ROLE_WORDS: Record<ProfessionalRole, string> = {
  psychiatrist: 'Psychiatrist',
  gp: 'GP (doctor)',
  psychotherapist: 'Therapist',
  community_mental_health_team: 'Community team',
  social_worker: 'Social worker',
  housing: 'Housing',
  benefits: 'Benefits',
  police: 'Police',
  court: 'Court',
  other: 'Appointment',
};

export const SUPPORT_WORDS: Record<SupportLevel, string> = {
  advocate_led: 'will speak for you',
  accompanied: 'will be with you',
  prepared: 'will help you get ready',
  independent: 'is there if you need her',
};

export const CHANNEL_WORDS: Record<ContactChannel, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  post: 'Letter',
};

export const PROPOSAL_STATUS_WORDS: Record<ChangeProposalStatus, string> = {
  pending: 'Waiting for a reply',
  accepted: 'Changed',
  declined: 'Not changed',
};

export const TARGET_WORDS: Record<ChangeProposalTarget, string> = {
  goal: 'a goal',
  step: 'a step',
  note: 'a note',
  appointment: 'an appointment',
};

export const FIELD_WORDS: Record<string, string> = {
  words: 'The goal',
  targetDate: 'Target date',
  description: 'The step',
  dueDate: 'Due date',
  body: 'The note',
  purpose: 'What it is for',
  location: 'Where',
  professionalOrganisation: 'Who it is with',
  outcome: 'What happened',
};

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: 'numeric', minute: '2-digit', hour12: true });
const SHORT_WITH_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });

/** "Tuesday 3 March 2026", London time. A bare date ("2026-03-03") is a calendar day and is not shifted. */
export function londonDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return DAY.format(new Date(value));
}

/** "3 Mar", London time. */
export function londonShortDay(value: string): string {
  return SHORT.format(new Date(value));
}

/** "2:30 pm", London time, with a space that never breaks before "pm". */
export function londonTime(value: string): string {
  return TIME.format(new Date(value)).replace(/\s(?=[ap]m$)/i, '\u00a0');
}

/** "3 Mar 2026, 2:30 pm", London time: short enough for a table cell on a phone. */
export function londonShortDateTime(value: string): string {
  return `${SHORT_WITH_YEAR.format(new Date(value))}, ${londonTime(value)}`;
}

/** True when both times fall on the same London calendar day. */
export function sameLondonDay(a: string, b: string): boolean {
  return DAY.format(new Date(a)) === DAY.format(new Date(b));
}
