import type { UndeliveredMessageView } from '@beside/shared/contracts';

export const PURPOSE_WORDS: Record<UndeliveredMessageView['purpose'], string> = {
  invitation: 'Invitation',
  password_reset: 'Password reset link',
  reminder: 'Appointment reminder',
  message_alert: 'Note that a new message is waiting',
  staff_alert: 'Copy of a staff notification',
  security_alert: 'Warning about wrong two-step codes',
};

export const CHANNEL_WORDS: Record<UndeliveredMessageView['channel'], string> = { email: 'Email', text: 'Text message' };

export const STATUS_WORDS: Record<UndeliveredMessageView['status'], string> = {
  failed: 'Failed',
  withdrawn: 'Not sent',
};

export type TextPart = { text: string } | { href: string };

const LINK = /(https?:\/\/[^\s<>"')]+)/g;

/** A message's text in parts, its web addresses as links (the text itself is shown as text, never as HTML). */
export function withLinks(text: string): TextPart[] {
  return text
    .split(LINK)
    .filter((part) => part !== '')
    .map((part) => (/^https?:\/\//.test(part) ? { href: part } : { text: part }));
}
