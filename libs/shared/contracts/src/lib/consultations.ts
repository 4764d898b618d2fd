import type { NetworkFigure } from './network';

/**
 * Consultations (issue 18, phase 1): surveys of women, anonymous or named (fixed at creation), reached
 * through her portal and, for anonymous ones, a public link. Results are counts with small numbers suppressed.
 */
export const CONSULTATION_QUESTION_KINDS = ['single', 'several', 'scale', 'text'] as const;
export type ConsultationQuestionKind = (typeof CONSULTATION_QUESTION_KINDS)[number];

/** The 0–10 scale of a 'scale' question. */
export const CONSULTATION_SCALE_MIN = 0;
export const CONSULTATION_SCALE_MAX = 10;
/** The longest free-text answer a question may allow. */
export const CONSULTATION_TEXT_LIMIT_MAX = 4000;
/** Pooled anonymous answers move into the results only this many at once (all of them at close). */
export const CONSULTATION_POOL_BATCH = 5;

export type ConsultationStatus = 'draft' | 'open' | 'closed';

export interface ConsultationChoice {
  /** Stable key, e.g. 'a' or 'housing': answers name it. */
  key: string;
  words: string;
  easyRead?: string | null;
  secondLanguageWords?: string | null;
}

export interface ConsultationQuestionBody {
  kind: ConsultationQuestionKind;
  words: string;
  easyRead?: string | null;
  secondLanguageWords?: string | null;
  /** For 'single' and 'several': two or more. */
  choices?: ConsultationChoice[];
  /** Required by default. */
  required?: boolean;
  /** For 'text': up to 4000 (the default). */
  textLimit?: number;
}

export interface ConsultationQuestionView extends Required<Omit<ConsultationQuestionBody, 'textLimit'>> {
  id: string;
  position: number;
  textLimit: number | null;
}

/** POST /api/consultations. */
export interface CreateConsultationRequest {
  title: string;
  /** Shown first, in plain words: what is kept, who sees what. */
  privacyNotice: string;
  /** Fixed at creation; a network-wide consultation is always anonymous. */
  anonymous: boolean;
  opensOn: string;
  closesOn: string;
  /** e.g. 'cy', 'pl', 'ur'. */
  secondLanguage?: string | null;
  /** Only for an anonymous consultation. */
  publicLink?: boolean;
  /** A manager's may reach the women of every member organisation (then anonymous); the operator's always do. */
  networkWide?: boolean;
}

/** PATCH /api/consultations/:id: refused (409) once anyone has answered. */
export interface UpdateConsultationRequest {
  version: number;
  title?: string;
  privacyNotice?: string;
  opensOn?: string;
  closesOn?: string;
  secondLanguage?: string | null;
  publicLink?: boolean;
}

/** PUT /api/consultations/:id/questions: the questions in order, replacing any before. */
export interface ReplaceQuestionsRequest {
  version: number;
  questions: ConsultationQuestionBody[];
}

export interface ConsultationView {
  id: string;
  title: string;
  privacyNotice: string;
  anonymous: boolean;
  networkWide: boolean;
  opensOn: string;
  closesOn: string;
  status: ConsultationStatus;
  secondLanguage: string | null;
  publicLink: boolean;
  /** The public page's slug, when the link is on: /consultations/public/<slug>. */
  publicSlug: string | null;
  version: number;
  /** True once anyone has answered: the consultation and its questions can no longer change. */
  locked: boolean;
  /** True when the caller's organisation runs it: only then may it be changed, its answers tagged or its quotes reviewed (another member's network-wide one is read-only). */
  runByYourOrganisation?: boolean;
  questions: ConsultationQuestionView[];
}

/** One answer to one question. */
export interface ConsultationAnswer {
  questionId: string;
  /** For 'single' (one key) and 'several' (one or more). */
  chosen?: string[];
  /** For 'scale': 0 to 10. */
  scale?: number;
  /** For 'text'. */
  text?: string;
}

export interface AnswerConsultationRequest {
  answers: ConsultationAnswer[];
}

/** POST /api/public/consultations/:slug/answers: the answers and the proof of work. */
export interface PublicAnswerRequest extends AnswerConsultationRequest {
  challenge: string;
  nonce: string;
}

/** Her portal's card: an open consultation that reaches her. */
export interface MyConsultationView {
  id: string;
  title: string;
  privacyNotice: string;
  anonymous: boolean;
  closesOn: string;
  secondLanguage: string | null;
  answered: boolean;
  questions: ConsultationQuestionView[];
}

/** GET /api/public/consultations/:slug. */
export interface PublicConsultationView {
  title: string;
  privacyNotice: string;
  closesOn: string;
  open: boolean;
  secondLanguage: string | null;
  questions: ConsultationQuestionView[];
  /** Solve before answering: find a nonce so that sha256(challenge + nonce) starts with `bits` zero bits. */
  proofOfWork: { challenge: string; bits: number; expiresAt: string };
}

export type ConsultationCount = NetworkFigure;

export interface ConsultationQuestionResult {
  questionId: string;
  kind: ConsultationQuestionKind;
  words: string;
  /** How many answered this question. */
  answered: ConsultationCount;
  /** 'single' and 'several': one count a choice key; 'scale': one a value, '0' to '10'. Empty for 'text'. */
  counts: { key: string; words: string; count: ConsultationCount }[];
  /** For 'text': why no answers are shown. */
  note?: string;
}

