import type { ConcernSummary, MultiAgencyReferralStatus, MultiAgencyReferralView, ReferralAgencyView, RiskLevel } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';
import { CONCERN_CATEGORY_LABELS, CONCERN_SEVERITY_LABELS, CONCERN_STATUS_LABELS } from '@beside/web/safeguarding/ui';
import { type StatusScheme, statusScheme } from '@beside/web/ui';

type OutcomeStatus = ReferralAgencyView['outcomeStatus'];

export const REFERRAL_STATUS_WORDS: Record<MultiAgencyReferralStatus, string> = {
  draft: 'Draft, not sent',
  sent: 'Sent, awaiting acknowledgement',
  acknowledged: 'Acknowledged',
  discussed: 'Discussed at the meeting',
  enquiry_opened: 'Enquiry opened',
  outcome_received: 'Outcome received',
  actions: 'Actions agreed',
  closed: 'Closed',
};

/** A step in a referral's history: what happened that day. */
export const REFERRAL_STEP_WORDS: Record<MultiAgencyReferralStatus, string> = { ...REFERRAL_STATUS_WORDS, draft: 'Started as a draft', sent: 'Sent' };

/** Each status in words, a colour beside them (never instead). */
export const REFERRAL_STATUS_TAGS: StatusScheme<MultiAgencyReferralStatus> = statusScheme(REFERRAL_STATUS_WORDS, {
  draft: 'grey',
  sent: 'amber',
  acknowledged: 'blue',
  discussed: 'purple',
  enquiry_opened: 'purple',
  outcome_received: 'purple',
  actions: 'blue',
  closed: 'green',
});

/** Risk levels in words: never colour alone. */
export const RISK_LEVEL_WORDS: Record<RiskLevel, string> = { standard: 'Standard', medium: 'Medium', high: 'High' };

const OUTCOMES: readonly OutcomeStatus[] = ['discussed', 'enquiry_opened', 'outcome_received'];

/**
 * The agency's own step after acknowledgement (a MARAC discusses, a council opens an enquiry, others send an outcome), as
 * the referral keeps it; the organisation's list only for a view from before the API said so.
 */
export function outcomeStatusOf(referral: MultiAgencyReferralView, agencies: readonly ReferralAgencyView[]): OutcomeStatus {
  return referral.outcomeStatus ?? agencies.find((a) => a.key === referral.agencyKey)?.outcomeStatus ?? 'outcome_received';
}

export type ReferralMove = Exclude<MultiAgencyReferralStatus, 'draft' | 'sent'>;

/** Where it may move next: forward only along its road (a step may be skipped); nothing from a draft or once closed. */
export function nextStatuses(referral: MultiAgencyReferralView, agencies: readonly ReferralAgencyView[]): ReferralMove[] {
  const road: MultiAgencyReferralStatus[] = ['sent', 'acknowledged', outcomeStatusOf(referral, agencies), 'actions', 'closed'];
  const at = road.indexOf(referral.status);
  return at < 0 ? [] : (road.slice(at + 1) as ReferralMove[]);
}

/** Open actions for us, and how many of them are past their due date. */
export function actionCounts(referral: MultiAgencyReferralView): { open: number; overdue: number } {
  const open = referral.actions.filter((a) => !a.doneOn);
  return { open: open.length, overdue: open.filter((a) => a.overdue).length };
}

/** "2 open actions, 1 overdue" — or "No open actions". */
export function actionCountWords(referral: MultiAgencyReferralView): string {
  const { open, overdue } = actionCounts(referral);
  if (!open) return 'No open actions';
  return `${open === 1 ? '1 open action' : `${open} open actions`}${overdue ? `, ${overdue} overdue` : ''}`;
}

/** A concern on her journey as one line: its reference, what it is about, its severity and where it stands. */
export function concernLabel(concern: ConcernSummary): string {
  const severity = CONCERN_SEVERITY_LABELS[concern.severity] ?? concern.severity;
  return `${concern.reference}: ${CONCERN_CATEGORY_LABELS[concern.category] ?? concern.category}, ${severity.toLowerCase()} severity, raised ${formatLondonDate(concern.raisedAt)} (${CONCERN_STATUS_LABELS[concern.status] ?? concern.status})`;
}
