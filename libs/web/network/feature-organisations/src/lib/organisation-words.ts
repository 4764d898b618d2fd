import type { MemberOrganisationView } from '@beside/shared/contracts';
import type { StatusScheme } from '@beside/web/ui';

export const STATUS_WORDS: StatusScheme<MemberOrganisationView['status']> = {
  active: { label: 'Active', tone: 'green' },
  suspended: { label: 'Suspended', tone: 'red' },
};

export const ADMIN_STATUS_WORDS: StatusScheme<MemberOrganisationView['admins'][number]['status']> = {
  invited: { label: 'Invited', tone: 'amber' },
  active: { label: 'Active', tone: 'green' },
  disabled: { label: 'Disabled', tone: 'grey' },
};

export function sharesWords(organisation: Pick<MemberOrganisationView, 'sharesNetworkFigures'>): string {
  return organisation.sharesNetworkFigures ? 'Shares its figures' : 'Keeps its figures out';
}
