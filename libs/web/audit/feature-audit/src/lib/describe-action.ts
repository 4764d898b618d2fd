/** Audit actions in staff words, for the audit page: "journey.read" → "Opened a journey". */
const KNOWN: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_out': 'Signed out',
  'auth.sign_out_everywhere': 'Signed out everywhere',
  'auth.mfa_challenge': 'Two-step check',
  'auth.mfa_enabled': 'Turned on two-step sign-in',
  'auth.mfa_disabled': 'Turned off two-step sign-in',
  'auth.mfa_enrolment_started': 'Started setting up two-step sign-in',
  'auth.recovery_codes_replaced': 'Made new recovery codes',
  'auth.session_ended': 'Ended a session',
  'access.denied': 'Was refused access',
  'account.invited': 'Invited an account',
  'account.invitation_accepted': 'Accepted an invitation',
  'account.password_changed': 'Changed password',
  'account.password_reset_requested': 'Asked to reset password',
  'account.password_reset': 'Reset password',
  'account.updated': 'Changed an account',
  'account.disabled': 'Disabled an account',
  'account.list': 'Listed accounts',
  'journey.read': 'Opened a journey',
  'journey.list': 'Listed journeys',
  'journey.break_glass': 'Broke the glass on a journey',
  'audit.search': 'Searched the audit trail',
  'audit.export': 'Exported the audit trail',
  'audit.verify': 'Verified the audit chain',
};

export function describeAction(action: string): string {
  if (KNOWN[action]) return KNOWN[action];
  const [thing, verb] = action.split('.');
  return `${(verb ?? '').replace(/_/g, ' ')} ${(thing ?? '').replace(/_/g, ' ')}`.trim();
}
