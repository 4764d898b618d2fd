import type { ConcernSeverity } from './glossary';

/**
 * Safety planning and multi-agency safeguarding (issue 20; docs/SAFETY.md): risk checklists done with her, a safety
 * plan she keeps, referrals to MARAC, adult safeguarding and others, and every decision to share her information.
 */

// ——— Risk checklists ———

/** One possible answer and its weight in the score. */
export interface RiskAnswerOption {
  key: string;
  label: string;
  weight: number;
}

export interface RiskQuestion {
  key: string;
  text: string;
  /** Guidance for the person asking: why it matters, how to ask it gently. */
  guidance: string | null;
  required: boolean;
  options: RiskAnswerOption[];
}

export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Score bands: at or above `medium` is medium, at or above `high` is high; at or above `marac` a MARAC referral is recommended. */
export interface RiskThresholds {
  medium: number;
  high: number;
  marac: number;
}

/** What a checklist version says: its questions, weights, thresholds and guidance. */
export interface RiskChecklistBody {
  name: string;
  /** Guidance for the whole checklist: when to use it, how to talk about it with her. */
  guidance: string;
  questions: RiskQuestion[];
  thresholds: RiskThresholds;
  /** Where the wording comes from (e.g. "Written for Beside" or the licence an organisation holds). */
  source: string;
}

/** One version of a checklist: a version used by an assessment can no longer be edited (409). */
export interface RiskChecklistVersionView extends RiskChecklistBody {
  checklistKey: string;
  version: number;
  /** True for the version shipped with Beside (never edited: a new version replaces it). */
  shipped: boolean;
  /** Assessments made with it: once one exists, the version is fixed. */
  inUse: boolean;
  createdAt: string | null;
}

/** GET /api/risk-checklists: each checklist with its versions, newest last; the current one is used for new assessments. */
export interface RiskChecklistView {
  key: string;
  name: string;
  currentVersion: number;
  archived: boolean;
  versions: RiskChecklistVersionView[];
}

/** POST /api/risk-checklists (a checklist of the organisation's own, e.g. an imported licensed text) — with its key. */
export interface CreateRiskChecklistRequest extends RiskChecklistBody {
  key: string;
}

// POST /api/risk-checklists/:key/versions — a new version (RiskChecklistBody); PUT …/versions/:version — edit one not yet used.

// ——— Risk assessments ———

/** POST /api/journeys/:journeyId/risk-assessments: done with her, answers by question key. */
export interface CreateRiskAssessmentRequest {
  checklistKey: string;
  /** The day it was done with her (today if left out; never in the future). */
  assessedOn?: string;
  answers: Record<string, string>;
  /** What she said and what the advocate noticed, in words. */
  notes?: string | null;
}

export interface RiskAssessmentView {
  id: string;
  journeyId: string;
  checklistKey: string;
  checklistVersion: number;
  checklistName: string;
  assessedOn: string;
  /** Each question as asked, with her answer (null where an optional one was left). */
  answers: { questionKey: string; question: string; answerKey: string | null; answer: string | null; weight: number }[];
  score: number;
  level: RiskLevel;
  /** The score reached the checklist's MARAC threshold: a referral (and a concern) is recommended. */
  maracRecommended: boolean;
  thresholds: RiskThresholds;
  notes: string | null;
  assessedBy: string;
  createdAt: string;
  /** Kept from her portal by a manager's decision, with the reason and the date it is to be looked at again. */
  hiddenFromHer: { reason: string; by: string; at: string; reviewOn: string } | null;
}

/** POST /api/risk-assessments/:id/hide — a manager decides it is not safe to show her (reviewed after a set time). */
export interface HideRiskAssessmentRequest {
  reason: string;
}

/** POST /api/risk-assessments/:id/hide-review — looked at again: still hidden (a new review date) or shown to her. */
export interface ReviewHiddenAssessmentRequest {
  keepHidden: boolean;
  reason: string;
}

/** GET /api/my/risk-assessments — hers, unless held back. */
export interface MyRiskAssessment {
  id: string;
  checklistName: string;
  assessedOn: string;
  level: RiskLevel;
  score: number;
  answers: { question: string; answer: string | null }[];
  notes: string | null;
}

