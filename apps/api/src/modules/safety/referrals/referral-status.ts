import { BadRequestException, ConflictException } from '@nestjs/common';
import type { MultiAgencyReferralStatus, ReferralAgencyView } from '@beside/shared/contracts';

export type ReferralOutcomeStatus = ReferralAgencyView['outcomeStatus'];
export const REFERRAL_OUTCOME_STATUSES: readonly ReferralOutcomeStatus[] = ['discussed', 'enquiry_opened', 'outcome_received'];

/** A referral's road, with its agency's own outcome: sent → acknowledged → (discussed | enquiry opened | outcome) → actions → closed. */
export function referralRoad(outcomeStatus: ReferralOutcomeStatus): MultiAgencyReferralStatus[] {
  return ['draft', 'sent', 'acknowledged', outcomeStatus, 'actions', 'closed'];
}

export const CLOSED_REFERRAL = 'This referral is closed: it can no longer change.';

/**
 * Whether a referral may move from `current` to `target`: forward only (skipping ahead is allowed), never from a draft
 * (a draft is marked sent, with its sharing decision) nor from closed. A status off its road is bad input (400); a move
 * backwards or from where it cannot move is a conflict (409).
 */
export function assertForward(current: MultiAgencyReferralStatus, target: MultiAgencyReferralStatus, outcomeStatus: ReferralOutcomeStatus): void {
  const road = referralRoad(outcomeStatus);
  const moves = road.slice(2);
  if (!moves.includes(target)) throw new BadRequestException([`status must be one of: ${moves.join(', ')}`]);
  if (current === 'closed') throw new ConflictException(CLOSED_REFERRAL);
  if (current === 'draft') throw new ConflictException('This referral is a draft: mark it sent, with its sharing decision, first.');
  if (road.indexOf(target) <= road.indexOf(current)) {
    throw new ConflictException(`A referral's status only moves forward: it is ${current.replace('_', ' ')}, and ${target.replace('_', ' ')} is not after that.`);
  }
}
