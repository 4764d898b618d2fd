export const ROLES = ['service_user', 'advocate', 'manager', 'admin', 'network_admin', 'panel_member'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone who is not her: they sign in to the staff screens and must use two-step sign-in. */
export const STAFF_ROLES: readonly Role[] = ['advocate', 'manager', 'admin', 'network_admin', 'panel_member'];

/** The network operator: runs the deployment's member organisations, reads none of their case content. */
export const NETWORK_ROLES: readonly Role[] = ['network_admin'];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
