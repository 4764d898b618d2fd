import { Role } from '@beside/shared/contracts';

/**
 * The permission catalogue: every API route names one of these (or is explicitly public
 * or "signed in"), and the web app shows or hides actions with the same names.
 * Record-level scope (own record, assigned journey, same organisation) is checked by each
 * service on top of these.
 */
export const PERMISSIONS = [
  'account:read-own',
  'account:manage-own',
  'account:invite-service-user',
  'account:invite-staff',
  'account:manage',
  'account:approve-role',
  'organisation:read',
  'organisation:manage',
  'journey:read',
  'journey:write',
  'journey:break-glass',
  'journey:allocate',
  'service-user:read',
  'service-user:write',
  'audit:read',
  'audit:read-account-events',
  'audit:verify',
  'audit:review-break-glass',
  'portal:use',
  'concern:raise',
  'concern:record',
  'concern:read',
  'concern:triage',
  'report:read',
  'referral:send',
  'referral:receive',
  'network:manage',
  'network:figures',
  'development:inbox',
  // Consultations (issue 18): write them (a manager her organisation's, the operator network-wide ones) and read their results.
  'consultation:manage',
  'consultation:results',
  // The lived-experience panel (issue 18): findings, votes and decisions; campaigns kept by managers and the panel.
  'panel:take-part',
  'finding:propose',
  'campaign:manage',
  // Challenges (issue 19): the organisation's catalogue of challenge types and their time limits.
  'challenge-type:manage',
  // Safety planning (issue 20): the organisation's risk checklists and agencies; a manager's safeguarding decisions
  // (an assessment kept from her portal, the review of a sharing without her consent).
  'safety:configure',
  'safety:review',
  // The data lifecycle (issue 21): requests from the women, the breach register, retention.
  'data-protection:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_CASEWORK: Permission[] = [
  'journey:read',
  'journey:write',
  'service-user:read',
  'service-user:write',
  'account:invite-service-user',
  'concern:record',
  'concern:read',
  'referral:send',
  'referral:receive',
];

const OWN_ACCOUNT: Permission[] = ['account:read-own', 'account:manage-own'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  service_user: [...OWN_ACCOUNT, 'portal:use', 'concern:raise'],
  advocate: [...OWN_ACCOUNT, ...STAFF_CASEWORK, 'journey:break-glass'],
  manager: [
    ...OWN_ACCOUNT,
    ...STAFF_CASEWORK,
    'journey:allocate',
    'audit:read',
    'audit:read-account-events',
    'audit:verify',
    'audit:review-break-glass',
    'concern:triage',
    'report:read',
    'network:figures',
    'organisation:read',
    // Separation of duties: a new manager needs a manager's approval, not only an admin's say.
    'account:approve-role',
    'consultation:manage',
    'consultation:results',
    'finding:propose',
    'campaign:manage',
    'challenge-type:manage',
    'safety:configure',
    'safety:review',
    'data-protection:manage',
  ],
  // Separation of duties: admins run accounts and settings, never case content.
  admin: [
    ...OWN_ACCOUNT,
    'account:invite-staff',
    'account:invite-service-user',
    'account:manage',
    'organisation:read',
    'organisation:manage',
    'audit:read-account-events',
    // Development only (the route answers 404 with a real mail server): the messages Beside sent for the organisation.
    'development:inbox',
  ],
  // Runs the member organisations and reads pooled figures; never any organisation's case content.
  network_admin: [...OWN_ACCOUNT, 'network:manage', 'network:figures', 'development:inbox', 'consultation:manage', 'consultation:results'],
  // Women with lived experience on the organisation's panel or board: aggregates and reviewed quotes, never case content.
  panel_member: [...OWN_ACCOUNT, 'consultation:results', 'panel:take-part', 'finding:propose', 'campaign:manage'],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && ROLE_PERMISSIONS[role].includes(permission);
}
