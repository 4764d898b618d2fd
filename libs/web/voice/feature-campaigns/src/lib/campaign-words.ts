import type { CampaignActionStatus, CampaignActionView, CampaignStatus, CampaignView } from '@beside/shared/contracts';
import { SERVICE_TIME_ZONE } from '@beside/shared/util';
import { statusScheme } from '@beside/web/ui';

export const CAMPAIGN_STATUS_WORDS: Readonly<Record<CampaignStatus, string>> = { active: 'Active', achieved: 'Achieved', closed: 'Closed' };
export const CAMPAIGN_STATUS = statusScheme<CampaignStatus>(CAMPAIGN_STATUS_WORDS, { active: 'blue', achieved: 'green', closed: 'grey' });
export const ACTION_STATUS_WORDS: Readonly<Record<CampaignActionStatus, string>> = { planned: 'Planned', done: 'Done', dropped: 'Dropped' };

/** Today's date on the London clock, as the API's dates are written: "2026-12-07". */
export function londonToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: SERVICE_TIME_ZONE });
}

/** A planned action past its due date. */
export function overdue(action: CampaignActionView, today = londonToday()): boolean {
  return action.status === 'planned' && !!action.dueOn && action.dueOn < today;
}

/** The planned action due soonest, if any has a due date. */
export function nextAction(campaign: CampaignView): CampaignActionView | null {
  const planned = campaign.actions.filter((a) => a.status === 'planned' && a.dueOn);
  return planned.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))[0] ?? null;
}

/** After a stale version (409) the page shows the campaign the answer carried: as it is now. */
export const RELOADED = 'The page now shows the campaign as they left it; what you typed is kept.';
