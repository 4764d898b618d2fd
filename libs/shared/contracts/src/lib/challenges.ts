import type { SupportLevel } from './glossary';

/**
 * Challenges (issue 19): complaints, reviews and appeals with her, stage by stage, each stage with its time limit
 * and who spoke at it (the support-level ladder inside each challenge).
 */
export const TIME_LIMIT_UNITS = ['calendar_days', 'working_days', 'weeks', 'months'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** What a stage's time limit counts from: the event, when she became aware of it, or the day the stage began. */
export const TIME_LIMIT_STARTS = ['event', 'awareness', 'stage_start'] as const;
export type TimeLimitStart = (typeof TIME_LIMIT_STARTS)[number];

/** Bank holidays for working days: England or Wales (date-holidays regions). */
export const BANK_HOLIDAY_REGIONS = ['GB-ENG', 'GB-WLS'] as const;
export type BankHolidayRegion = (typeof BANK_HOLIDAY_REGIONS)[number];

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
  from: TimeLimitStart;
  /** A limit that ends on a weekend or bank holiday moves to the next working day (as tribunal rules say). */
  nextWorkingDay?: boolean;
  /** Where the rule comes from, in words: the regulation or guidance and its section. */
  source: string;
}

/** A stage of a challenge type, in order: its name and, where a rule sets one, its time limit. */
export interface ChallengeStageDefinition {
  key: string;
  name: string;
  /** What happens at this stage, in plain words. */
  description: string;
  limit: TimeLimit | null;
}

/** A type in an organisation's catalogue (shipped with the defaults; each organisation can edit its own). */
export interface ChallengeTypeDefinition {
  key: string;
  name: string;
  /** The kind of body challenged, e.g. 'An NHS trust or GP practice'. */
  bodyHint: string;
  stages: ChallengeStageDefinition[];
}

/** GET /api/challenge-types: the organisation's catalogue (the defaults, with its own changes and additions). */
export interface ChallengeTypeView extends ChallengeTypeDefinition {
  /** One of the defaults Beside ships (changed or not); false for a type of the organisation's own. */
  shipped: boolean;
  /** False for a default the organisation has not changed. */
  changed: boolean;
  /** No new challenge of an archived type; those open carry on. */
  archived: boolean;
}

/** PUT /api/challenge-types/:key — a changed default or a type of the organisation's own. */
export type SaveChallengeTypeRequest = Omit<ChallengeTypeDefinition, 'key'>;

export const CHALLENGE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'resolved', 'withdrawn'] as const;
export type ChallengeOutcome = (typeof CHALLENGE_OUTCOMES)[number];

export interface ChallengeStageView {
  id: string;
  key: string;
  name: string;
  startedOn: string;
  /** The last day to act at this stage, where a rule sets one. */
  deadlineOn: string | null;
  limitSource: string | null;
  endedOn: string | null;
  /** Who spoke at this stage: the rung of the ladder from advocate-led to independent. */
  supportLevel: SupportLevel | null;
  note: string | null;
}

export interface ChallengeView {
  id: string;
  journeyId: string;
  typeKey: string;
  typeName: string;
  /** The body challenged, e.g. "North Riverside NHS Trust". */
  bodyChallenged: string;
  /** What she wants, in her words. */
  herWords: string;
  eventOn: string;
  awareOn: string | null;
  region: BankHolidayRegion;
  status: 'open' | 'closed';
  outcome: ChallengeOutcome | null;
  outcomeNote: string | null;
  closedOn: string | null;
  /** Stages so far, in order; the last is the current one while the challenge is open. */
  stages: ChallengeStageView[];
  /** The stages still ahead in its type (as the type was when the challenge was opened). */
  stagesAhead: { key: string; name: string; limit: TimeLimit | null }[];
  nextDeadline: { on: string; stageName: string; daysLeft: number } | null;
  version: number;
}

