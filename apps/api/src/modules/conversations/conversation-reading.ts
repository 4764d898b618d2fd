import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConversationMessageView, ConversationView } from '@beside/shared/contracts';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import type { AuditNow } from '../audit';
import type { Actor } from '../authz';
import { countUnread, findMessage, findMessagesBefore, markReadUpTo, replaceMessageBody } from './conversation.repository';
import { editableUntil, toMessageView } from './conversation-views';

export const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MESSAGE_NOT_FOUND = 'Message not found';

/**
 * The newest page of a journey's conversation (or the page before `cursor`), oldest first, and
 * how many were unread before this read. Reading the newest page marks it read for this person.
 */
export async function readConversation(
  em: EntityManager,
  actor: Actor,
  journeyId: string,
  cursor: string | undefined,
  now: Date,
): Promise<Omit<ConversationView, 'canSend'>> {
  const before = decodeCursor(cursor, 2);
  if (before && (Number.isNaN(Date.parse(String(before[0]))) || !UUID.test(String(before[1])))) {
    throw new BadRequestException('cursor is not valid; start again from the first page');
  }
  const unread = await countUnread(em, journeyId, actor.userId);
  const rows = await findMessagesBefore(em, journeyId, before ? { sentAt: String(before[0]), id: String(before[1]) } : null, PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const oldest = page[page.length - 1];
  if (!cursor && page.length) await markReadUpTo(em, journeyId, actor.userId, page[0].id);
  return {
    journeyId,
    messages: page.reverse().map((row) => toMessageView(row, actor.userId, now)),
    olderCursor: rows.length > PAGE_SIZE && oldest ? encodeCursor([new Date(oldest.sentAt).toISOString(), oldest.id]) : null,
    unread,
  };
}

/**
 * Changes a message: only its author, only within minutes of sending, only at the version she saw; audited
 * as a change to her conversation. `requireJourney` checks the reader may reach the message's journey
 * (404 otherwise, as for a missing one) and answers whose it is.
 */
export async function editMessage(
  em: EntityManager,
  actor: Actor,
  messageId: string,
  body: string,
  version: number,
  now: Date,
  requireJourney: (journeyId: string) => Promise<{ serviceUserId: string }>,
  audit: AuditNow,
): Promise<ConversationMessageView> {
  const message = await findMessage(em, messageId);
  if (!message) throw new NotFoundException(MESSAGE_NOT_FOUND);
  const { serviceUserId } = await requireJourney(message.journeyId);
  if (message.authorId !== actor.userId) throw new ForbiddenException('Only the person who sent a message can change it.');
  if (!editableUntil(message, now)) throw new ConflictException('A message can be changed only in the first 5 minutes after it was sent.');
  if (!(await replaceMessageBody(em, messageId, version, body))) {
    const current = await findMessage(em, messageId);
    throw new ConflictException({
      message: 'This message was changed since you opened it. Here it is now: check it and try again.',
      current: current ? toMessageView(current, actor.userId, now) : null,
    });
  }
  const saved = await findMessage(em, messageId);
  if (!saved) throw new NotFoundException(MESSAGE_NOT_FOUND);
  const view = toMessageView(saved, actor.userId, now);
  await audit({ action: 'conversation_message.updated', entityType: 'conversation_message', entityId: messageId, subjectId: serviceUserId, detail: { journeyId: message.journeyId } });
  return view;
}
