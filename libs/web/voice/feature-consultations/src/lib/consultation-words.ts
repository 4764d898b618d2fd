import type { ConsultationCount, ConsultationQuestionKind, ConsultationStatus, ConsultationView, QuoteStatus } from '@beside/shared/contracts';
import type { StatusScheme } from '@beside/web/ui';

export const STATUS_WORDS: StatusScheme<ConsultationStatus> = {
  draft: { label: 'Draft', tone: 'grey' },
  open: { label: 'Open', tone: 'green' },
  closed: { label: 'Closed', tone: 'blue' },
};

export const QUOTE_STATUS_WORDS: StatusScheme<QuoteStatus> = {
  proposed: { label: 'Waiting for review', tone: 'amber' },
  published: { label: 'Published', tone: 'green' },
  rejected: { label: 'Not published', tone: 'grey' },
};

export const KIND_WORDS: Readonly<Record<ConsultationQuestionKind, string>> = {
  single: 'Choose one',
  several: 'Choose any',
  scale: 'A scale from 0 to 10',
  text: 'Her own words',
};

/** Anonymous or named, and who it reaches. */
export function reachWords(c: Pick<ConsultationView, 'anonymous' | 'networkWide'>): string {
  const who = c.anonymous ? 'Anonymous' : 'Named';
  return c.networkWide ? `${who}, network-wide` : who;
}

/** Why a locked consultation cannot change, in plain words. */
export const LOCKED_WORDS =
  'Women have answered, so this consultation and its questions can no longer change: every answer must be to the same questions.';

/** A suppressed count as the results show it. */
export function countWords(count: ConsultationCount): string {
  return count === 'suppressed' ? 'hidden to protect anonymity' : String(count);
}