// ——— Safety plan ———

/** The sections of a safety plan, in the order they are shown. */
export const SAFETY_PLAN_SECTIONS = ['safe_places', 'people_to_call', 'emergency_numbers', 'code_words', 'what_to_take', 'at_home', 'at_work', 'online'] as const;
export type SafetyPlanSectionKey = (typeof SAFETY_PLAN_SECTIONS)[number];

export const SAFETY_PLAN_SECTION_WORDS: Record<SafetyPlanSectionKey, { heading: string; prompt: string }> = {
  safe_places: { heading: 'Safe places', prompt: 'Where can you go if you need to leave quickly?' },
  people_to_call: { heading: 'People I can call', prompt: 'Who can you call, and what will they do?' },
  emergency_numbers: { heading: 'Emergency numbers', prompt: 'Numbers to keep with you: 999 (press 55 if you cannot speak), helplines, people you trust.' },
  code_words: { heading: 'Code words', prompt: 'Words that tell someone you need help, and what they mean.' },
  what_to_take: { heading: 'What to take', prompt: 'Documents, medication, money, keys, phone charger…' },
  at_home: { heading: 'At home', prompt: 'What you will do at home to stay safer.' },
  at_work: { heading: 'At work or college', prompt: 'What you will do at work or college, and who there knows.' },
  online: { heading: 'Online and on my phone', prompt: 'Passwords, location sharing, accounts to check.' },
};

export interface SafetyPlanSectionView {
  key: SafetyPlanSectionKey;
  id: string | null;
  body: string | null;
  /** Written (last) by her: she edits it directly. Staff's words she changes through a change proposal. */
  byHer: boolean;
  updatedAt: string | null;
  /** Staff's name, or null when she wrote it. */
  updatedBy: string | null;
  version: number;
}

export interface SafetyPlanView {
  journeyId: string;
  /** Every section, in order (empty ones with a null body). */
  sections: SafetyPlanSectionView[];
  reviewOn: string | null;
  /** The review date has passed. */
  reviewDue: boolean;
  updatedAt: string | null;
  version: number;
}

/** PUT /api/journeys/:journeyId/safety-plan/sections/:key (staff) and PUT /api/my/safety-plan/sections/:key (her own words). */
export interface SaveSafetyPlanSectionRequest {
  body: string;
  /** The section's version, 0 for one not yet written. */
  version: number;
}

/** PUT /api/journeys/:journeyId/safety-plan/review — when it is to be looked at again with her. */
export interface SafetyPlanReviewRequest {
  reviewOn: string;
  version: number;
}

// ——— Multi-agency referrals ———

/** An organisation's list of agencies to refer to: these defaults, its changes and its own. */
export interface ReferralAgencyView {
  key: string;
  name: string;
  /** What the agency does with a referral, in plain words. */
  description: string;
  /** The status after acknowledgement: a MARAC discusses, a council opens a section 42 enquiry. */
  outcomeStatus: 'discussed' | 'enquiry_opened' | 'outcome_received';
  shipped: boolean;
  archived: boolean;
}

/** PUT /api/referral-agencies/:key. */
export type SaveReferralAgencyRequest = Omit<ReferralAgencyView, 'key' | 'shipped' | 'archived'>;

export const MULTI_AGENCY_REFERRAL_STATUSES = ['draft', 'sent', 'acknowledged', 'discussed', 'enquiry_opened', 'outcome_received', 'actions', 'closed'] as const;
export type MultiAgencyReferralStatus = (typeof MULTI_AGENCY_REFERRAL_STATUSES)[number];

/** The form as sent: filled from the latest risk assessment (never typed twice), with what the advocate adds. */
export interface MultiAgencyReferralForm {
  riskAssessmentId: string | null;
  assessedOn: string | null;
  checklistName: string | null;
  score: number | null;
  level: RiskLevel | null;
  /** The answers that carried weight, as asked and answered. */
  riskFactors: { question: string; answer: string }[];
  /** Why this referral, in the advocate's words. */
  reason: string;
  /** Her views on the referral, in her words where she gave them. */
  herViews: string | null;
  /** Children or others at risk, where relevant. */
  othersAtRisk: string | null;
}