/** POST /api/journeys/:journeyId/challenges. */
export interface CreateChallengeRequest {
  typeKey: string;
  bodyChallenged: string;
  herWords: string;
  /** The decision or event challenged. */
  eventOn: string;
  /** When she became aware of it, if later. */
  awareOn?: string | null;
  /** When the first stage began; today if left out. */
  startedOn?: string;
  /** Bank holidays of England (the default) or Wales. */
  region?: BankHolidayRegion;
}

/** PATCH /api/challenges/:id. */
export interface UpdateChallengeRequest {
  version: number;
  bodyChallenged?: string;
  herWords?: string;
}

/** POST /api/challenges/:id/stages: the current stage ends on `on` and a later one begins. */
export interface MoveChallengeStageRequest {
  version: number;
  stageKey: string;
  on: string;
  /** Who spoke at the stage that ends. */
  supportLevel?: SupportLevel;
}

/** PATCH /api/challenges/:id/stages/:stageId. */
export interface UpdateChallengeStageRequest {
  version: number;
  supportLevel?: SupportLevel | null;
  note?: string | null;
}

/** POST /api/challenges/:id/outcome: the challenge ends. */
export interface CloseChallengeRequest {
  version: number;
  outcome: ChallengeOutcome;
  on: string;
  note?: string | null;
  supportLevel?: SupportLevel;
}

/** GET /api/challenges/deadlines?withinDays=: open challenges whose next deadline is near or missed. */
export interface ChallengeDeadlineView {
  challengeId: string;
  journeyId: string;
  serviceUserName: string;
  typeName: string;
  stageName: string;
  deadlineOn: string;
  daysLeft: number;
}

/** GET /api/my/challenges: her challenges in plain words — where each stands, the next date, what lies ahead. */
export interface MyChallenge {
  id: string;
  typeName: string;
  bodyChallenged: string;
  herWords: string;
  status: 'open' | 'closed';
  outcome: ChallengeOutcome | null;
  /** The stage it is at, and what that means. */
  now: { name: string; description: string; since: string } | null;
  nextDeadline: { on: string; daysLeft: number } | null;
  stagesDone: { name: string; startedOn: string; endedOn: string; supportLevel: SupportLevel | null }[];
  stagesAhead: { name: string; description: string }[];
}

// ——— Letters written with her ———

/** The merge fields a letter template may use, and what each is. */
export const LETTER_MERGE_FIELDS = {
  'her.name': 'Her name',
  'her.preferredName': 'The name she likes to be called',
  'her.dateOfBirth': 'Her date of birth',
  'body.name': 'The body challenged',
  'challenge.type': 'The kind of challenge, e.g. NHS complaint',
  'challenge.herWords': 'What she wants, in her words',
  'challenge.eventOn': 'The date of the event or decision challenged',
  'challenge.awareOn': 'When she became aware of it',
  'stage.name': 'The current stage',
  'stage.deadline': 'The current stage\'s deadline',
  'advocate.name': 'Her advocate',
  today: "Today's date",
} as const;
export type LetterMergeField = keyof typeof LETTER_MERGE_FIELDS;

/** A letter template: Markdown with named merge fields ({{her.name}}, {{body.name}}…), for a type's stage or any. */
export interface LetterTemplateDefinition {
  key: string;
  name: string;
  /** The challenge type and stage it is written for; null for any. */
  challengeTypeKey: string | null;
  stageKey: string | null;
  title: string;
  body: string;
}

/** GET /api/letter-templates. */
export interface LetterTemplateView extends LetterTemplateDefinition {
  /** One of the templates Beside ships; false for the organisation's own. */
  shipped: boolean;
  changed: boolean;
  archived: boolean;
}

/** PUT /api/letter-templates/:key. */
export type SaveLetterTemplateRequest = Omit<LetterTemplateDefinition, 'key'>;

export type LetterStatus = 'draft' | 'shared' | 'sent';

export interface LetterVersionView {
  version: number;
  title: string;
  body: string;
  /** Who wrote this version: a member of staff's name, or "her" for her own words (an accepted change). */
  writtenBy: string;
  byHer: boolean;
  writtenAt: string;
}

