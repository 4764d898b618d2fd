import { BadRequestException } from '@nestjs/common';
import { filled } from '../text';
import type { BreachDecisionDto } from './dto/breach.dto';
import type { BreachRow } from './breach.repository';

export type Audience = 'ico' | 'women';

const WHOM: Record<Audience, string> = { ico: 'the Information Commissioner', women: 'the women affected' };

/** A decision whether to tell, as columns to store, or the conflict that stops it. */
export type DecisionOutcome = { changes: Record<string, unknown>; added: string[] } | { conflict: string };

/**
 * The decision whether to tell the Commissioner or the women, with its reason (Articles 33 and 34). Once recorded it
 * stands: sent again with the same decision it may only add when they were told (and the Commissioner's reference).
 */
export function decisionChanges(audience: Audience, row: BreachRow, body: BreachDecisionDto, userId: string, now: Date): DecisionOutcome {
  const reason = filled('reason', body.reason);
  const toldAt = body.toldAt ? new Date(body.toldAt) : null;
  const reference = body.reference?.trim() || null;
  if (toldAt && !body.tell) throw new BadRequestException(['toldAt goes only with a decision to tell']);
  if (toldAt && toldAt.getTime() > now.getTime()) throw new BadRequestException(['toldAt must not be in the future']);
  if (toldAt && toldAt.getTime() < new Date(row.foundAt).getTime()) throw new BadRequestException(['toldAt must not be before the breach was found (foundAt)']);
  if (reference && audience === 'women') throw new BadRequestException(["reference is the Commissioner's case reference: not for the decision about the women"]);
  if (reference && !body.tell) throw new BadRequestException(['reference goes only with a decision to tell the Commissioner']);

  const p = audience === 'ico' ? 'ico' : 'women';
  const current = audience === 'ico' ? { tell: row.icoTell, toldAt: row.icoToldAt, reference: row.icoReference } : { tell: row.womenTell, toldAt: row.womenToldAt, reference: null };
  if (current.tell === null) {
    const changes: Record<string, unknown> = { [`${p}_tell`]: body.tell, [`${p}_reason`]: reason, [`${p}_decided_by`]: userId, [`${p}_decided_at`]: now, [`${p}_told_at`]: toldAt };
    if (audience === 'ico') changes['ico_reference'] = reference;
    return { changes, added: ['decision', ...(toldAt ? ['toldAt'] : []), ...(reference ? ['reference'] : [])] };
  }
  const decided = `The decision whether to tell ${WHOM[audience]} is recorded (${current.tell ? 'to tell' : 'not to tell'})`;
  if (current.tell !== body.tell) return { conflict: `${decided}: it stands, and the register keeps it as it was made.` };
  const changes: Record<string, unknown> = {};
  if (toldAt) {
    if (current.toldAt && new Date(current.toldAt).getTime() !== toldAt.getTime()) return { conflict: `${decided}, and when they were told is recorded already.` };
    if (!current.toldAt) changes[`${p}_told_at`] = toldAt;
  }
  if (reference) {
    if (current.reference && current.reference !== reference) return { conflict: `${decided}, and the Commissioner's reference is recorded already.` };
    if (!current.reference) changes['ico_reference'] = reference;
  }
  const added = Object.keys(changes).map((c) => (c.endsWith('told_at') ? 'toldAt' : 'reference'));
  if (!added.length) return { conflict: `${decided}: send it again only to add when they were told${audience === 'ico' ? " or the Commissioner's reference" : ''}.` };
  return { changes, added };
}

/** What must be recorded before a breach is closed, in words. */
export function missingBeforeClosing(row: BreachRow): string[] {
  return [
    ...(row.icoTell === null ? [`the decision whether to tell ${WHOM.ico}`] : []),
    ...(row.womenTell === null ? [`the decision whether to tell ${WHOM.women}`] : []),
  ];
}
