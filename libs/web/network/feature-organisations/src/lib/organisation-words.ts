import type { MemberOrganisationView } from '@beside/shared/contracts';
import type { StatusTone } from '@beside/web/ui';

export const STATUS_WORDS: Record<MemberOrganisationView['status'], { label: string; tone: StatusTone }> = {
  active: { label: 'Active', tone: 'green' },
  suspended: { label: 'Suspended', tone: 'red' },
};

export const ADMIN_STATUS_WORDS: Record<MemberOrganisationView['admins'][number]['status'], { label: string; tone: StatusTone }> = {
  invited: { label: 'Invited', tone: 'amber' },
  active: { label: 'Active', tone: 'green' },
  disabled: { label: 'Disabled', tone: 'grey' },
};

export function sharesWords(organisation: Pick<MemberOrganisationView, 'sharesNetworkFigures'>): string {
  return organisation.sharesNetworkFigures ? 'Shares its figures' : 'Keeps its figures out';
}