export interface LetterView {
  id: string;
  challengeId: string;
  journeyId: string;
  templateKey: string;
  title: string;
  body: string;
  status: LetterStatus;
  sentOn: string | null;
  /** Which of `versions` was sent. */
  sentVersion: number | null;
  /** The row's version, for optimistic locking (not a version of its words). */
  version: number;
  /** Every version of its words, oldest first, counted 1, 2, 3… (staff only). */
  versions: LetterVersionView[];
}

/** POST /api/challenges/:id/letters: a draft from the template, its fields filled from the challenge. */
export interface DraftLetterRequest {
  templateKey: string;
}

/** PATCH /api/letters/:id (drafts and shared letters; never once sent). */
export interface UpdateLetterRequest {
  version: number;
  title?: string;
  body?: string;
}

/** POST /api/letters/:id/sent. */
export interface LetterSentRequest {
  version: number;
  on: string;
}

/** GET /api/my/letters: letters shared with her or sent, to read and, while not sent, to propose changes to. */
export interface MyLetter {
  id: string;
  challengeId: string;
  typeName: string;
  title: string;
  body: string;
  status: Exclude<LetterStatus, 'draft'>;
  sentOn: string | null;
  version: number;
}

// ——— Her statement for professionals ———

/** Formats she needs information in (the NHS Accessible Information Standard's "information" needs). */
export const INFORMATION_FORMATS = ['large_print', 'easy_read', 'braille', 'audio', 'email', 'text_message', 'british_sign_language_video'] as const;
export type InformationFormat = (typeof INFORMATION_FORMATS)[number];

/** Support she needs to communicate (the Standard's "communication support" and "professional" needs). */
export const COMMUNICATION_SUPPORT = ['bsl_interpreter', 'deafblind_interpreter', 'lipspeaker', 'speech_to_text', 'advocate_present', 'extra_time', 'quiet_space', 'read_aloud'] as const;
export type CommunicationSupport = (typeof COMMUNICATION_SUPPORT)[number];

/** Her own words for professionals: what to know, how to communicate with her, what helps in a crisis. */
export interface HerStatementBody {
  whatToKnow: string | null;
  formats: InformationFormat[];
  support: CommunicationSupport[];
  /** A spoken-language interpreter, e.g. "Polish"; null if none. */
  interpreterLanguage: string | null;
  crisis: string | null;
}

/** GET /api/my/statement and, for staff, GET /api/journeys/:journeyId/statement. */
export interface HerStatementView extends HerStatementBody {
  /** What she chose to share it with. */
  sharedWith: { appointmentIds: string[]; challengeIds: string[] };
  updatedAt: string | null;
  /** 0 until she first saves it. */
  version: number;
}

/** PUT /api/my/statement. */
export interface SaveHerStatementRequest extends HerStatementBody {
  version: number;
}

/** PUT /api/my/statement/sharing: the appointments and challenges it goes with (replacing the choice before). */
export interface HerStatementSharingRequest {
  appointmentIds: string[];
  challengeIds: string[];
}

// ——— Documents ———

export type DocumentScan = 'clean' | 'not_scanned' | 'held';

/** A document on her journey (a letter received, a decision, a photo): its content only through the API, as an attachment. */
export interface DocumentView {
  id: string;
  journeyId: string;
  challengeId: string | null;
  description: string;
  sizeBytes: number;
  /** shared: she sees it in her portal; staff: staff only. Hers are always shared. */
  visibility: 'shared' | 'staff';
  /** clean: scanned; not_scanned: no scanner was set up; held: waiting for a scan before anyone may open it. */
  scan: DocumentScan;
  byHer: boolean;
  /** Staff's name; null when she uploaded it. */
  uploadedBy: string | null;
  createdAt: string;
  deletedAt: string | null;
  deleteReason: string | null;
}

/** POST /api/journeys/:journeyId/documents and POST /api/my/documents (multipart: file and these fields). */
export interface UploadDocumentFields {
  description: string;
  challengeId?: string;
  /** Staff only; hers are always shared. */
  visibility?: 'shared' | 'staff';
}
