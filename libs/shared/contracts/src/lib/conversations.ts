/** Messages between her and her advocates inside Beside: one conversation per journey. */

export type ConversationAuthorRole = 'service_user' | 'advocate';

export interface ConversationMessageView {
  id: string;
  journeyId: string;
  /** Who wrote it, by name (her preferred name for her; the advocate's name for staff). */
  authorName: string;
  authorRole: ConversationAuthorRole;
  /** True when the person reading wrote it. */
  mine: boolean;
  body: string;
  sentAt: string;
  editedAt: string | null;
  /** What it said before each edit, oldest first: an edit never hides what was sent. */
  earlierVersions: { body: string; replacedAt: string }[];
  /** Until when its author may still change it (5 minutes after sending); null once that has passed or for others. */
  editableUntil: string | null;
  version: number;
}

export interface ConversationView {
  journeyId: string;
  /** Oldest first, the newest page; `olderCursor` fetches the page before it. */
  messages: ConversationMessageView[];
  olderCursor: string | null;
  unread: number;
  /** Whether the person reading may send (her; her assigned advocates). Managers read only. */
  canSend: boolean;
  /** For staff: why she will not be told of a new message, in plain words; null when she will be. */
  alertProblem?: string | null;
}

export interface SendConversationMessageRequest {
  body: string;
}

export interface EditConversationMessageRequest {
  body: string;
  version: number;
}

/** The answer to her sending a message: when it will be read if the service is closed now. */
export interface SentConversationMessage {
  message: ConversationMessageView;
  /** Set when she sent it outside opening hours: when someone will next read it. */
  outsideOpeningHours: { readFrom: string } | null;
}

export interface ConversationUnreadCount {
  journeyId: string;
  unread: number;
}

export const CONVERSATION_MESSAGE_MAX = 4000;
/** How long after sending its author may still change a message. */
export const CONVERSATION_EDIT_MINUTES = 5;

/** A message that did not go, as an admin sees it: what kind, why and when; never to whom or what it said. */
export interface UndeliveredMessageView {
  id: string;
  purpose: 'invitation' | 'password_reset' | 'reminder' | 'message_alert' | 'staff_alert' | 'security_alert';
  channel: 'email' | 'text';
  status: 'failed' | 'withdrawn';
  attempts: number;
  reason: string | null;
  /** True when it was to a woman the service supports (her details are not shown here). */
  toWoman: boolean;
  createdAt: string;
  lastAttemptAt: string | null;
}

/** Development only: a message the in-process inbox caught. */
export interface SentMessageView {
  id: string;
  channel: 'email' | 'text';
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}
