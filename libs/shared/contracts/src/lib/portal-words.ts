import type {
  AppointmentStatus,
  ChangeProposalStatus,
  ConcernCategory,
  ContactChannel,
  GoalCategory,
  GoalStatus,
  JourneyStatus,
  ProfessionalRole,
  ReferralSource,
  StepOwner,
  SupportLevel,
} from './glossary';
import type { ChangeProposalTarget, ConsentState } from './portal';
import type { ReferralPart } from './network';

// The glossary in the words she reads, spoken to "you": her portal screens and her data download
// (the HTML copy) both use these, so a code never reaches her. The JSON download keeps the codes.

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

/** Follows a person's name: "Amara Hughes will be with you". */
export const SUPPORT_WORDS: Record<SupportLevel, string> = {
  advocate_led: 'will speak for you',
  accompanied: 'will be with you',
  prepared: 'will help you get ready',
  independent: 'is there if you need her',
};

/** The same, for an appointment that has passed: "Amara Hughes helped you get ready". */
export const SUPPORT_WORDS_PAST: Record<SupportLevel, string> = {
  advocate_led: 'spoke for you',
  accompanied: 'was with you',
  prepared: 'helped you get ready',
  independent: 'was there if you needed her',
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
  letter: 'a letter',
  safety_plan_section: 'a section of your plan',
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

export const APPOINTMENT_STATUS_WORDS: Record<AppointmentStatus, string> = {
  planned: 'Planned',
  attended: 'You went',
  missed: 'Missed',
  cancelled: 'Cancelled',
  rescheduled: 'Moved to another time',
};

export const JOURNEY_STATUS_WORDS: Record<JourneyStatus, string> = {
  referred: 'Just started',
  active: 'Open',
  closing: 'Coming to an end',
  closed: 'Ended',
};

export const REFERRAL_SOURCE_WORDS: Record<ReferralSource, string> = {
  self: 'You asked for help yourself',
  gp: 'Your GP (doctor)',
  mental_health_team: 'A mental health team',
  other_charity: 'Another charity',
  social_services: 'Social services',
  housing: 'Housing',
  police: 'The police',
  family_or_friend: 'Family or a friend',
  other: 'Someone else',
  network_referral: 'Another organisation in the network, with your agreement',
};

export const CONCERN_CATEGORY_WORDS: Record<ConcernCategory, string> = {
  abuse_or_violence: 'Someone is hurting me or frightening me',
  exploitation: 'Someone is using me or taking my money',
  risk_to_self: 'I am worried I might hurt myself',
  neglect: 'Nobody is looking after what I need',
  risk_to_others: 'Someone else might get hurt',
  service_quality: 'The help I get from the service',
  staff_conduct: 'Something a member of staff did',
  other: 'Something else',
};

export const CONSENT_STATE_WORDS: Record<ConsentState, string> = {
  current: 'You agreed',
  withdrawn: 'You took this back',
  expired: 'Ended',
};

/** What a referral to another member organisation carried, in her words (her Referrals page, her data download). */
export const REFERRAL_PART_WORDS: Record<ReferralPart, string> = {
  profile: 'Your name, pronouns and date of birth',
  safe_contact: 'How and when it is safe to contact you',
  plan_items: 'The goals from your plan that you chose',
};
