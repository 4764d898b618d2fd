import type {
  ConcernDetail,
  ConcernSummary,
  ConversationMessageView,
  ConversationView,
  MemberOrganisationView,
  ReferralView,
  SafeContact,
} from '@beside/shared/contracts';

// Example answers of the API for the web specs: one plausible record each, which a spec adjusts with
// `overrides` to what it is about. The specs of a store and of the pages that show it share them.

/** A referral Riverside sent from journey j1 to Harbour, waiting for an answer. */
export function referral(overrides: Partial<ReferralView> = {}): ReferralView {
  return {
    id: 'r1',
    reference: 'RF-7K2M',
    direction: 'outgoing',
    fromOrganisation: 'Riverside',
    toOrganisation: 'Harbour',
    status: 'sent',
    reason: 'Harbour runs a peer group in the evenings.',
    consent: { parts: ['profile', 'plan_items'], how: 'in_person', givenOn: '2026-12-01' },
    sentAt: '2026-12-01T10:00:00Z',
    sentBy: 'Amara Hughes',
    respondedAt: null,
    declineReason: null,
    withdrawnAt: null,
    journeyId: 'j1',
    version: 1,
    ...overrides,
  };
}

/** The same referral as Harbour receives it: no journey yet. */
export function incomingReferral(overrides: Partial<ReferralView> = {}): ReferralView {
  return referral({ direction: 'incoming', journeyId: null, ...overrides });
}

/** A high concern Nia raised about herself, not yet triaged, as a row of the register. */
export function concernSummary(overrides: Partial<ConcernSummary> = {}): ConcernSummary {
  return {
    id: 'c1',
    reference: 'C-ABC123',
    category: 'abuse_or_violence',
    severity: 'high',
    status: 'raised',
    raisedAt: '2026-03-01T09:00:00Z',
    triageDueAt: '2026-03-02T09:00:00Z',
    triagedAt: null,
    closedAt: null,
    overdue: false,
    journeyId: 'j1',
    serviceUserId: 's1',
    serviceUserName: 'Nia',
    raisedBy: { id: 'u1', name: 'Nia Campbell' },
    raisedByRole: 'service_user',
    aboutStaff: null,
    hideRaiserFromAdvocate: false,
    confidentialFromSubject: false,
    openActions: 0,
    nextActionDueOn: null,
    version: 1,
    ...overrides,
  };
}

/** The same concern in full, with no events or actions yet. */
export function concernDetail(overrides: Partial<ConcernDetail> = {}): ConcernDetail {
  return {
    ...concernSummary(),
    description: 'Words',
    referredTo: null,
    outcome: null,
    outcomeForRaiser: null,
    events: [],
    actions: [],
    ...overrides,
  };
}

/** A message her advocate Asha sent on journey j1, as someone else reads it. */
export function conversationMessage(overrides: Partial<ConversationMessageView> = {}): ConversationMessageView {
  return {
    id: 'm1',
    journeyId: 'j1',
    authorName: 'Asha',
    authorRole: 'advocate',
    mine: false,
    body: 'Hello',
    sentAt: '2026-03-02T10:00:00Z',
    editedAt: null,
    earlierVersions: [],
    editableUntil: null,
    version: 1,
    ...overrides,
  };
}

/** Journey j1's conversation: that one message, nothing older, nothing unread. */
export function conversationView(overrides: Partial<ConversationView> = {}): ConversationView {
  return { journeyId: 'j1', messages: [conversationMessage()], olderCursor: null, unread: 0, canSend: true, alertProblem: null, ...overrides };
}

/** An active member organisation with one active admin, as the network operator sees it. */
export function memberOrganisation(overrides: Partial<MemberOrganisationView> = {}): MemberOrganisationView {
  return {
    id: 'o1',
    name: 'Harbour Women’s Voice',
    status: 'active',
    suspendedAt: null,
    suspensionReason: null,
    sharesNetworkFigures: true,
    settings: { messageSender: null, concernTriageHours: {}, openingHours: null, servicesOffered: null },
    admins: [{ accountId: 'a1', name: 'Hana Sato', email: 'hana@example.org', status: 'active' }],
    createdAt: '2026-12-01T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

/** Her safe contact: email, weekday mornings, a reminder by text the day before. */
export function safeContact(overrides: Partial<SafeContact> = {}): SafeContact {
  return {
    channels: ['email'],
    safeTimes: 'weekday mornings',
    safeWindows: [{ days: ['monday', 'tuesday'], from: '09:00', until: '12:00' }],
    safeWindowsReviewed: true,
    voicemailAllowed: false,
    codeWord: null,
    textNumber: '+447700900123',
    messageConsent: { invitation: ['email'], reminder: ['text'], message_alert: [] },
    reminderLeadHours: 24,
    ...overrides,
  };
}
