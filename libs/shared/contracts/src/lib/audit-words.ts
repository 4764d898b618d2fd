import type { Role } from './roles';

/**
 * The audit trail in staff's plain words (issue 13.16): what was done, to what, with what outcome.
 * Shared by the audit page and the CSV export's plain column, so both say the same; the CSV
 * keeps the machine codes beside them.
 */

/** What was done, by action; a refused or failed attempt has its own words where it reads differently. */
const ACTIONS: Record<string, string | { success: string; denied: string; error?: string }> = {
  'auth.sign_in': { success: 'Signed in', denied: 'Sign-in failed', error: 'Sign-in failed' },
  'auth.sign_out': 'Signed out',
  'auth.sign_out_everywhere': 'Signed out everywhere',
  'auth.mfa_challenge': { success: 'Passed the two-step check', denied: 'Two-step check failed', error: 'Two-step check failed' },
  'auth.mfa_enabled': 'Turned on two-step sign-in',
  'auth.mfa_disabled': 'Turned off two-step sign-in',
  'auth.mfa_enrolment_started': 'Started setting up two-step sign-in',
  'auth.mfa_locked': 'Two-step sign-in locked after too many wrong codes',
  'auth.recovery_codes_replaced': 'Made new recovery codes',
  'auth.session_ended': 'Ended a session',
  'access.denied': 'Was refused access',
  'account.created': 'Made an account',
  'account.invited': 'Invited someone to Beside',
  'account.invitation_accepted': 'Accepted an invitation',
  'account.invitation_resent': 'Sent an invitation again',
  'account.invitation_withdrawn': 'Withdrew an invitation',
  'account.password_changed': 'Changed their password',
  'account.password_reset_requested': 'Asked to reset a password',
  'account.password_reset': 'Reset a password',
  'account.updated': 'Changed an account',
  'account.disabled': 'Turned off an account',
  'account.list': 'Looked at the list of accounts',
  'account.role_approval_requested': 'Asked for a role change to be approved',
  'account.role_approval_not_needed': 'Changed a role (no approval needed)',
  'role_approval.list': 'Looked at role changes waiting for approval',
  'journey.read': 'Opened a journey',
  'journey.list': 'Looked at the caseload',
  'journey.created': 'Started a journey',
  'journey.updated': 'Changed a journey',
  'journey.reassigned': 'Changed who her advocates are',
  'journey.break_glass': 'Used emergency access to open a journey',
  'break_glass.list': 'Looked at emergency access to review',
  'break_glass.reviewed': 'Reviewed an emergency access',
  'service_user.read': 'Looked at her details',
  'service_user.created': 'Added her details',
  'service_user.updated': 'Changed her details',
  'service_user.export': 'Downloaded a copy of her data',
  'appointment.read': 'Looked at an appointment',
  'appointment.list': 'Looked at appointments',
  'appointment.created': 'Added an appointment',
  'appointment.updated': 'Changed an appointment',
  'appointment.export': 'Saved an appointment to a calendar',
  'accompaniment.created': 'Planned support for an appointment',
  'accompaniment.updated': 'Changed support for an appointment',
  'accompaniment.export': 'Saved an appointment to a work calendar',
  'calendar_feed.created': 'Turned on a calendar feed',
  'calendar_feed.revoked': 'Turned off a calendar feed',
  'plan.read': 'Looked at her plan',
  'goal.created': 'Added a goal',
  'goal.updated': 'Changed a goal',
  'step.created': 'Added a step',
  'step.updated': 'Changed a step',
  'step.deleted': 'Removed a step',
  'check_in.created': 'Added a check-in',
  'check_in.list': 'Looked at check-ins',
  'conversation.read': 'Read the messages with her',
  'conversation_message.created': 'Sent a message in the conversation with her',
  'conversation_message.updated': 'Changed a message in the conversation with her',
  'note.read': 'Read a note',
  'note.list': 'Looked at notes',
  'note.created': 'Wrote a note',
  'note.updated': 'Changed a note',
  'consent.list': 'Looked at consents',
  'consent.created': 'Recorded a consent',
  'consent.updated': 'Changed a consent',
  'change_proposal.list': 'Looked at changes she asked for',
  'change_proposal.created': 'Asked for a change',
  'change_proposal.updated': 'Answered a change she asked for',
  'concern.read': 'Looked at a concern',
  'concern.list': 'Looked at concerns',
  'concern.created': 'Raised a concern',
  'concern.updated': 'Moved a concern on',
  'concern.overdue': 'A concern passed its triage deadline',
  'message.sent': 'A message was delivered',
  'outbox_message.list': 'Looked at messages that were not delivered',
  'outbox_message.retried': 'Sent a failed message again',
  'message.failed': 'A message could not be delivered',
  'message.not_sent': 'A message was not sent: her contact rules did not allow it',
  'concern_action.created': 'Added an action to a concern',
  'concern_action.updated': 'Updated an action on a concern',
  'notification.updated': 'Read a notification',
  'staff.list': 'Looked at the list of staff',
  'allocation.read': 'Looked at caseload sizes',
  'dashboard.read': 'Looked at the dashboard',
  'report.read': 'Looked at the monthly report',
  'report.exported': 'Downloaded the monthly report',
  'audit.search': 'Searched the audit trail',
  'audit.export': 'Downloaded the audit trail',
  'audit.verify': 'Checked the audit chain',
  'audit.access_log_read': 'Looked at who has looked at her record',
  'audit.people_list': 'Looked for a person in the audit trail',
  'challenge.list': "Looked at her challenges",
  'challenge.read': 'Looked at a challenge',
  'challenge.created': 'Opened a challenge',
  'challenge.updated': 'Changed a challenge',
  'challenge.stage_moved': 'Moved a challenge to its next stage',
  'challenge.stage_updated': "Changed a challenge's stage",
  'challenge.closed': 'Recorded the outcome of a challenge',
  'challenge.deadlines_read': 'Looked at challenge deadlines',
  'challenge.deadline_near': "Told her advocates a challenge's deadline is near",
  'challenge.deadline_missed': "Told her advocates a challenge's deadline has passed",
  'challenge_type.added': 'Added a challenge type',
  'challenge_type.changed': 'Changed a challenge type',
  'challenge_type.archived': 'Archived a challenge type',
  'consultation.create': 'Wrote a consultation',
  'consultation.update': 'Changed a consultation',
  'consultation.questions_replace': "Changed a consultation's questions",
  'consultation.open': 'Opened a consultation',
  'consultation.close': 'Closed a consultation',
  'consultation.list': 'Looked at the consultations',
  'consultation.read': 'Looked at a consultation',
  'consultation.answered': 'Answered a consultation',
  'consultation_results.read': "Looked at a consultation's results",
  'consultation_results.exported': "Downloaded a consultation's results",
  'consultation_cross_tab.read': "Looked at two of a consultation's questions side by side",
  'consultation_theme.create': 'Added a theme to a consultation',
  'consultation_theme.update': "Changed a consultation's theme",
  'consultation_theme.delete': "Deleted a consultation's theme",
  'consultation_texts.read': "Read a consultation's free-text answers",
  'consultation_text.tag': 'Tagged a free-text answer with themes',
  'consultation_quotes.read': "Looked at a consultation's quotes",
  'consultation_quote.propose': 'Proposed a quote from a consultation',
  'consultation_quote.review': 'Reviewed a quote from a consultation',
  'appointment_feedback.list': 'Looked at the appointments waiting for her feedback',
  'appointment_feedback.given': 'Gave feedback after an appointment',
  'appointment_feedback_report.read': 'Looked at the feedback after appointments',
  'panel_settings.updated': "Changed the panel's voting settings",
  'finding.created': 'Proposed a finding',
  'finding.updated': 'Changed a finding',
  'finding.vote_cast': 'Voted on a finding',
  'finding.decided': 'Decided a finding',
  'finding.priorities_set': "Set the order of the panel's priorities",
  'campaign.created': 'Started a campaign',
  'campaign.updated': 'Changed a campaign',
  'campaign.removed': 'Removed a campaign',
  'campaign.item_added': 'Added to a campaign',
  'campaign.item_changed': 'Changed an ask, target, action or outcome of a campaign',
  'campaign.item_removed': 'Removed an ask, target, action or outcome from a campaign',
};

