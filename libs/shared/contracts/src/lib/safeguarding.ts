import type { ChallengeDeadlineView } from './challenges';
import type { ConcernCategory, ConcernSeverity, ConcernStatus, SupportLevel } from './glossary';
import type { Role } from './roles';

/**
 * The concern workflow: raised → triaged → action → referred (optional) → closed.
 * A concern is always triaged before anything else; from then on it may close at any point.
 */
export const CONCERN_TRANSITIONS: Record<ConcernStatus, readonly ConcernStatus[]> = {
  raised: ['triaged'],
  triaged: ['action', 'referred', 'closed'],
  action: ['referred', 'closed'],
  referred: ['action', 'closed'],
  closed: [],
};

export interface PersonRef {
  id: string;
  name: string;
}

/** One row of the concerns register. */
export interface ConcernSummary {
  id: string;
  reference: string;
  category: ConcernCategory;
  severity: ConcernSeverity;
  status: ConcernStatus;
  raisedAt: string;
  triageDueAt: string;
  triagedAt: string | null;
  closedAt: string | null;
  /** Not yet triaged and past its triage deadline. */
  overdue: boolean;
  journeyId: string | null;
  serviceUserId: string | null;
  /** Her preferred name (or first name): null when the concern is about nobody in particular. */
  serviceUserName: string | null;
  raisedBy: PersonRef;
  raisedByRole: Exclude<Role, 'admin'>;
  aboutStaff: PersonRef | null;
  /** The raiser asked that her advocate not be told it came from her: managers only. */
  hideRaiserFromAdvocate: boolean;
  /** Never shown to the woman it is about. */
  confidentialFromSubject: boolean;
  openActions: number;
  /** Earliest due date of an open action, YYYY-MM-DD. */
  nextActionDueOn: string | null;
  version: number;
}

export interface ConcernEventView {
  id: string;
  fromStatus: ConcernStatus | null;
  toStatus: ConcernStatus;
  note: string | null;
  changedAt: string;
  changedBy: PersonRef | null;
}

export interface ConcernActionView {
  id: string;
  description: string;
  owner: PersonRef;
  /** YYYY-MM-DD */
  dueOn: string;
  overdue: boolean;
  doneAt: string | null;
  doneBy: PersonRef | null;
  doneNote: string | null;
  createdAt: string;
  createdBy: PersonRef;
}

export interface ConcernDetail extends ConcernSummary {
  description: string;
  referredTo: string | null;
  /** The internal outcome, for the record. */
  outcome: string | null;
  /** What the person who raised it is told. */
  outcomeForRaiser: string | null;
  events: ConcernEventView[];
  actions: ConcernActionView[];
}

/** POST /api/concerns — staff raise a concern (an advocate or a manager). */
export interface RaiseStaffConcernRequest {
  journeyId?: string;
  category: ConcernCategory;
  severity: ConcernSeverity;
  description: string;
  /** A concern about a member of staff: never visible to that person. */
  aboutStaffUserId?: string;
  confidentialFromSubject?: boolean;
}

/** POST /api/concerns/:concernId/transitions — managers move a concern on. */
export interface ConcernTransitionRequest {
  to: Exclude<ConcernStatus, 'raised'>;
  note: string;
  version: number;
  /** At triage the manager may change the severity. */
  severity?: ConcernSeverity;
  /** Required when `to` is `referred`: e.g. "Local authority adult safeguarding team". */
  referredTo?: string;
  /** Required when `to` is `closed`. */
  outcome?: string;
  /** Required when `to` is `closed`: what the person who raised it is told. */
  outcomeForRaiser?: string;
}

/** POST /api/concerns/:concernId/actions */
export interface AddConcernActionRequest {
  description: string;
  ownerId: string;
  dueOn: string;
}

/** POST /api/concerns/:concernId/actions/:actionId/done */
export interface CompleteConcernActionRequest {
  note?: string;
}

/** GET /api/concerns query: every filter optional; `cursor` from the previous page. */
export const CONCERN_REGISTER_VIEWS = ['open', 'overdue', 'closed', 'all'] as const;
export type ConcernRegisterView = (typeof CONCERN_REGISTER_VIEWS)[number];

