/**
 * The data lifecycle under UK GDPR (issue 21; docs/DATA-PROTECTION.md): requests from the women with their clocks and
 * exemptions, and the breach register with its 72-hour clock.
 */

// ——— Requests from her (UK GDPR Articles 15–21; the clock: Article 12(3)) ———

export const DATA_REQUEST_KINDS = ['access', 'rectification', 'erasure', 'restriction', 'objection'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_KIND_WORDS: Record<DataRequestKind, { staff: string; her: string }> = {
  access: { staff: 'Access (a copy of her data)', her: 'See a copy of what you hold about me' },
  rectification: { staff: 'Rectification (correct something)', her: 'Correct something that is wrong' },
  erasure: { staff: 'Erasure (delete her data)', her: 'Delete what you hold about me' },
  restriction: { staff: 'Restriction (limit its use)', her: 'Stop using my information for now' },
  objection: { staff: 'Objection (stop a use)', her: 'Object to how my information is used' },
};

/** How a request reached the organisation: from her portal, or recorded by staff. */
export const DATA_REQUEST_CHANNELS = ['portal', 'letter', 'in_person', 'email', 'phone'] as const;
export type DataRequestChannel = (typeof DATA_REQUEST_CHANNELS)[number];

export const DATA_REQUEST_STATUSES = ['received', 'extended', 'decided', 'answered'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

export const DATA_REQUEST_DECISIONS = ['granted', 'partly_granted', 'refused'] as const;
export type DataRequestDecision = (typeof DATA_REQUEST_DECISIONS)[number];

/** Exemptions commonly weighed here (ICO guidance on the rights; Data Protection Act 2018 Schedules 2–4). */
export const DATA_REQUEST_EXEMPTIONS = [
  'safeguarding_record_kept',
  'confidential_concern_held_back',
  'third_party_information',
  'legal_obligation',
  'legal_claims',
  'serious_harm',
  'manifestly_unfounded_or_excessive',
] as const;
export type DataRequestExemption = (typeof DATA_REQUEST_EXEMPTIONS)[number];

export const DATA_REQUEST_EXEMPTION_WORDS: Record<DataRequestExemption, string> = {
  safeguarding_record_kept: 'A safeguarding record kept (health and social care; legal obligation)',
  confidential_concern_held_back: 'A confidential concern held back (serious harm; third parties)',
  third_party_information: 'Information about other people (Data Protection Act 2018, Schedule 2, paragraph 16)',
  legal_obligation: 'Kept because the law requires it (UK GDPR Article 17(3)(b))',
  legal_claims: 'Kept for legal claims (UK GDPR Article 17(3)(e))',
  serious_harm: 'Disclosure would be likely to cause serious harm (Data Protection Act 2018, Schedule 3)',
  manifestly_unfounded_or_excessive: 'Manifestly unfounded or excessive (UK GDPR Article 12(5))',
};

export interface DataRequestView {
  id: string;
  serviceUserId: string;
  serviceUserName: string;
  kind: DataRequestKind;
  channel: DataRequestChannel;
  /** What she asked, in her words (or as staff wrote down a letter or a conversation). */
  details: string;
  receivedOn: string;
  /** One month from receipt (Article 12(3)): the corresponding date next month, the last day if there is none, then the next working day. */
  dueOn: string;
  /** Extended by up to two further months for a complex request, with the reason recorded. */
  extendedTo: string | null;
  extensionReason: string | null;
  /** The date that counts now (extendedTo or dueOn) and the days left (negative once missed); null once answered. */
  clock: { dueOn: string; daysLeft: number } | null;
  status: DataRequestStatus;
  decision: DataRequestDecision | null;
  decisionReason: string | null;
  exemptions: DataRequestExemption[];
  decidedBy: string | null;
  answer: string | null;
  answeredOn: string | null;
  recordedBy: string | null;
  createdAt: string;
  version: number;
}

/** POST /api/my/data-requests — her request from her portal. */
export interface MyDataRequestRequest {
  kind: DataRequestKind;
  details: string;
}

/** POST /api/data-requests — staff record a request made by letter, in person, by email or phone. */
export interface RecordDataRequestRequest extends MyDataRequestRequest {
  serviceUserId: string;
  channel: Exclude<DataRequestChannel, 'portal'>;
  /** The day it was received (not in the future). */
  receivedOn: string;
}

/** POST /api/data-requests/:id/extend. */
export interface ExtendDataRequestRequest {
  version: number;
  /** One or two further months. */
  months: 1 | 2;
  reason: string;
}

/** POST /api/data-requests/:id/decision. */
export interface DecideDataRequestRequest {
  version: number;
  decision: DataRequestDecision;
  reason: string;
  exemptions: DataRequestExemption[];
}

/** POST /api/data-requests/:id/answer — the answer sent to her. */
export interface AnswerDataRequestRequest {
  version: number;
  answeredOn: string;
  answer: string;
}

/** GET /api/my/data-requests — hers, in plain words. */
export interface MyDataRequest {
  id: string;
  kind: DataRequestKind;
  details: string;
  receivedOn: string;
  /** When she can expect the answer by. */
  answerBy: string;
  status: DataRequestStatus;
  decision: DataRequestDecision | null;
  /** The reason for the decision and the answer, once sent. */
  answer: string | null;
  answeredOn: string | null;
  extensionReason: string | null;
}

// ——— The breach register (UK GDPR Articles 33 and 34) ———

export const BREACH_RISKS = ['unlikely', 'risk', 'high_risk'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];

export const BREACH_RISK_WORDS: Record<BreachRisk, string> = {
  unlikely: 'Unlikely to result in a risk to people',
  risk: "A risk to people's rights and freedoms (tell the Information Commissioner)",
  high_risk: 'A high risk to people (tell the Commissioner and the women affected)',
};

export interface BreachActionView {
  at: string;
  by: string;
  what: string;
}

export interface BreachView {
  id: string;
  reference: string;
  /** What happened, in words. */
  summary: string;
  occurredAt: string | null;
  /** When the organisation became aware: the 72 hours run from here. */
  foundAt: string;
  /** The last moment to tell the Information Commissioner (foundAt + 72 hours) and the hours left (negative once passed). */
  icoClock: { deadlineAt: string; hoursLeft: number } | null;
  recordsAffected: string;
  peopleAffected: number;
  risk: BreachRisk | null;
  riskReasoning: string | null;
  /** Whether to tell the Commissioner, with reasons; when told. */
  icoDecision: { tell: boolean; reason: string; decidedBy: string; decidedAt: string } | null;
  icoToldAt: string | null;
  icoReference: string | null;
  /** Whether to tell the women affected, with reasons; when told. */
  womenDecision: { tell: boolean; reason: string; decidedBy: string; decidedAt: string } | null;
  womenToldAt: string | null;
  actions: BreachActionView[];
  recordedBy: string;
  createdAt: string;
  closedAt: string | null;
  version: number;
}

/** POST /api/breaches. */
export interface RecordBreachRequest {
  summary: string;
  occurredAt?: string | null;
  foundAt: string;
  recordsAffected: string;
  peopleAffected: number;
}

/** PATCH /api/breaches/:id — the assessment and the facts as they become clearer. */
export interface UpdateBreachRequest {
  version: number;
  summary?: string;
  occurredAt?: string | null;
  recordsAffected?: string;
  peopleAffected?: number;
  risk?: BreachRisk;
  riskReasoning?: string;
}

/** POST /api/breaches/:id/ico-decision and …/women-decision. */
export interface BreachDecisionRequest {
  version: number;
  tell: boolean;
  reason: string;
  /** When told (may be given with the decision, or later through the same route with the same decision). */
  toldAt?: string | null;
  /** The Commissioner's case reference, once given. */
  reference?: string | null;
}

/** POST /api/breaches/:id/actions. */
export interface BreachActionRequest {
  version: number;
  what: string;
}

/** POST /api/breaches/:id/close. */
export interface CloseBreachRequest {
  version: number;
}

// ——— Retention (UK GDPR Article 5(1)(e): kept no longer than needed; docs/DATA-PROTECTION.md "Retention schedule") ———

/**
 * The record types with a retention period. `closed_journey`: her case record, counted from the journey's closure.
 * `safeguarding`: concerns, risk assessments, multi-agency referrals and sharing decisions (kept longer), counted from
 * the same closure. `audit_event`: informational — audit events hold ids and actions, no personal data, and are never
 * anonymised; kept at least as long as the records they describe.
 */
export const RETENTION_RECORD_TYPES = ['closed_journey', 'safeguarding', 'audit_event'] as const;
export type RetentionRecordType = (typeof RETENTION_RECORD_TYPES)[number];

export interface RetentionRuleView {
  recordType: RetentionRecordType;
  /** Months after the journey closed before its record is due for review. */
  keepMonths: number;
  /** Why this period: the default's source and reasoning, or the organisation's own reason. */
  reason: string;
  /** The default in code (months) and whether the organisation has changed it. */
  defaultMonths: number;
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
  /** 0 while the default stands. */
  version: number;
}

/** PUT /api/retention-rules/:recordType. */
export interface SaveRetentionRuleRequest {
  /** 0 while the default stands. */
  version: number;
  /** Whole months, at least 1. */
  keepMonths: number;
  reason: string;
}

export interface RetentionKeepDecisionView {
  keepUntil: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

/**
 * GET /api/retention-reviews — a journey whose time is up, computed live: closed longer ago than its rule (and than the
 * safeguarding rule too if it has safeguarding records), past any keep decision, not anonymised, not held. The id is
 * the journey's id.
 */
export interface RetentionReviewView {
  id: string;
  journeyId: string;
  serviceUserName: string;
  /** What the record is, in words (e.g. "Her journey, with safeguarding records"). */
  what: string;
  hasSafeguardingRecords: boolean;
  closedOn: string;
  dueOn: string;
  /** The last keep decision, if any (its date has passed). */
  previousKeep: RetentionKeepDecisionView | null;
  /** Approved for anonymisation and waiting for the job. */
  approved: { at: string; by: string; reason: string | null } | null;
  /** Why it cannot be approved now (an open concern or multi-agency referral), or null. */
  blockedBy: string | null;
}

/** POST /api/retention-reviews/:reviewId/keep. */
export interface KeepRecordRequest {
  /** A future date (YYYY-MM-DD): not due again until then. */
  keepUntil: string;
  reason: string;
}

/** POST /api/retention-reviews/:reviewId/anonymise — approved; the job does the work. */
export interface AnonymiseRecordRequest {
  reason?: string | null;
}

/** GET /api/journeys/:journeyId/retention — the review state of one journey (advocates for theirs, managers). */
export interface JourneyRetentionView {
  journeyId: string;
  closedOn: string | null;
  hasSafeguardingRecords: boolean;
  /** The rules that apply (closed_journey, and safeguarding if it has such records). */
  rules: { recordType: RetentionRecordType; keepMonths: number }[];
  /** When it is or was due (null while open); a keep decision moves it. */
  dueOn: string | null;
  keep: RetentionKeepDecisionView | null;
  approvedForAnonymisation: boolean;
  /** A legal hold: whether held and since when; the reason only to those who manage data protection. */
  hold: { held: boolean; since: string | null; reason: string | null };
  anonymisedAt: string | null;
}

/** POST /api/journeys/:journeyId/legal-hold and …/legal-hold/lift. */
export interface LegalHoldRequest {
  reason: string;
}