export interface ReferralActionView {
  id: string;
  description: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  doneOn: string | null;
  overdue: boolean;
}

export interface MultiAgencyReferralView {
  id: string;
  journeyId: string;
  agencyKey: string;
  agencyName: string;
  /** The agency's step after acknowledgement, as it was when the referral was made (a later change of the list moves nothing). */
  outcomeStatus: ReferralAgencyView['outcomeStatus'];
  status: MultiAgencyReferralStatus;
  /** To whom at the agency (a team, a named coordinator). */
  sentTo: string;
  reference: string | null;
  sentOn: string | null;
  nextMeetingOn: string | null;
  form: MultiAgencyReferralForm;
  /** The sharing decision that let it go (required before it is marked sent). */
  sharingDecisionId: string | null;
  concernIds: string[];
  actions: ReferralActionView[];
  /** Each step along its road (sent, acknowledged, …) with the day and the note recorded, oldest first. */
  history: { status: MultiAgencyReferralStatus; on: string; note: string | null; recordedBy: string }[];
  createdBy: string;
  createdAt: string;
  closedOn: string | null;
  version: number;
}

/** POST /api/journeys/:journeyId/multi-agency-referrals: a draft, its form filled from her latest risk assessment. */
export interface CreateMultiAgencyReferralRequest {
  agencyKey: string;
  sentTo: string;
  reason: string;
  herViews?: string | null;
  othersAtRisk?: string | null;
  concernIds?: string[];
}

/** PATCH /api/multi-agency-referrals/:id (a draft's words, the reference, the next meeting, linked concerns). */
export interface UpdateMultiAgencyReferralRequest {
  version: number;
  sentTo?: string;
  reason?: string;
  herViews?: string | null;
  othersAtRisk?: string | null;
  reference?: string | null;
  nextMeetingOn?: string | null;
  concernIds?: string[];
}

/** POST /api/multi-agency-referrals/:id/sent — only with its sharing decision (400 without). */
export interface MarkReferralSentRequest {
  version: number;
  sentOn: string;
  sharingDecisionId: string;
  reference?: string | null;
}

/** POST /api/multi-agency-referrals/:id/status — forward only: acknowledged → discussed/enquiry opened/outcome → actions → closed. */
export interface MoveReferralStatusRequest {
  version: number;
  status: Exclude<MultiAgencyReferralStatus, 'draft' | 'sent'>;
  on: string;
  note?: string | null;
  nextMeetingOn?: string | null;
}

/** POST /api/multi-agency-referrals/:id/actions; PATCH …/actions/:actionId { doneOn }. */
export interface AddReferralActionRequest {
  description: string;
  ownerId: string;
  dueOn: string;
}

// ——— Sharing decisions ———

/** The lawful basis for sharing special-category data (UK GDPR Article 6 and 9; Data Protection Act 2018 Schedule 1). */
export const SHARING_LAWFUL_BASES = ['explicit_consent', 'vital_interests', 'safeguarding', 'legal_obligation', 'health_and_social_care', 'legal_claims'] as const;
export type SharingLawfulBasis = (typeof SHARING_LAWFUL_BASES)[number];

export const SHARING_LAWFUL_BASIS_WORDS: Record<SharingLawfulBasis, string> = {
  explicit_consent: 'Her explicit consent (UK GDPR Articles 6(1)(a) and 9(2)(a))',
  vital_interests: 'Vital interests: to protect her life or someone else’s when she cannot consent (Articles 6(1)(d) and 9(2)(c))',
  safeguarding: 'Safeguarding individuals who are at risk: Article 9(2)(g), and the Data Protection Act 2018, Schedule 1, paragraph 18',
  legal_obligation: 'A legal obligation, e.g. a court order (Article 6(1)(c))',
  health_and_social_care: 'Health or social care (Article 9(2)(h); Data Protection Act 2018, Schedule 1, paragraph 2)',
  legal_claims: 'Legal claims (Article 9(2)(f))',
};