/** The kind of record, in words ("an account", not user_account). */
export const AUDIT_ENTITY_WORDS: Record<string, string> = {
  accompaniment: 'Support for an appointment',
  appointment: 'An appointment',
  appointment_feedback: 'Her feedback after an appointment',
  audit_event: 'The audit trail',
  break_glass_access: 'Emergency access',
  calendar_feed: 'A calendar feed',
  campaign: 'A campaign',
  challenge: 'A challenge (complaint, review or appeal)',
  challenge_type: 'A challenge type',
  caseload: 'The caseload',
  change_proposal: 'A change she asked for',
  check_in: 'A check-in',
  concern: 'A concern',
  concern_action: 'An action on a concern',
  consultation: 'A consultation',
  consultation_quote: 'A quote from a consultation',
  consultation_theme: "A consultation's theme",
  consent: 'A consent',
  conversation: 'The messages with her',
  conversation_message: 'A message in the conversation with her',
  dashboard: 'The dashboard',
  finding: 'A finding of the panel',
  goal: 'A goal',
  journey: 'A journey',
  monthly_report: 'The monthly report',
  note: 'A note',
  notification: 'A notification',
  outbox_message: 'A message',
  panel_settings: "The panel's settings",
  plan: 'A plan',
  role_approval: 'A role change',
  route: 'A page or action',
  service_user: 'Her details',
  step: 'A step',
  user_account: 'An account',
  user_session: 'A signed-in session',
};

