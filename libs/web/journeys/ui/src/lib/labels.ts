import { GOAL_STATUS_WORDS } from '@beside/shared/contracts';
import type {
  MessageChannel,
  ReminderLeadHours,
  AppointmentStatus,
  ClosureOutcome,
  ContactChannel,
  GoalCategory,
  GoalStatus,
  JourneyStatus,
  NoteVisibility,
  ProfessionalRole,
  ReferralSource,
  StepOwner,
  SupportLevel,
} from '@beside/shared/contracts';

// The glossary's values in the words people read (PRODUCT.md).
export const JOURNEY_STATUS_LABELS: Record<JourneyStatus, string> = {
  referred: 'Referred',
  active: 'Active',
  closing: 'Closing',
  closed: 'Closed',
};

export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  self: 'She referred herself',
  gp: 'GP',
  mental_health_team: 'Mental health team',
  other_charity: 'Another charity',
  social_services: 'Social services',
  housing: 'Housing',
  police: 'Police',
  family_or_friend: 'Family or a friend',
  other: 'Other',
  network_referral: 'Another member organisation (a referral she agreed to)',
};

export const PROFESSIONAL_ROLE_LABELS: Record<ProfessionalRole, string> = {
  psychiatrist: 'Psychiatrist',
  gp: 'GP',
  psychotherapist: 'Psychotherapist',
  community_mental_health_team: 'Community mental health team',
  social_worker: 'Social worker',
  housing: 'Housing',
  benefits: 'Benefits',
  police: 'Police',
  court: 'Court',
  other: 'Other',
};

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  planned: 'Planned',
  attended: 'Attended',
  missed: 'Missed',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
};

export const SUPPORT_LEVEL_LABELS: Record<SupportLevel, string> = {
  advocate_led: 'Advocate led (spoke for her)',
  accompanied: 'Accompanied (she spoke)',
  prepared: 'Prepared (she went alone)',
  independent: 'Independent (she arranged it)',
};

export const SUPPORT_LEVEL_SHORT: Record<SupportLevel, string> = {
  advocate_led: 'Advocate led',
  accompanied: 'Accompanied',
  prepared: 'Prepared',
  independent: 'Independent',
};

export const GOAL_CATEGORY_LABELS: Record<GoalCategory, string> = {
  health: 'Health',
  housing: 'Housing',
  safety: 'Safety',
  money: 'Money',
  rights: 'Rights',
  relationships: 'Relationships',
  wellbeing: 'Wellbeing',
  other: 'Other',
};

/** One vocabulary for a goal's status: staff see the plain words she sees in her plan. */
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = GOAL_STATUS_WORDS;

export const STEP_OWNER_LABELS: Record<StepOwner, string> = {
  her: 'Her',
  advocate: 'Advocate',
  together: 'Together',
};

export const NOTE_VISIBILITY_LABELS: Record<NoteVisibility, string> = {
  staff: 'Staff only',
  shared: 'Shared with her',
};

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  post: 'Post',
};

export const CLOSURE_OUTCOME_LABELS: Record<ClosureOutcome, string> = {
  self_advocating: 'She now advocates for herself',
  goals_met: 'Her goals are met',
  moved_on: 'She moved on',
  transferred: 'Transferred to another service',
  disengaged: 'She stopped taking part',
  other: 'Other',
};

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = { email: 'By email', text: 'By text' };

/** Reminder lead times, in the order offered; null: no reminders. */
export const REMINDER_LEAD_LABELS: readonly { hours: ReminderLeadHours | null; label: string }[] = [
  { hours: null, label: 'No reminders' },
  { hours: 2, label: '2 hours before' },
  { hours: 24, label: 'The day before (24 hours)' },
  { hours: 48, label: '2 days before' },
  { hours: 72, label: '3 days before' },
];
