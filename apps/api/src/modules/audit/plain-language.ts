// What someone from the service did with her record, in short sentences she would say herself.
// Only what was done, never what it said. The "who" is shown beside it ("Amara Hughes").
// For staff (the audit page and the CSV's plain column) the shared words say it their way.
import { describeAuditEvent } from '@beside/shared/contracts';

type Verb = 'read' | 'list' | 'create' | 'update' | 'delete' | 'export' | string;

/** Every action her access log can show, by the kind of record and what was done to it. */
const PHRASES: Record<string, Record<Verb, string>> = {
  journey: {
    read: 'Looked at your journey',
    list: 'Saw your journey in a list',
    create: 'Started your journey with the service',
    update: 'Updated your journey',
    reassign: 'Changed who your advocates are',
    break_glass: 'Opened your record in an emergency and gave a reason',
    // Issue 21: only the anonymisation itself; a legal hold and the review decisions are not hers to see.
    anonymised: 'Removed your details and words as the law allows',
  },
  service_user: {
    read: 'Looked at your details',
    list: 'Saw your name in a list',
    create: 'Added your details',
    update: 'Updated your details',
    export: 'Downloaded a copy of your data',
  },
  appointment: {
    read: 'Looked at an appointment',
    list: 'Looked at your appointments',
    create: 'Added an appointment',
    update: 'Updated an appointment',
    export: 'Saved an appointment to a calendar',
  },
  accompaniment: {
    create: 'Planned who comes with you to an appointment',
    update: 'Changed who comes with you to an appointment',
    export: 'Saved an appointment to a work calendar',
  },
  plan: { read: 'Looked at your plan' },
  goal: {
    read: 'Looked at a goal in your plan',
    create: 'Added a goal to your plan',
    update: 'Updated a goal in your plan',
  },
  step: {
    read: 'Looked at a step in your plan',
    create: 'Added a step to your plan',
    update: 'Updated a step in your plan',
    delete: 'Removed a step from your plan',
  },
  check_in: {
    read: 'Looked at a check-in',
    list: 'Looked at your check-ins',
    create: 'Added a check-in',
  },
  note: {
    read: 'Read a note',
    list: 'Looked at the notes',
    create: 'Wrote a note',
    update: 'Changed a note',
  },
  conversation: {
    read: 'Read your messages',
  },
  conversation_message: {
    create: 'Sent you a message',
    update: 'Changed a message they sent you',
  },
  concern: {
    read: 'Looked at a concern',
    list: 'Looked at the concerns',
    create: 'Raised a concern',
    update: 'Worked on a concern',
    overdue: 'Was reminded a concern needs an answer',
  },
  concern_action: {
    create: 'Added a task to a concern',
    update: 'Updated a task on a concern',
  },
  consent: {
    read: 'Looked at a consent',
    list: 'Looked at your consents',
    create: 'Wrote down a consent you gave',
    update: 'Updated a consent',
  },
  change_proposal: {
    read: 'Looked at a change you asked for',
    list: 'Looked at the changes you asked for',
    create: 'Asked for a change',
    update: 'Answered a change you asked for',
  },
  user_account: {
    invited: 'Invited you to use Beside',
    create: 'Made your Beside account',
    update: 'Updated your Beside account',
    password_reset: 'Reset your password',
    list: 'Saw your account in a list',
  },
  // Issue 19: her challenges, letters, documents and her statement.
  challenge: {
    read: 'Looked at a complaint or appeal',
    list: 'Looked at your complaints and appeals',
    create: 'Started a complaint or appeal with you',
    update: 'Updated a complaint or appeal',
    stage_moved: 'Moved a complaint or appeal to its next step',
    stage_updated: 'Updated a step of a complaint or appeal',
    closed: 'Wrote down how a complaint or appeal ended',
    deadlines_read: 'Saw a complaint or appeal in a list of dates',
  },
  letter: {
    read: 'Read a letter',
    list: 'Looked at the letters',
    create: 'Drafted a letter',
    update: 'Changed a letter',
    shared: 'Shared a letter with you',
    sent: 'Wrote down that a letter was sent',
    export: 'Downloaded a letter',
  },
  document: {
    list: 'Looked at your documents',
    uploaded: 'Added a document',
    export: 'Opened a document',
    downloaded: 'Opened a document',
    delete: 'Deleted a document',
  },
  her_statement: {
    read: 'Read what you want professionals to know',
    export: 'Downloaded what you want professionals to know',
    downloaded: 'Downloaded what you want professionals to know',
  },
  // Issue 20: in neutral words — someone else may be reading her screen.
  risk_assessment: {
    read: 'Looked at a checklist done with you',
    list: 'Looked at the checklists done with you',
    create: 'Wrote down a checklist done with you',
  },
  safety_plan: {
    read: 'Looked at your plan',
    section_saved: 'Wrote in your plan',
    review_set: 'Set a date to look at your plan again',
    downloaded: 'Downloaded your plan',
    export: 'Downloaded your plan',
  },
  safety_plan_section: {
    section_saved: 'Wrote in your plan',
    update: 'Changed your plan as you asked',
  },
  multi_agency_referral: {
    read: 'Looked at a referral to another agency',
    list: 'Looked at your referrals to other agencies',
    create: 'Started a referral to another agency',
    update: 'Updated a referral to another agency',
    sent: 'Sent a referral to another agency',
    status_moved: 'Updated where a referral to another agency is up to',
    action_added: 'Added a task on a referral to another agency',
    action_updated: 'Updated a task on a referral to another agency',
  },
  sharing_decision: {
    read: 'Looked at a record of sharing your information',
    list: 'Looked at what was shared about you',
    recorded: 'Wrote down that your information was shared with another agency',
    reviewed: 'Checked a decision to share your information',
  },
  // Issue 21: her data protection requests.
  data_request: {
    read: 'Looked at your data protection request',
    list: 'Looked at your data protection requests',
    create: 'Wrote down your data protection request',
    extended: 'Gave your data protection request more time and said why',
    decided: 'Decided your data protection request',
    answered: 'Wrote down the answer to your data protection request',
  },
  audit_event: {
    access_log_read: 'Looked at who has looked at your record',
    search: 'Searched who has looked at your record',
    export: 'Downloaded who has looked at your record',
  },
  break_glass_access: {
    reviewed: 'Checked an emergency look at your record',
    list: 'Saw an emergency look at your record in a list',
  },
};