export const AUDIT_OUTCOME_WORDS: Record<string, string> = { success: 'Done', denied: 'Refused', error: 'Failed' };

export const AUDIT_ROLE_WORDS: Record<Role, string> = {
  service_user: 'service user',
  advocate: 'advocate',
  manager: 'manager',
  admin: 'admin',
  network_admin: 'network operator',
  panel_member: 'lived-experience panel member',
};

/** "preferredName" → "preferred name". */
export function fieldWords(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** What an event says was done, in plain words: "Sign-in failed", "Opened a journey". */
export function describeAuditEvent(event: { action: string; entityType: string; outcome: string }): string {
  const known = ACTIONS[event.action];
  if (typeof known === 'string') return known;
  if (known) return known[event.outcome as 'success' | 'denied' | 'error'] ?? known.success;
  // Something newer than this list: still words, never a code.
  const verb = event.action.slice(event.action.indexOf('.') + 1);
  const thing = (AUDIT_ENTITY_WORDS[event.entityType] ?? fieldWords(event.entityType)).toLowerCase();
  const verbs: Record<string, string> = { read: 'Looked at', list: 'Looked at a list:', created: 'Added', updated: 'Changed', deleted: 'Removed', export: 'Downloaded' };
  return `${verbs[verb] ?? 'Worked on'} ${thing}`;
}

/** The filter choices for "what was done": groups of actions in plain words, each an action pattern the API takes. */
export const AUDIT_ACTION_GROUPS: readonly { pattern: string; label: string }[] = [
  { pattern: 'auth.*', label: 'Signing in and out' },
  { pattern: 'auth.sign_in', label: 'Sign-ins (and failed sign-ins)' },
  { pattern: 'access.denied', label: 'Refused access' },
  { pattern: 'account.*', label: 'Accounts and invitations' },
  { pattern: 'journey.*', label: 'Journeys' },
  { pattern: 'journey.break_glass', label: 'Emergency access' },
  { pattern: 'service_user.*', label: 'Her details' },
  { pattern: 'appointment.*', label: 'Appointments' },
  { pattern: 'accompaniment.*', label: 'Support for appointments' },
  { pattern: 'goal.*', label: 'Goals' },
  { pattern: 'step.*', label: 'Steps' },
  { pattern: 'note.*', label: 'Notes' },
  { pattern: 'conversation_message.*', label: 'Messages with her' },
  { pattern: 'consent.*', label: 'Consents' },
  { pattern: 'change_proposal.*', label: 'Changes she asked for' },
  { pattern: 'concern.*', label: 'Concerns' },
  { pattern: 'report.*', label: 'Reports' },
  { pattern: 'finding.*', label: "The panel's findings and votes" },
  { pattern: 'campaign.*', label: 'Campaigns' },
  { pattern: 'consultation.*', label: 'Consultations and answers to them' },
  { pattern: 'consultation_quote.*', label: 'Quotes from consultations' },
  { pattern: 'appointment_feedback.*', label: 'Feedback after appointments' },
  { pattern: 'audit.*', label: 'The audit trail itself' },
];

/** GET /api/audit/people: someone to search the audit trail by. `role` is null for a woman's record (a service user). */
export interface AuditPerson {
  id: string;
  name: string;
  role: Role | null;
}
