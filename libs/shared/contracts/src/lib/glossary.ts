// The words of ../shared/docs/PRODUCT.md, as values the database, API and UI share.

export const JOURNEY_STATUSES = ['referred', 'active', 'closing', 'closed'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

/** Where a journey's referral came from, as staff record it at intake. */
export const INTAKE_REFERRAL_SOURCES = [
  'self',
  'gp',
  'mental_health_team',
  'other_charity',
  'social_services',
  'housing',
  'police',
  'family_or_friend',
  'other',
] as const;
/** …and a referral from another member organisation, accepted here (issue 17): only Beside sets it. */
export const REFERRAL_SOURCES = [...INTAKE_REFERRAL_SOURCES, 'network_referral'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export type IntakeReferralSource = (typeof INTAKE_REFERRAL_SOURCES)[number];

export const PROFESSIONAL_ROLES = [
  'psychiatrist',
  'gp',
  'psychotherapist',
  'community_mental_health_team',
  'social_worker',
  'housing',
  'benefits',
  'police',
  'court',
  'other',
] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const APPOINTMENT_STATUSES = ['planned', 'attended', 'missed', 'cancelled', 'rescheduled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

// Ordered along the road to self-advocacy.
export const SUPPORT_LEVELS = ['advocate_led', 'accompanied', 'prepared', 'independent'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export const GOAL_CATEGORIES = [
  'health',
  'housing',
  'safety',
  'money',
  'rights',
  'relationships',
  'wellbeing',
  'other',
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const STEP_OWNERS = ['her', 'advocate', 'together'] as const;
export type StepOwner = (typeof STEP_OWNERS)[number];

export const NOTE_VISIBILITIES = ['staff', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const CONCERN_SEVERITIES = ['low', 'medium', 'high', 'immediate'] as const;
export type ConcernSeverity = (typeof CONCERN_SEVERITIES)[number];

export const CONCERN_STATUSES = ['raised', 'triaged', 'action', 'referred', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const CONCERN_CATEGORIES = [
  'risk_to_self',
  'abuse_or_violence',
  'exploitation',
  'neglect',
  'risk_to_others',
  'service_quality',
  'staff_conduct',
  'other',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

export const CHANGE_PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ChangeProposalStatus = (typeof CHANGE_PROPOSAL_STATUSES)[number];

export const CONTACT_CHANNELS = ['phone', 'text', 'email', 'post'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
