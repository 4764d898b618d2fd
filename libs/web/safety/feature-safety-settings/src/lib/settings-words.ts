import type { ReferralAgencyView, RiskThresholds } from '@beside/shared/contracts';
import type { StatusScheme } from '@beside/web/ui';

export const SETTINGS = '/organisation/safety';

export type SettingsOrigin = 'shipped' | 'own';

/** Where a checklist or an agency comes from, beside its name: always in words. */
export const ORIGIN: StatusScheme<SettingsOrigin> = {
  shipped: { label: 'Shipped with Beside', tone: 'grey' },
  own: { label: 'Your own', tone: 'purple' },
};

export const ARCHIVED: StatusScheme<'archived'> = { archived: { label: 'Archived', tone: 'grey' } };

export const IN_USE: StatusScheme<'fixed'> = { fixed: { label: 'In use — fixed', tone: 'blue' } };

export type OutcomeStatus = ReferralAgencyView['outcomeStatus'];

/** What happens after the agency acknowledges a referral, as the list and the form say it. */
export const OUTCOME_WORDS: Readonly<Record<OutcomeStatus, { label: string; hint: string }>> = {
  discussed: { label: 'Discussed', hint: 'The referral is discussed at a meeting, as a MARAC does.' },
  enquiry_opened: { label: 'Enquiry opened', hint: 'The agency opens an enquiry, as a council does under section 42 of the Care Act.' },
  outcome_received: { label: 'Outcome received', hint: 'The agency looks at it and sends its outcome.' },
};

export const OUTCOME_STATUSES: readonly OutcomeStatus[] = ['discussed', 'enquiry_opened', 'outcome_received'];

/** The score bands in words: "Medium from 10, high from 20, MARAC referral recommended from 20". */
export function thresholdsInWords(t: RiskThresholds): string {
  return `Medium from ${t.medium}, high from ${t.high}, a MARAC referral recommended from ${t.marac}`;
}

/** A key made from a name: lower-case letters, digits and _, starting with a letter, up to 40 characters. */
export function keyFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** Why a version cannot be edited, in the API's own words (its 409s), or null when it can be. */
export function whyFixed(version: { shipped: boolean; inUse: boolean; version: number; checklistKey: string }): string | null {
  if (version.shipped) return 'The version shipped with Beside cannot be changed: add a new version of it instead.';
  if (version.inUse) return `Version ${version.version} of '${version.checklistKey}' has been used by a risk assessment, so it cannot change: add a new version instead.`;
  return null;
}
