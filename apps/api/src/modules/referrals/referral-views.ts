import type { MyReferralView, ReferralStatus, ReferralView } from '@beside/shared/contracts';
import type { ReferralRow } from './referral.repository';

/** When the other organisation cannot be named (it left the network's members): never blank. */
const ANOTHER_MEMBER = 'another member organisation';

/**
 * The status either side sees: a referral still waiting for a receiving organisation that is suspended
 * is 'held' — kept, not lost — and 'sent' again as soon as it is reinstated. Computed, never stored.
 */
export function shownStatus(row: ReferralRow): ReferralStatus {
  return row.status === 'sent' && row.direction === 'outgoing' && row.otherStatus === 'suspended' ? 'held' : row.status;
}

export function toReferralView(row: ReferralRow, withShared = false): ReferralView {
  const other = row.otherName ?? ANOTHER_MEMBER;
  const outgoing = row.direction === 'outgoing';
  return {
    id: row.id,
    reference: row.reference,
    direction: row.direction,
    fromOrganisation: outgoing ? row.ownName : other,
    toOrganisation: outgoing ? other : row.ownName,
    status: shownStatus(row),
    reason: row.reason,
    consent: { parts: row.consentParts, how: row.consentHow, givenOn: row.consentGivenOn },
    sentAt: new Date(row.sentAt).toISOString(),
    sentBy: row.sentByName,
    respondedAt: row.respondedAt ? new Date(row.respondedAt).toISOString() : null,
    declineReason: row.declineReason,
    withdrawnAt: row.withdrawnAt ? new Date(row.withdrawnAt).toISOString() : null,
    journeyId: row.journeyId,
    ...(withShared && !outgoing ? { shared: row.shared ?? {} } : {}),
    version: row.version,
  };
}

/** Her view, in plain words. */
export function toMyReferralView(row: ReferralRow): MyReferralView {
  const to = row.otherName ?? ANOTHER_MEMBER;
  const status = shownStatus(row);
  return {
    id: row.id,
    reference: row.reference,
    toOrganisation: to,
    status,
    statusWords: statusWords(status, to),
    sharedParts: row.consentParts,
    sentAt: new Date(row.sentAt).toISOString(),
    canWithdraw: status === 'sent' || status === 'held',
  };
}

export function statusWords(status: ReferralStatus, to: string): string {
  switch (status) {
    case 'sent':
      return `Waiting for ${to} to reply`;
    case 'held':
      return `On hold: ${to} cannot reply at the moment. Your referral is kept and will wait for them`;
    case 'accepted':
      return `${to} have said yes. They will get in touch with you`;
    case 'declined':
      return `${to} have said no. Your advocate can tell you why and talk about what else could help`;
    case 'withdrawn':
      return 'Withdrawn: it was stopped before they replied, and they no longer see what was shared';
  }
}

/** Why a step cannot be taken now, in words for a 409. */
export function alreadyWords(status: ReferralRow['status']): string {
  switch (status) {
    case 'accepted':
      return 'This referral has already been accepted';
    case 'declined':
      return 'This referral has already been declined';
    case 'withdrawn':
      return 'This referral has already been withdrawn';
    default:
      return 'This referral is still waiting for a reply';
  }
}