/** GET /api/consultations/:id/results: aggregates only; 1–4 shown as '<5'; no hidden count can be worked out. */
export interface ConsultationResultsView extends ConsultationResultsExtras {
  consultationId: string;
  title: string;
  responses: ConsultationCount;
  /** Anonymous answers still waiting to be moved in (fewer than five) are not counted yet. */
  note: string;
  questions: ConsultationQuestionResult[];
}

// ——— Phase 2: themes and quotes, cross-tabs, CSV, feedback after appointments ———

/** A theme staff tag free-text answers into, with how many answers carry it (suppressed like every count). */
export interface ConsultationThemeView {
  id: string;
  name: string;
  description: string | null;
  answers: ConsultationCount;
}

/** POST /api/consultations/:id/themes; PATCH …/themes/:themeId (same body, all optional). */
export interface ThemeRequest {
  name: string;
  description?: string | null;
}

/**
 * GET /api/consultations/:id/texts?questionId=: the free-text answers for staff who tag them (consultation:manage only;
 * never the panel). In a random order, with no date, no response id and nothing else of the answer it came from.
 */
export interface ConsultationTextView {
  id: string;
  questionId: string;
  text: string;
  themeIds: string[];
}

/** PUT /api/consultations/:id/texts/:textId/themes. */
export interface TagTextRequest {
  themeIds: string[];
}

export type QuoteStatus = 'proposed' | 'published' | 'rejected';

/** A quote from a free-text answer: published only after a second person's recorded review. */
export interface ConsultationQuoteView {
  id: string;
  /** The words as they would be published: the proposer may shorten or redact ("[a place]"). */
  words: string;
  questionId: string;
  themeId: string | null;
  status: QuoteStatus;
  proposedBy: string;
  proposedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** What the reviewer checked or why she refused: names, places, dates, rare details. */
  reviewNote: string | null;
}

/** POST /api/consultations/:id/quotes. */
export interface ProposeQuoteRequest {
  textId: string;
  words: string;
  themeId?: string | null;
}

/** POST /api/consultations/:id/quotes/:quoteId/review: by someone other than the proposer (409 otherwise). */
export interface ReviewQuoteRequest {
  decision: 'publish' | 'reject';
  /** Required: what she checked for anything identifying. */
  note: string;
}

/**
 * GET /api/consultations/:id/cross-tab?rows=<questionId>&columns=<questionId> (single or scale questions):
 * shown only when every cell is 5 or more; otherwise `shown: false` and no cell at all.
 */
export interface ConsultationCrossTabView {
  rowsQuestionId: string;
  columnsQuestionId: string;
  shown: boolean;
  reason: string | null;
  rows: { key: string; words: string }[];
  columns: { key: string; words: string }[];
  /** cells[row][column]; empty when not shown. */
  cells: number[][];
}

/** The results (phase 2 adds these beside the counts): themes with counts, and published quotes only. */
export interface ConsultationResultsExtras {
  themes: ConsultationThemeView[];
  quotes: Pick<ConsultationQuoteView, 'id' | 'words' | 'questionId' | 'themeId'>[];
}

/** Agree–disagree, the answer to each feedback statement. */
export const FEEDBACK_AGREEMENT = ['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'] as const;
export type FeedbackAgreement = (typeof FEEDBACK_AGREEMENT)[number];

/** The statements she is asked after an appointment she was accompanied to; the first is the measure of issue 18. */
export const APPOINTMENT_FEEDBACK_STATEMENTS = {
  raiseConcerns: 'Because I had an advocate, I feel more able to raise concerns with staff',
  listenedTo: 'I felt listened to at the appointment',
  saidWhatMattered: 'I said what mattered to me',
} as const;
export type AppointmentFeedbackStatement = keyof typeof APPOINTMENT_FEEDBACK_STATEMENTS;

/** GET /api/my/appointment-feedback: her accompanied appointments still waiting for her (one-time) feedback. */
export interface FeedbackInvitationView {
  id: string;
  /** The London date of the appointment and who it was with, so she knows which one. */
  appointmentOn: string;
  professionalRole: string;
  professionalOrganisation: string | null;
}

/** POST /api/my/appointment-feedback/:appointmentId (the `id` of the waiting one): anonymous, once; any statement may be left out. */
export interface AppointmentFeedbackRequest {
  answers: Partial<Record<AppointmentFeedbackStatement, FeedbackAgreement>>;
}

/** GET /api/reports/appointment-feedback?from=YYYY-MM&to=YYYY-MM (report:read): monthly, suppressed. */
export interface AppointmentFeedbackReport {
  from: string;
  to: string;
  months: {
    month: string;
    responses: ConsultationCount;
    statements: {
      statement: AppointmentFeedbackStatement;
      words: string;
      counts: { answer: FeedbackAgreement; count: ConsultationCount }[];
      /** Agree or strongly agree, as a whole percentage of those who answered; null when fewer than five answered. */
      agreePercent: number | null;
    }[];
  }[];
  note: string;
}