// The same verb is written "create" by some modules and "created" by others.
const SAME_VERB: Record<string, Verb> = { created: 'create', updated: 'update', deleted: 'delete', exported: 'export', reassigned: 'reassign', download: 'export' };

/** For something new that has no sentence above yet: still plain, never a code. */
const FALLBACK_VERBS: Record<Verb, string> = {
  read: 'Looked at',
  list: 'Looked at a list with',
  create: 'Added',
  update: 'Updated',
  delete: 'Removed something from',
  export: 'Downloaded',
};

/** An audit action in words she would use: "Looked at your journey". */
export function describeForHer(action: string, entityType: string): string {
  const raw = action.includes('.') ? action.slice(action.indexOf('.') + 1) : action;
  const verb = SAME_VERB[raw] ?? raw;
  const phrase = PHRASES[entityType]?.[verb];
  if (phrase) return phrase;
  return `${FALLBACK_VERBS[verb] ?? 'Used'} your record`;
}

/** Every sentence, for checks that each one reads well. */
export const ACCESS_LOG_PHRASES: readonly string[] = Object.values(PHRASES).flatMap((byVerb) => Object.values(byVerb));

/** An audit event in staff's plain words, as the audit page shows it: "Sign-in failed", "Opened a journey". */
export function describeForStaff(action: string, entityType: string, outcome: string): string {
  return describeAuditEvent({ action, entityType, outcome });
}