export const NOTIFICATION_KINDS = [
  'concern.raised',
  'concern.overdue',
  'journey.reassigned',
  'journey.break_glass',
  'account.second_step_locked',
  'account.role_approval',
  'conversation.message',
  'referral.received',
  'referral.answered',
  'challenge.deadline_near',
  'challenge.deadline_missed',
  'safety.action_due',
  'safety.meeting_soon',
  'safety.plan_review_due',
  'safety.hidden_review_due',
  'safety.sharing_to_review',
  'data_request.received',
  'breach.recorded',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In-app notification: no case detail in the text beyond a reference, only a link. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  text: string;
  /** Web route to open: /concerns/<id>, /journeys/<id> or /caseload. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** One advocate's load, for allocation and the dashboard. */
export interface AdvocateCaseload {
  advocate: PersonRef;
  activeJourneys: number;
  highSeverityOpenConcerns: number;
  appointmentsThisWeek: number;
}

/** POST /api/journeys/:journeyId/advocates — a manager reassigns a journey's advocates. */
export interface ReassignAdvocatesRequest {
  primaryAdvocateId: string;
  secondaryAdvocateId: string | null;
  reason: string;
  version: number;
}

export interface ConcernAgeRow {
  severity: ConcernSeverity;
  total: number;
  /** Raised less than 24 hours ago. */
  underOneDay: number;
  oneToSevenDays: number;
  overSevenDays: number;
}

export interface MonthlySupportLevels {
  /** YYYY-MM */
  month: string;
  counts: Record<SupportLevel, number>;
}

export interface SelfAdvocacyPoint {
  month: string;
  accompaniments: number;
  independentOrPrepared: number;
  /** 0–1, null when there were no accompaniments that month. */
  share: number | null;
}

export interface MonthlyCount {
  month: string;
  count: number;
}

/** GET /api/dashboard — every figure computed in SQL over the whole organisation. */
export interface Dashboard {
  generatedAt: string;
  openConcernsBySeverity: ConcernAgeRow[];
  overdueTriage: { count: number; concerns: ConcernSummary[] };
  breakGlassAwaitingReview: number;
  caseloads: AdvocateCaseload[];
  appointmentsThisWeek: number;
  /** Appointments in the last 90 days that have happened: attended / (attended + missed). */
  attendance: { attended: number; missed: number; rate: number | null };
  /** The last 12 months, oldest first. */
  accompanimentsBySupportLevel: MonthlySupportLevels[];
  selfAdvocacyTrend: SelfAdvocacyPoint[];
  /**
   * Issue 18: her anonymous feedback after accompanied appointments, the last 12 months, oldest first — the share who
   * agree "Because I had an advocate, I feel more able to raise concerns with staff". Null below five answers.
   */
  advocateFeedbackTrend: { month: string; responses: SuppressedCount; agreePercent: number | null }[];
  goalsAchieved: { total: number; byMonth: MonthlyCount[] };
  /**
   * Issue 19: open challenges whose next deadline has passed (`missed`) or falls within the next 14 days (`near`),
   * and the ten soonest of them.
   */
  challengeDeadlines: { missed: number; near: number; soonest: ChallengeDeadlineView[] };
}

/** Counts from 1 to 4 are shown as "<5" so that no woman can be re-identified. */
export const SMALL_NUMBER_THRESHOLD = 5;
export type SuppressedCount = number | '<5';

export interface MonthlyReportRow {
  section: 'referrals' | 'journeys' | 'appointments' | 'accompaniments' | 'concerns' | 'closures' | 'safety';
  label: string;
  value: SuppressedCount;
}

/** GET /api/reports/monthly?month=YYYY-MM (and /api/reports/monthly.csv). Aggregates only. */
export interface MonthlyReport {
  month: string;
  organisationName: string;
  generatedAt: string;
  rows: MonthlyReportRow[];
}

export function suppressSmallNumber(count: number): SuppressedCount {
  return count > 0 && count < SMALL_NUMBER_THRESHOLD ? '<5' : count;
}
