import type {
  BankHolidayRegion,
  ChallengeOutcome,
  CommunicationSupport,
  DocumentScan,
  InformationFormat,
  LetterStatus,
  TimeLimit,
  TimeLimitUnit,
} from '@beside/shared/contracts';
import { statusScheme } from '@beside/web/ui';

export const OUTCOME_LABELS: Record<ChallengeOutcome, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  resolved: 'Resolved',
  withdrawn: 'Withdrawn',
};

export const REGION_LABELS: Record<BankHolidayRegion, string> = { 'GB-ENG': 'England', 'GB-WLS': 'Wales' };

export const LETTER_STATUS_TAGS = statusScheme<LetterStatus>(
  { draft: 'Draft', shared: 'Shared with her', sent: 'Sent' },
  { draft: 'grey', shared: 'blue', sent: 'green' },
);

export const CHALLENGE_STATUS_TAGS = statusScheme<'open' | 'closed'>({ open: 'Open', closed: 'Ended' }, { open: 'blue', closed: 'grey' });

export const SCAN_WORDS: Record<DocumentScan, string | null> = {
  clean: null,
  not_scanned: 'Not yet scanned',
  held: 'Held until scanned — cannot be opened yet',
};

export const FORMAT_LABELS: Record<InformationFormat, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio',
  email: 'By email',
  text_message: 'By text message',
  british_sign_language_video: 'British Sign Language video',
};

export const SUPPORT_LABELS: Record<CommunicationSupport, string> = {
  bsl_interpreter: 'A British Sign Language interpreter',
  deafblind_interpreter: 'A deafblind interpreter',
  lipspeaker: 'A lipspeaker',
  speech_to_text: 'Speech-to-text reporting',
  advocate_present: 'Her advocate with her',
  extra_time: 'Extra time',
  quiet_space: 'A quiet space',
  read_aloud: 'Someone to read things aloud to her',
};

const UNIT_WORDS: Record<TimeLimitUnit, [string, string]> = {
  calendar_days: ['day', 'days'],
  working_days: ['working day', 'working days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

const FROM_WORDS: Record<TimeLimit['from'], string> = {
  event: 'from the event or decision',
  awareness: 'from when she became aware of it',
  stage_start: 'from the day the stage begins',
};

/** "12 months from when she became aware of it", "1 month from the day the stage begins, to the next working day…". */
export function limitWords(limit: TimeLimit | null): string {
  if (!limit) return 'No time limit';
  const [one, many] = UNIT_WORDS[limit.unit];
  const rest = limit.nextWorkingDay ? ', moved to the next working day if it ends on a weekend or bank holiday' : '';
  return `${limit.amount} ${limit.amount === 1 ? one : many} ${FROM_WORDS[limit.from]}${rest}`;
}

/** "12 days left", "1 day left", "due today", "3 days overdue". */
export function daysLeftWords(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  const n = Math.abs(daysLeft);
  const days = n === 1 ? '1 day' : `${n} days`;
  return daysLeft > 0 ? `${days} left` : `${days} overdue`;
}

/** Deadlines this close are shown as near (the API's reminders use the same 14 days). */
export const NEAR_DAYS = 14;

export type DeadlineState = 'missed' | 'near' | 'later';

export function deadlineState(daysLeft: number): DeadlineState {
  return daysLeft < 0 ? 'missed' : daysLeft <= NEAR_DAYS ? 'near' : 'later';
}

/** "820 bytes", "12 KB", "3.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
