import type { Role } from '@beside/shared/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  service_user: 'Service user',
  advocate: 'Advocate',
  manager: 'Manager (safeguarding lead)',
  admin: 'Admin',
  network_admin: 'Network operator',
  panel_member: 'Lived-experience panel member',
};
