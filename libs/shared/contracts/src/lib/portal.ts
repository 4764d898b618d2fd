import type { MyDataRequest } from './data-protection';
import type { MyReferralView } from './network';
import type {
  AppointmentStatus,
  ChangeProposalStatus,
  ConcernCategory,
  ConcernSeverity,
  ConcernStatus,
  GoalCategory,
  GoalStatus,
  JourneyStatus,
  SupportLevel,
} from './glossary';
import type { AccessLogEntry } from './audit';
import type { AppointmentDetails, SafeContact, StepView } from './journeys';
import type { SafetyPlanSectionKey } from './safety';

// Request and response shapes of her own portal (issue 6): every route is under /api/my/.
// Editable records carry `version`; a stale one answers 409 with `{ message, current }`.

/** Who wrote a goal, step or note: she did, or someone from the service did. */
export type WrittenBy = 'her' | 'staff';

export interface MyJourney {
  id: string;
  status: JourneyStatus;
  referralDate: string;
  closedAt: string | null;
  /** The one her plan, appointments and check-ins default to. */
  current: boolean;
  advocates: string[];
}

export interface MyStep extends StepView {
  writtenBy: WrittenBy;
}

export interface MyGoal {
  id: string;
  words: string;
  category: GoalCategory;
  targetDate: string | null;
  status: GoalStatus;
  writtenBy: WrittenBy;
  steps: MyStep[];
  version: number;
}

export interface SharedNote {
  id: string;
  body: string;
  writtenBy: WrittenBy;
  writtenByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MyCheckIn {
  id: string;
  confidence: number;
  words: string | null;
  recordedAt: string;
}

export interface MyPlan {
  journeyId: string;
  reviewDate: string | null;
  goals: MyGoal[];
  /** Notes her advocate shared with her (never staff-only notes). */
  sharedNotes: SharedNote[];
  /** Her latest check-ins, newest first (all of them: GET /api/my/check-ins). */
  recentCheckIns: MyCheckIn[];
}

/** What she may propose a change to, and each field's longest value. */
export const CHANGE_PROPOSAL_FIELDS = {
  goal: { words: 2000, targetDate: 10 },
  step: { description: 1000, dueDate: 10 },
  note: { body: 10000 },
  appointment: { purpose: 1000, location: 500, professionalOrganisation: 200, outcome: 4000 },
  // Issue 19: a letter shared with her, while it is not sent yet.
  letter: { body: 10000 },
  // Issue 20: a section of her safety plan that staff wrote (she edits her own directly).
  safety_plan_section: { body: 4000 },
} as const;
export type ChangeProposalTarget = keyof typeof CHANGE_PROPOSAL_FIELDS;
export const CHANGE_PROPOSAL_TARGETS = Object.keys(CHANGE_PROPOSAL_FIELDS) as ChangeProposalTarget[];
export const CHANGE_PROPOSAL_FIELD_NAMES = [
  ...new Set(Object.values(CHANGE_PROPOSAL_FIELDS).flatMap((fields) => Object.keys(fields))),
] as string[];

export interface ChangeProposalRequest {
  targetType: ChangeProposalTarget;
  targetId: string;
  field: string;
  proposedValue: string;
  reason: string;
}

export interface ChangeProposalView {
  id: string;
  journeyId: string;
  serviceUserId: string;
  /** Staff views only: her name, for the caseload list. */
  serviceUserName?: string;
  targetType: ChangeProposalTarget;
  targetId: string;
  field: string;
  originalValue: string | null;
  proposedValue: string;
  reason: string;
  status: ChangeProposalStatus;
  reply: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  createdAt: string;
  version: number;
}

export interface ChangeProposalDecision {
  version: number;
  /** Required to decline; optional to accept. */
  reply?: string;
}

export interface ComingWithHer {
  name: string;
  supportLevel: SupportLevel;
}

export interface MyAppointment extends AppointmentDetails {
  id: string;
  journeyId: string;
  status: AppointmentStatus;
  /** Her own "what I want to say". */
  preparation: string | null;
  outcome: string | null;
  comingWithHer: ComingWithHer[];
  version: number;
}

export interface MyAppointments {
  upcoming: MyAppointment[];
  past: MyAppointment[];
}

export interface MyDetails {
  name: string;
  preferredName: string | null;
  pronouns: string | null;
  accessibilityNeeds: string | null;
  safeContact: SafeContact;
  version: number;
}

export const CONSENT_STATES = ['current', 'withdrawn', 'expired'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export interface MyConsent {
  id: string;
  agreement: string;
  sharedWith: string | null;
  givenOn: string;
  validUntil: string | null;
  withdrawnAt: string | null;
  state: ConsentState;
  version: number;
}

/** Triage deadlines by severity, in hours (an organisation may set its own in settings.concernTriageHours). */
export const CONCERN_TRIAGE_HOURS: Record<ConcernSeverity, number> = { immediate: 1, high: 24, medium: 72, low: 168 };

/** How a concern's status reads to the person who raised it. */
export const CONCERN_STATUS_FOR_RAISER: Record<ConcernStatus, 'sent' | 'being looked at' | 'closed'> = {
  raised: 'sent',
  triaged: 'being looked at',
  action: 'being looked at',
  referred: 'being looked at',
  closed: 'closed',
};

export interface RaiseConcernRequest {
  category: ConcernCategory;
  severity?: ConcernSeverity;
  description: string;
  /** "Don't tell my advocate it came from me": managers only see who raised it. */
  hideFromAdvocate?: boolean;
  /** The concern is about her advocate: it is kept from her advocate entirely. */
  aboutMyAdvocate?: boolean;
}

export interface MyConcern {
  id: string;
  reference: string;
  category: ConcernCategory;
  severity: ConcernSeverity;
  description: string;
  hideFromAdvocate: boolean;
  raisedAt: string;
  status: ConcernStatus;
  statusForHer: (typeof CONCERN_STATUS_FOR_RAISER)[ConcernStatus];
  /** What she is told when it closes. */
  outcome: string | null;
  closedAt: string | null;
}

/** GET /api/my/data.json: everything held about her that she is entitled to. */
export interface MyData {
  exportedAt: string;
  profile: MyDetails & { dateOfBirth: string | null; languages: string | null; interpreterNeeded: boolean };
  journeys: (MyJourney & { referralSource: string; referralReason: string; closureOutcome: string | null; planReviewDate: string | null })[];
  goals: (MyGoal & { journeyId: string })[];
  checkIns: (MyCheckIn & { journeyId: string })[];
  appointments: MyAppointment[];
  sharedNotes: (SharedNote & { journeyId: string })[];
  changeProposals: ChangeProposalView[];
  concerns: MyConcern[];
  consents: MyConsent[];
  /** Her messages with her advocates, oldest first, with what each said before an edit. */
  messages: { journeyId: string; sentAt: string; from: string; mine: boolean; body: string; editedAt: string | null; earlierVersions: { body: string; replacedAt: string }[] }[];
  accessLog: AccessLogEntry[];
  /** Her referrals to other member organisations (issue 17), in plain words. */
  referrals: MyReferralView[];
  /** Her safety plans (issue 20), one a journey where one was started: the sections written, in order, and the review date. */
  safetyPlans: { journeyId: string; reviewOn: string | null; sections: { key: SafetyPlanSectionKey; body: string; byHer: boolean; updatedAt: string }[] }[];
  /** Her requests about her information (issue 21): what she asked, when, and the answer once sent. */
  dataRequests: MyDataRequest[];
}
