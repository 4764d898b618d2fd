import type { MultiAgencyReferralView, ReferralActionView } from '@beside/shared/contracts';
import type { ReferralActionRow } from './actions/referral-action.repository';
import type { ReferralEventRow, ReferralRow } from './multi-agency-referral.repository';

export interface ReferralParts {
  concerns: { referralId: string; concernId: string }[];
  actions: ReferralActionRow[];
  events: ReferralEventRow[];
}

export function actionView(a: ReferralActionRow, today: string): ReferralActionView {
  return { id: a.id, description: a.description, ownerId: a.ownerId, ownerName: a.ownerName, dueOn: a.dueOn, doneOn: a.doneOn, overdue: !a.doneOn && a.dueOn < today };
}

/** A referral as staff read it: its form as filled, linked concerns, actions for us (overdue ones marked) and its history. */
export function referralView(row: ReferralRow, parts: ReferralParts, today: string): MultiAgencyReferralView {
  return {
    id: row.id,
    journeyId: row.journeyId,
    agencyKey: row.agencyKey,
    agencyName: row.agencyName,
    outcomeStatus: row.outcomeStatus,
    status: row.status,
    sentTo: row.sentTo,
    reference: row.reference,
    sentOn: row.sentOn,
    nextMeetingOn: row.nextMeetingOn,
    form: row.form,
    sharingDecisionId: row.sharingDecisionId,
    concernIds: parts.concerns.filter((c) => c.referralId === row.id).map((c) => c.concernId),
    actions: parts.actions.filter((a) => a.referralId === row.id).map((a) => actionView(a, today)),
    history: parts.events.filter((e) => e.referralId === row.id).map(({ status, on, note, recordedBy }) => ({ status, on, note, recordedBy })),
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
    closedOn: row.closedOn,
    version: row.version,
  };
}