/** What was weighed in deciding to share without her consent. */
export const SHARING_CONSIDERATIONS = ['risk_of_serious_harm', 'risk_to_children', 'vital_interests', 'prevent_crime', 'caldicott_seventh', 'consent_would_increase_risk', 'could_not_ask_her'] as const;
export type SharingConsideration = (typeof SHARING_CONSIDERATIONS)[number];

export const SHARING_CONSIDERATION_WORDS: Record<SharingConsideration, string> = {
  risk_of_serious_harm: 'A risk of serious harm to her',
  risk_to_children: 'A risk to children',
  vital_interests: 'Her vital interests, or someone else’s',
  prevent_crime: 'To prevent or detect a serious crime',
  caldicott_seventh: 'Caldicott principle 7: the duty to share information can be as important as the duty to protect confidentiality',
  consent_would_increase_risk: 'Asking for consent would increase the risk',
  could_not_ask_her: 'She could not be asked in time',
};

export interface SharingDecisionView {
  id: string;
  journeyId: string;
  /** What was shared, in words. */
  what: string;
  /** With whom: the agency and the person or team. */
  sharedWith: string;
  sharedOn: string;
  lawfulBasis: SharingLawfulBasis;
  withConsent: boolean;
  /** Without her consent: what was weighed and the reasoning, who decided, and a manager's review. */
  considerations: SharingConsideration[];
  reasoning: string | null;
  decidedBy: string;
  review: { by: string; at: string; note: string } | null;
  /** Whether she sees it in her portal; held back only as a documented safeguarding exemption. */
  shownToHer: boolean;
  heldBackReason: string | null;
  referralId: string | null;
  createdAt: string;
  version: number;
}

/** POST /api/journeys/:journeyId/sharing-decisions. */
export interface CreateSharingDecisionRequest {
  what: string;
  sharedWith: string;
  sharedOn: string;
  lawfulBasis: SharingLawfulBasis;
  withConsent: boolean;
  considerations?: SharingConsideration[];
  /** Required without her consent. */
  reasoning?: string | null;
  /** Without consent: false holds it back from her portal, with `heldBackReason` (required then). */
  shownToHer?: boolean;
  heldBackReason?: string | null;
  referralId?: string | null;
}

/** POST /api/sharing-decisions/:id/review — a manager's review of a sharing without consent. */
export interface ReviewSharingDecisionRequest {
  version: number;
  note: string;
  /** The review may change whether she is shown it (a reason to hold it back stays required). */
  shownToHer?: boolean;
  heldBackReason?: string | null;
}

/** GET /api/my/information-sharing — what was shared about her and with whom, unless held back. */
export interface MySharing {
  id: string;
  what: string;
  sharedWith: string;
  sharedOn: string;
  withConsent: boolean;
  /** Why, in plain words (the lawful basis, and the reasoning when it was without her consent). */
  why: string;
}

// ——— Managers' view ———

/** GET /api/safety/overview — the dashboard's safety figures for managers. */
export interface SafetyOverview {
  /** Women whose latest assessment is high risk. */
  highRisk: { count: number; women: { journeyId: string; serviceUserName: string; assessedOn: string; score: number }[] };
  /** Sent and not yet acknowledged, or acknowledged and awaiting the outcome. */
  referralsAwaiting: { acknowledgement: number; outcome: number; referrals: { id: string; journeyId: string; serviceUserName: string; agencyName: string; status: MultiAgencyReferralStatus; sentOn: string | null; nextMeetingOn: string | null }[] };
  /** Actions for Beside due or overdue, and meetings in the next 14 days. */
  actionsDue: { id: string; referralId: string; journeyId: string; description: string; ownerName: string; dueOn: string; overdue: boolean }[];
  meetingsSoon: { referralId: string; journeyId: string; agencyName: string; nextMeetingOn: string }[];
  safetyPlansPastReview: { journeyId: string; serviceUserName: string; reviewOn: string }[];
  sharingAwaitingReview: { id: string; journeyId: string; serviceUserName: string; sharedWith: string; sharedOn: string }[];
  hiddenAssessmentsToReview: { id: string; journeyId: string; serviceUserName: string; reviewOn: string }[];
}

/** The concern an assessment past the MARAC threshold suggests raising. */
export const HIGH_RISK_CONCERN_SEVERITY: ConcernSeverity = 'high';
