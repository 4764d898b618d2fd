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
export interface ConsultationResultsView {
  consultationId: string;
  title: string;
  responses: ConsultationCount;
  /** Anonymous answers still waiting to be moved in (fewer than five) are not counted yet. */
  note: string;
  questions: ConsultationQuestionResult[];
}
