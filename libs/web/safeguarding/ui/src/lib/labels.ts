import type { ConcernCategory, ConcernSeverity, ConcernStatus, NotificationKind, Role } from '@beside/shared/contracts';

// The glossary's values in the words staff read (PRODUCT.md).
export const CONCERN_CATEGORY_LABELS: Record<ConcernCategory, string> = {
  risk_to_self: 'Risk to herself',
  abuse_or_violence: 'Abuse or violence',
  exploitation: 'Exploitation',
  neglect: 'Neglect',
  risk_to_others: 'Risk to others',
  service_quality: 'Quality of our service',
  staff_conduct: 'Conduct of a member of staff',
  other: 'Something else',
};

export const CONCERN_SEVERITY_LABELS: Record<ConcernSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  immediate: 'Immediate',
};

export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  raised: 'Raised',
  triaged: 'Triaged',
  action: 'Action under way',
  referred: 'Referred on',
  closed: 'Closed',
};

export const RAISER_ROLE_LABELS: Record<Exclude<Role, 'admin'>, string> = {
  service_user: 'Service user',
  advocate: 'Advocate',
  manager: 'Manager',
  // Never a raiser (she reads no case work); here so that every role has words.
  network_admin: 'Network operator',
  panel_member: 'Lived-experience panel member',
};

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  'concern.raised': 'New concern',
  'concern.overdue': 'Triage overdue',
  'journey.reassigned': 'Journey reassigned',
  'journey.break_glass': 'Emergency access used',
  'account.second_step_locked': 'Two-step sign-in locked',
  'account.role_approval': 'Manager role approval',
  'conversation.message': 'New message from her',
  'referral.received': 'Referral from another member',
  'referral.answered': 'Referral answered',
  'challenge.deadline_near': 'Challenge deadline near',
  'challenge.deadline_missed': 'Challenge deadline passed',
  'safety.action_due': 'Referral action due',
  'safety.meeting_soon': 'Multi-agency meeting soon',
  'safety.plan_review_due': 'Safety plan review due',
  'safety.hidden_review_due': 'Hidden assessment to review',
  'safety.sharing_to_review': 'Sharing to review',
  'data_request.received': 'New data protection request',
  'breach.recorded': 'Data breach recorded',
};
