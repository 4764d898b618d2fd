import type { JourneyRetentionView, RetentionKeepDecisionView, RetentionReviewView, RetentionRecordType } from '@beside/shared/contracts';
import type { JourneyStateRow } from './retention.repository';
import { whatItIs } from './retention-defaults';

/** Why a journey may not be approved for anonymisation now (a 409's message), or null. */
export function refusal(s: JourneyStateRow): string | null {
  if (s.anonymisedAt) return 'This record is anonymised already.';
  if (s.heldSince) return 'This journey is under a legal hold: nothing of it is anonymised until the hold is lifted.';
  if (s.openConcern) return 'This journey has an open concern: close it before the record is anonymised.';
  if (s.openReferral) return 'This journey has an open multi-agency referral: close it before the record is anonymised.';
  return null;
}

function keepView(s: JourneyStateRow): RetentionKeepDecisionView | null {
  if (!s.keepUntil || !s.keepReason || !s.keptAt) return null;
  return { keepUntil: s.keepUntil, reason: s.keepReason, decidedBy: s.keptBy ?? '', decidedAt: s.keptAt.toISOString() };
}

export function reviewView(s: JourneyStateRow): RetentionReviewView {
  const blocked = s.openConcern || s.openReferral ? refusal(s) : null;
  return {
    id: s.journeyId,
    journeyId: s.journeyId,
    serviceUserName: s.serviceUserName,
    what: whatItIs(s.hasSafeguardingRecords),
    hasSafeguardingRecords: s.hasSafeguardingRecords,
    closedOn: s.closedOn ?? '',
    dueOn: s.dueOn ?? '',
    previousKeep: keepView(s),
    approved: s.approvedAt ? { at: s.approvedAt.toISOString(), by: s.approvedBy ?? '', reason: s.approvalReason } : null,
    blockedBy: blocked,
  };
}

/** The hold's reason only to those who manage data protection: advocates see that it is held and since when. */
export function journeyRetentionView(s: JourneyStateRow, seesHoldReason: boolean): JourneyRetentionView {
  const rules: { recordType: RetentionRecordType; keepMonths: number }[] = [{ recordType: 'closed_journey', keepMonths: s.closedJourneyMonths }];
  if (s.hasSafeguardingRecords) rules.push({ recordType: 'safeguarding', keepMonths: s.safeguardingMonths });
  return {
    journeyId: s.journeyId,
    closedOn: s.closedOn,
    hasSafeguardingRecords: s.hasSafeguardingRecords,
    rules,
    dueOn: s.dueOn,
    keep: keepView(s),
    approvedForAnonymisation: s.approvedAt !== null && s.anonymisedAt === null,
    hold: { held: s.heldSince !== null, since: s.heldSince?.toISOString() ?? null, reason: seesHoldReason ? s.holdReason : null },
    anonymisedAt: s.anonymisedAt?.toISOString() ?? null,
  };
}
