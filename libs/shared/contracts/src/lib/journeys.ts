import type {
  AppointmentStatus,
  ContactChannel,
  GoalCategory,
  GoalStatus,
  JourneyStatus,
  NoteVisibility,
  ProfessionalRole,
  ReferralSource,
  StepOwner,
  SupportLevel,
} from './glossary';
import type { MessageConsent, ReminderLeadHours, SafeTimeWindow } from './safe-contact';

// Request and response shapes of the advocate's journey routes (issue 5).
// Every editable record carries `version`: send it back on update; a stale one answers 409
// with `{ message, current }`, where `current` is the record as it is now.

export const CLOSURE_OUTCOMES = ['self_advocating', 'goals_met', 'moved_on', 'transferred', 'disengaged', 'other'] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

export const CASELOAD_SORTS = ['referral', 'name', 'next_appointment'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export interface VersionConflict<T> {
  statusCode: 409;
  message: string;
  current: T;
}

export interface SafeContact {
  channels: ContactChannel[];
  /** Her own words about when it is safe (kept as she said it; before issue 16 the only form). */
  safeTimes: string | null;
  /** When Beside may send her anything: days and hours on the London clock. None: nothing is sent. */
  safeWindows: SafeTimeWindow[];
  /** Whether her advocate has turned her words into the windows above (or confirmed them). */
  safeWindowsReviewed: boolean;
  voicemailAllowed: boolean;
  codeWord: string | null;
  /** The mobile number it is safe to text, in +44 form. */
  textNumber: string | null;
  /** What she agreed to be sent, and how. */
  messageConsent: MessageConsent;
  /** How long before an appointment she wants a reminder; null: none. */
  reminderLeadHours: ReminderLeadHours | null;
}

export interface ServiceUserProfile {
  id: string;
  name: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string | null;
  languages: string | null;
  interpreterNeeded: boolean;
  accessibilityNeeds: string | null;
  safeContact: SafeContact;
  hasAccount: boolean;
  /** Her account's state: invited (has not set her password yet), active, or disabled; null without one. */
  accountStatus: 'invited' | 'active' | 'disabled' | null;
  version: number;
}

/** Her safe contact as a form sends it: the fields it knows; the API keeps the others as they are. */
export type SafeContactInput = Partial<SafeContact>;

export type ServiceUserProfileInput = Partial<Omit<ServiceUserProfile, 'id' | 'hasAccount' | 'accountStatus' | 'version' | 'name' | 'safeContact'>> & {
  name?: string;
  safeContact?: SafeContactInput;
};

export interface ConsentView {
  id: string;
  serviceUserId: string;
  agreement: string;
  sharedWith: string | null;
  givenOn: string;
  validUntil: string | null;
  recordedAt: string;
  recordedByName: string | null;
  withdrawnAt: string | null;
  withdrawnByName: string | null;
  /** Not withdrawn and not past its end date. */
  current: boolean;
  version: number;
}

export interface IntakeRequest {
  serviceUserId?: string;
  serviceUser?: ServiceUserProfileInput & { name: string };
  referralSource: ReferralSource;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  secondaryAdvocateId?: string | null;
}

export interface StatusChangeRequest {
  status: JourneyStatus;
  version: number;
  outcome?: ClosureOutcome;
  reason?: string;
}

export interface JourneyDetail {
  id: string;
  serviceUserId: string;
  status: JourneyStatus;
  referralSource: ReferralSource;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  secondaryAdvocateId: string | null;
  planReviewDate: string | null;
  closedAt: string | null;
  closureOutcome: ClosureOutcome | null;
  closureReason: string | null;
  version: number;
}

export interface CaseloadEntry {
  id: string;
  serviceUserId: string;
  serviceUserName: string;
  status: JourneyStatus;
  referralDate: string;
  primaryAdvocateName: string;
  nextAppointmentAt: string | null;
  overdueSteps: number;
  lastContactAt: string | null;
  /** Changes she proposed from her portal that staff have not yet accepted or declined. */
  pendingProposals: number;
  /** Open concerns on the journey that the reader may see, and how many of them are past their triage deadline. */
  openConcerns: number;
  overdueConcerns: number;
  /** The soonest next deadline of her open challenges (a London date), if any has one. */
  nextChallengeDeadlineOn: string | null;
}

/** What an appointment is: with whom, when, where and what for (what staff enter, and what staff and she read). */
export interface AppointmentDetails {
  professionalRole: ProfessionalRole;
  professionalOrganisation: string | null;
  startsAt: string;
  endsAt: string;
  location: string | null;
  remote: boolean;
  purpose: string | null;
}

export interface AppointmentView extends AppointmentDetails {
  id: string;
  journeyId: string;
  status: AppointmentStatus;
  replacedById: string | null;
  preparation: string | null;
  outcome: string | null;
  accompaniment: AccompanimentView | null;
  version: number;
}

export interface AccompanimentView {
  id: string;
  appointmentId: string;
  advocateIds: string[];
  supportLevel: SupportLevel;
  timeSpentMinutes: number | null;
  debrief: string | null;
  version: number;
}

/** A step towards a goal, as staff and she both read it. */
export interface StepView {
  id: string;
  goalId: string;
  description: string;
  owner: StepOwner;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  version: number;
}

export interface GoalView {
  id: string;
  journeyId: string;
  words: string;
  category: GoalCategory;
  targetDate: string | null;
  status: GoalStatus;
  steps: StepView[];
  version: number;
}

export interface PlanView {
  journeyId: string;
  reviewDate: string | null;
  goals: GoalView[];
}

export interface CheckInView {
  id: string;
  confidence: number;
  words: string | null;
  recordedAt: string;
}

export interface NoteView {
  id: string;
  journeyId: string;
  visibility: NoteVisibility;
  body: string;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  version: number;
}

export interface NoteVersionView {
  version: number;
  visibility: NoteVisibility;
  body: string;
  writtenAt: string;
  writtenByName: string | null;
}

export const TIMELINE_KINDS = [
  'referral',
  'status_change',
  'appointment',
  'accompaniment',
  'goal',
  'step_done',
  'check_in',
  'note',
  'concern',
  'message',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  kind: TimelineKind;
  id: string;
  at: string;
  /** What happened, by kind: ids, enum values and short fields. */
  detail: Record<string, unknown>;
}

export interface TrendPoint {
  appointmentId: string;
  startsAt: string;
  professionalRole: ProfessionalRole;
  supportLevel: SupportLevel;
}

export interface CalendarSubscription {
  /** Shown once: only its hash is kept. */
  url: string;
  createdAt: string;
}
