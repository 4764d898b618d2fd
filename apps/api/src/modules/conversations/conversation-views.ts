import { CONVERSATION_EDIT_MINUTES, type ConversationMessageView } from '@beside/shared/contracts';
import type { ConversationMessageRow } from './conversation.repository';

const EDIT_WINDOW_MS = CONVERSATION_EDIT_MINUTES * 60_000;

/** Until when its author may still change a message, or null once the window has passed. */
export function editableUntil(row: Pick<ConversationMessageRow, 'sentAt'>, now: Date): Date | null {
  const until = new Date(new Date(row.sentAt).getTime() + EDIT_WINDOW_MS);
  return until > now ? until : null;
}

/** A message as the person reading it sees it. */
export function toMessageView(row: ConversationMessageRow, readerId: string, now: Date): ConversationMessageView {
  const mine = row.authorId === readerId;
  const until = mine ? editableUntil(row, now) : null;
  return {
    id: row.id,
    journeyId: row.journeyId,
    authorName: row.authorName,
    authorRole: row.authorRole,
    mine,
    body: row.body,
    sentAt: new Date(row.sentAt).toISOString(),
    editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    earlierVersions: row.earlierVersions.map((v) => ({ body: v.body, replacedAt: new Date(v.replacedAt).toISOString() })),
    editableUntil: until ? until.toISOString() : null,
    version: row.version,
  };
}
