import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createNetworkOperator, createOrganisation, createServiceUser, createUser, sessionFor, TestUser } from '../../testing/fixtures';
import { EXPECTED_ROUTE_POLICIES } from './route-policies';

type ActorKey = 'anonymous' | 'herself' | 'another_service_user' | 'assigned_advocate' | 'other_advocate' | 'manager' | 'other_org_manager' | 'admin' | 'network_operator' | 'panel_member';
const ACTORS: ActorKey[] = ['anonymous', 'herself', 'another_service_user', 'assigned_advocate', 'other_advocate', 'manager', 'other_org_manager', 'admin', 'network_operator', 'panel_member'];

interface Ctx {
  journeyId: string;
  herAccountId: string;
  serviceUserId: string;
  concernId: string;
}

interface MatrixRow {
  route: string;
  /** Path and body. Bodies that fail validation test the guard without side effects: allowed → 400, not allowed → 401/403. */
  request: (ctx: Ctx) => { path: string; body?: object };
  expect: Record<ActorKey, number>;
}

const all = (status: number, overrides: Partial<Record<ActorKey, number>> = {}): Record<ActorKey, number> => ({
  ...(Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<ActorKey, number>),
  ...overrides,
});
const signedIn = (status: number, overrides: Partial<Record<ActorKey, number>> = {}) => all(status, { anonymous: 401, ...overrides });
const only = (status: number, who: ActorKey[], overrides: Partial<Record<ActorKey, number>> = {}) =>
  all(403, { anonymous: 401, ...Object.fromEntries(who.map((w) => [w, status])), ...overrides });
/** Case content: staff only by permission; then her advocate and her organisation's manager, and a 404 for anyone else. */
const inScope = (status: number) => all(403, { anonymous: 401, assigned_advocate: status, other_advocate: 404, manager: status, other_org_manager: 404 });
const STAFF: ActorKey[] = ['assigned_advocate', 'other_advocate', 'manager', 'other_org_manager'];
const HER_AND_OTHER: ActorKey[] = ['herself', 'another_service_user'];
const MANAGERS: ActorKey[] = ['manager', 'other_org_manager'];
const CONSULTATION_RUNNERS: ActorKey[] = ['manager', 'other_org_manager', 'network_operator'];
/** Results (aggregates, published quotes) are the panel's too; free-text answers and every write are not. */
const CONSULTATION_READERS: ActorKey[] = [...CONSULTATION_RUNNERS, 'panel_member'];
/** Managers propose findings and keep campaigns; only the panel votes, decides and ranks. */
const FINDING_PROPOSERS: ActorKey[] = ['manager', 'other_org_manager', 'panel_member'];

// Every route, every kind of caller. A new route must add its row here (the last test checks).
const MATRIX: MatrixRow[] = [
  { route: 'DELETE /api/account/mfa', request: () => ({ path: '/api/account/mfa', body: {} }), expect: signedIn(400) },
  { route: 'DELETE /api/account/sessions/:sessionId', request: () => ({ path: `/api/account/sessions/${randomUUID()}` }), expect: signedIn(404) },
  { route: 'GET /api/account', request: () => ({ path: '/api/account' }), expect: signedIn(200) },
  { route: 'GET /api/account/sessions', request: () => ({ path: '/api/account/sessions' }), expect: signedIn(200) },
  { route: 'GET /api/accounts', request: () => ({ path: '/api/accounts' }), expect: only(200, ['admin']) },
  { route: 'GET /api/accounts/role-approvals', request: () => ({ path: '/api/accounts/role-approvals' }), expect: only(200, MANAGERS) },
  { route: 'GET /api/audit/account-events', request: () => ({ path: '/api/audit/account-events' }), expect: only(200, ['manager', 'other_org_manager', 'admin']) },
  { route: 'GET /api/audit/events', request: () => ({ path: '/api/audit/events' }), expect: only(200, ['manager', 'other_org_manager']) },
  { route: 'GET /api/audit/events.csv', request: () => ({ path: '/api/audit/events.csv' }), expect: only(200, ['manager', 'other_org_manager']) },
  { route: 'GET /api/audit/people', request: () => ({ path: '/api/audit/people?as=subject' }), expect: only(200, ['manager', 'other_org_manager']) },
  { route: 'GET /api/audit/verify', request: () => ({ path: '/api/audit/verify' }), expect: only(200, ['manager', 'other_org_manager']) },
  { route: 'GET /api/auth/session', request: () => ({ path: '/api/auth/session' }), expect: all(200) },
  { route: 'GET /api/break-glass', request: () => ({ path: '/api/break-glass' }), expect: only(200, ['manager', 'other_org_manager']) },
  { route: 'GET /api/health', request: () => ({ path: '/api/health' }), expect: all(200) },
  { route: 'GET /api/health/ready', request: () => ({ path: '/api/health/ready' }), expect: all(200) },
  {
    route: 'GET /api/journeys',
    request: () => ({ path: '/api/journeys' }),
    expect: only(200, ['assigned_advocate', 'other_advocate', 'manager', 'other_org_manager']),
  },
  {
    route: 'GET /api/journeys/:journeyId',
    request: (c) => ({ path: `/api/journeys/${c.journeyId}` }),
    expect: all(403, { anonymous: 401, assigned_advocate: 200, other_advocate: 404, manager: 200, other_org_manager: 404 }),
  },
  { route: 'GET /api/my/access-log', request: () => ({ path: '/api/my/access-log' }), expect: only(200, ['herself', 'another_service_user']) },
  { route: 'GET /api/staff', request: () => ({ path: '/api/staff?role=advocate' }), expect: only(200, STAFF) },
  { route: 'GET /api/status', request: () => ({ path: '/api/status' }), expect: all(200) },
  { route: 'PATCH /api/accounts/:accountId', request: (c) => ({ path: `/api/accounts/${c.herAccountId}`, body: {} }), expect: only(400, ['admin']) },
  { route: 'POST /api/account/mfa/recovery-codes', request: () => ({ path: '/api/account/mfa/recovery-codes', body: {} }), expect: signedIn(400) },
  { route: 'POST /api/account/password', request: () => ({ path: '/api/account/password', body: {} }), expect: signedIn(400) },
  {
    route: 'POST /api/accounts/:accountId/invitation/resend',
    request: (c) => ({ path: `/api/accounts/${c.herAccountId}/invitation/resend` }),
    expect: only(409, ['admin']),
  },
  {
    route: 'POST /api/accounts/:accountId/invitation/withdraw',
    request: (c) => ({ path: `/api/accounts/${c.herAccountId}/invitation/withdraw` }),
    expect: only(409, ['admin']),
  },
  {
    route: 'POST /api/accounts/role-approvals/:approvalId/approve',
    request: () => ({ path: `/api/accounts/role-approvals/${randomUUID()}/approve` }),
    expect: only(404, MANAGERS),
  },
  {
    route: 'POST /api/accounts/role-approvals/:approvalId/decline',
    request: () => ({ path: `/api/accounts/role-approvals/${randomUUID()}/decline` }),
    expect: only(404, MANAGERS),
  },
  {
    route: 'POST /api/accounts/invitations',
    request: () => ({ path: '/api/accounts/invitations', body: {} }),
    expect: only(400, ['assigned_advocate', 'other_advocate', 'manager', 'other_org_manager', 'admin']),
  },
  { route: 'POST /api/auth/invitation', request: () => ({ path: '/api/auth/invitation', body: {} }), expect: all(400) },
  { route: 'POST /api/auth/invitation/accept', request: () => ({ path: '/api/auth/invitation/accept', body: {} }), expect: all(400) },
  { route: 'POST /api/auth/mfa/challenge', request: () => ({ path: '/api/auth/mfa/challenge', body: {} }), expect: signedIn(409) },
  {
    route: 'POST /api/auth/mfa/enrolment',
    request: () => ({ path: '/api/auth/mfa/enrolment' }),
    expect: signedIn(409, { herself: 200, another_service_user: 200 }),
  },
  { route: 'POST /api/auth/mfa/enrolment/confirm', request: () => ({ path: '/api/auth/mfa/enrolment/confirm', body: { code: 'abc' } }), expect: signedIn(400) },
  { route: 'POST /api/auth/password-reset', request: () => ({ path: '/api/auth/password-reset', body: {} }), expect: all(400) },
  { route: 'POST /api/auth/password-reset/complete', request: () => ({ path: '/api/auth/password-reset/complete', body: {} }), expect: all(400) },
  { route: 'POST /api/auth/sign-in', request: () => ({ path: '/api/auth/sign-in', body: {} }), expect: all(400) },
  { route: 'POST /api/auth/sign-out', request: () => ({ path: '/api/auth/sign-out' }), expect: signedIn(204) },
  { route: 'POST /api/auth/sign-out-everywhere', request: () => ({ path: '/api/auth/sign-out-everywhere' }), expect: signedIn(204) },
  {
    route: 'POST /api/break-glass/:grantId/review',
    request: () => ({ path: `/api/break-glass/${randomUUID()}/review`, body: {} }),
    expect: only(400, ['manager', 'other_org_manager']),
  },
  {
    route: 'POST /api/journeys/:journeyId/break-glass',
    request: (c) => ({ path: `/api/journeys/${c.journeyId}/break-glass`, body: {} }),
    expect: only(400, ['assigned_advocate', 'other_advocate']),
  },
  // Journeys for advocates (issue 5). Empty bodies fail validation, so allowed callers get 400 and nothing is written.
  { route: 'POST /api/journeys', request: () => ({ path: '/api/journeys', body: {} }), expect: only(400, STAFF) },
  { route: 'PATCH /api/journeys/:journeyId', request: (c) => ({ path: `/api/journeys/${c.journeyId}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/journeys/:journeyId/status', request: (c) => ({ path: `/api/journeys/${c.journeyId}/status`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/service-users/:serviceUserId', request: (c) => ({ path: `/api/service-users/${c.serviceUserId}` }), expect: inScope(200) },
  { route: 'PATCH /api/service-users/:serviceUserId', request: (c) => ({ path: `/api/service-users/${c.serviceUserId}`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/service-users/:serviceUserId/consents', request: (c) => ({ path: `/api/service-users/${c.serviceUserId}/consents` }), expect: inScope(200) },
  { route: 'POST /api/service-users/:serviceUserId/consents', request: (c) => ({ path: `/api/service-users/${c.serviceUserId}/consents`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/consents/:consentId/withdraw', request: () => ({ path: `/api/consents/${randomUUID()}/withdraw`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/appointments', request: (c) => ({ path: `/api/journeys/${c.journeyId}/appointments` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/appointments', request: (c) => ({ path: `/api/journeys/${c.journeyId}/appointments`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/appointments/:appointmentId', request: () => ({ path: `/api/appointments/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'PATCH /api/appointments/:appointmentId', request: () => ({ path: `/api/appointments/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/appointments/:appointmentId/reschedule', request: () => ({ path: `/api/appointments/${randomUUID()}/reschedule`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/appointments/:appointmentId/accompaniment', request: () => ({ path: `/api/appointments/${randomUUID()}/accompaniment`, body: {} }), expect: only(400, STAFF) },
  { route: 'PATCH /api/accompaniments/:accompanimentId', request: () => ({ path: `/api/accompaniments/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/plan', request: (c) => ({ path: `/api/journeys/${c.journeyId}/plan` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/goals', request: (c) => ({ path: `/api/journeys/${c.journeyId}/goals`, body: {} }), expect: only(400, STAFF) },
  { route: 'PATCH /api/goals/:goalId', request: () => ({ path: `/api/goals/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/goals/:goalId/steps', request: () => ({ path: `/api/goals/${randomUUID()}/steps`, body: {} }), expect: only(400, STAFF) },
  { route: 'PATCH /api/steps/:stepId', request: () => ({ path: `/api/steps/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  // Without a version: allowed callers get 400 and nothing is removed.
  { route: 'DELETE /api/steps/:stepId', request: () => ({ path: `/api/steps/${randomUUID()}` }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/check-ins', request: (c) => ({ path: `/api/journeys/${c.journeyId}/check-ins` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/check-ins', request: (c) => ({ path: `/api/journeys/${c.journeyId}/check-ins`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/notes', request: (c) => ({ path: `/api/journeys/${c.journeyId}/notes` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/notes', request: (c) => ({ path: `/api/journeys/${c.journeyId}/notes`, body: {} }), expect: only(400, STAFF) },
  { route: 'PUT /api/account/email-alerts', request: () => ({ path: '/api/account/email-alerts', body: {} }), expect: signedIn(400) },
  { route: 'GET /api/messages/undelivered', request: () => ({ path: '/api/messages/undelivered' }), expect: only(200, ['admin']) },
  { route: 'POST /api/messages/:messageId/retry', request: () => ({ path: `/api/messages/${randomUUID()}/retry` }), expect: only(404, ['admin']) },
  { route: 'GET /api/development/sent-messages', request: () => ({ path: '/api/development/sent-messages' }), expect: only(200, ['admin', 'network_operator']) },
  { route: 'GET /api/journeys/:journeyId/conversation', request: (c) => ({ path: `/api/journeys/${c.journeyId}/conversation` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/conversation', request: (c) => ({ path: `/api/journeys/${c.journeyId}/conversation`, body: {} }), expect: only(400, STAFF) },
  { route: 'PATCH /api/conversation-messages/:messageId', request: () => ({ path: `/api/conversation-messages/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/conversations/unread', request: () => ({ path: '/api/conversations/unread' }), expect: only(200, STAFF) },
  { route: 'PATCH /api/notes/:noteId', request: () => ({ path: `/api/notes/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/notes/:noteId/versions', request: () => ({ path: `/api/notes/${randomUUID()}/versions` }), expect: only(404, STAFF) },
  { route: 'GET /api/journeys/:journeyId/timeline', request: (c) => ({ path: `/api/journeys/${c.journeyId}/timeline` }), expect: inScope(200) },
  { route: 'GET /api/journeys/:journeyId/trend', request: (c) => ({ path: `/api/journeys/${c.journeyId}/trend` }), expect: inScope(200) },
  { route: 'GET /api/journeys/:journeyId/appointments.ics', request: (c) => ({ path: `/api/journeys/${c.journeyId}/appointments.ics` }), expect: inScope(200) },
  { route: 'GET /api/calendar/accompaniments.ics', request: () => ({ path: '/api/calendar/accompaniments.ics' }), expect: only(200, STAFF) },
  // Nobody has a subscription yet, so revoking answers 404 to everyone allowed to try.
  { route: 'DELETE /api/calendar/subscription', request: () => ({ path: '/api/calendar/subscription' }), expect: only(404, STAFF) },
  { route: 'POST /api/calendar/subscription', request: () => ({ path: '/api/calendar/subscription' }), expect: only(201, STAFF) },
  { route: 'GET /api/calendar/feed.ics', request: () => ({ path: '/api/calendar/feed.ics?token=not-a-real-token-at-all-0000' }), expect: all(404) },  // Her own portal (issue 6). She is "herself"; the other woman has a record but no journey, so journey-bound routes are 404 to her.
  { route: 'GET /api/my/journeys', request: () => ({ path: '/api/my/journeys' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/my/plan', request: () => ({ path: '/api/my/plan' }), expect: only(200, HER_AND_OTHER, { another_service_user: 404 }) },
  { route: 'POST /api/my/goals', request: () => ({ path: '/api/my/goals', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'PATCH /api/my/goals/:goalId', request: () => ({ path: `/api/my/goals/${randomUUID()}`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'POST /api/my/goals/:goalId/steps', request: () => ({ path: `/api/my/goals/${randomUUID()}/steps`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'PATCH /api/my/steps/:stepId', request: () => ({ path: `/api/my/steps/${randomUUID()}`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'DELETE /api/my/steps/:stepId', request: () => ({ path: `/api/my/steps/${randomUUID()}` }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/check-ins', request: () => ({ path: '/api/my/check-ins' }), expect: only(200, HER_AND_OTHER, { another_service_user: 404 }) },
  { route: 'POST /api/my/check-ins', request: () => ({ path: '/api/my/check-ins', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/change-proposals', request: () => ({ path: '/api/my/change-proposals' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/change-proposals', request: () => ({ path: '/api/my/change-proposals', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/appointments', request: () => ({ path: '/api/my/appointments' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/my/appointments/:appointmentId', request: () => ({ path: `/api/my/appointments/${randomUUID()}` }), expect: only(404, HER_AND_OTHER) },
  { route: 'GET /api/my/appointments/:appointmentId.ics', request: () => ({ path: `/api/my/appointments/${randomUUID()}.ics` }), expect: only(404, HER_AND_OTHER) },
  {
    route: 'PATCH /api/my/appointments/:appointmentId/preparation',
    request: () => ({ path: `/api/my/appointments/${randomUUID()}/preparation`, body: {} }),
    expect: only(400, HER_AND_OTHER),
  },
  { route: 'GET /api/my/details', request: () => ({ path: '/api/my/details' }), expect: only(200, HER_AND_OTHER) },
  { route: 'PATCH /api/my/details', request: () => ({ path: '/api/my/details', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/consents', request: () => ({ path: '/api/my/consents' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/consents/:consentId/withdraw', request: () => ({ path: `/api/my/consents/${randomUUID()}/withdraw`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/concerns', request: () => ({ path: '/api/concerns' }), expect: only(200, STAFF) },
  { route: 'POST /api/concerns', request: () => ({ path: '/api/concerns', body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/concerns/:concernId', request: (c) => ({ path: `/api/concerns/${c.concernId}` }), expect: inScope(200) },
  { route: 'POST /api/concerns/:concernId/transitions', request: (c) => ({ path: `/api/concerns/${c.concernId}/transitions`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/concerns/:concernId/actions', request: (c) => ({ path: `/api/concerns/${c.concernId}/actions`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/concerns/:concernId/action-owners', request: (c) => ({ path: `/api/concerns/${c.concernId}/action-owners` }), expect: only(200, ['manager'], { other_org_manager: 404 }) },
  {
    route: 'POST /api/concerns/:concernId/actions/:actionId/done',
    request: (c) => ({ path: `/api/concerns/${c.concernId}/actions/${randomUUID()}/done`, body: {} }),
    expect: inScope(400),
  },
  { route: 'GET /api/journeys/:journeyId/concerns', request: (c) => ({ path: `/api/journeys/${c.journeyId}/concerns` }), expect: inScope(200) },
  { route: 'GET /api/notifications', request: () => ({ path: '/api/notifications' }), expect: signedIn(200) },
  { route: 'POST /api/notifications/read-all', request: () => ({ path: '/api/notifications/read-all', body: {} }), expect: signedIn(204) },
  { route: 'POST /api/notifications/:notificationId/read', request: () => ({ path: `/api/notifications/${randomUUID()}/read`, body: {} }), expect: signedIn(404) },
  { route: 'GET /api/allocation', request: () => ({ path: '/api/allocation' }), expect: only(200, MANAGERS) },
  { route: 'POST /api/journeys/:journeyId/advocates', request: (c) => ({ path: `/api/journeys/${c.journeyId}/advocates`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/dashboard', request: () => ({ path: '/api/dashboard' }), expect: only(200, MANAGERS) },
  { route: 'GET /api/reports/monthly', request: () => ({ path: '/api/reports/monthly' }), expect: only(200, MANAGERS) },
  { route: 'GET /api/reports/monthly.csv', request: () => ({ path: '/api/reports/monthly.csv' }), expect: only(200, MANAGERS) },
  { route: 'GET /api/my/concerns', request: () => ({ path: '/api/my/concerns' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/concerns', request: () => ({ path: '/api/my/concerns', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/conversation', request: () => ({ path: '/api/my/conversation' }), expect: only(200, HER_AND_OTHER, { another_service_user: 404 }) },
  { route: 'GET /api/my/conversation/unread', request: () => ({ path: '/api/my/conversation/unread' }), expect: only(200, HER_AND_OTHER, { another_service_user: 404 }) },
  { route: 'POST /api/my/conversation', request: () => ({ path: '/api/my/conversation', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'PATCH /api/my/conversation-messages/:messageId', request: () => ({ path: `/api/my/conversation-messages/${randomUUID()}`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/data.json', request: () => ({ path: '/api/my/data.json' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/my/data.html', request: () => ({ path: '/api/my/data.html' }), expect: only(200, HER_AND_OTHER) },
  // Staff answer her change proposals: journey:write, then the journey in reach.
  {
    route: 'GET /api/journeys/:journeyId/change-proposals',
    request: (c) => ({ path: `/api/journeys/${c.journeyId}/change-proposals` }),
    expect: inScope(200),
  },
  { route: 'GET /api/change-proposals', request: () => ({ path: '/api/change-proposals?status=pending' }), expect: only(200, STAFF) },
  { route: 'POST /api/change-proposals/:proposalId/accept', request: () => ({ path: `/api/change-proposals/${randomUUID()}/accept`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/change-proposals/:proposalId/decline', request: () => ({ path: `/api/change-proposals/${randomUUID()}/decline`, body: {} }), expect: only(400, STAFF) },
  // The network (issue 17): the operator alone runs member organisations, and is refused everything above that is not its own account.
  { route: 'GET /api/network/organisations', request: () => ({ path: '/api/network/organisations' }), expect: only(200, ['network_operator']) },
  { route: 'POST /api/network/organisations', request: () => ({ path: '/api/network/organisations', body: {} }), expect: only(400, ['network_operator']) },
  { route: 'GET /api/network/organisations/:organisationId', request: () => ({ path: `/api/network/organisations/${randomUUID()}` }), expect: only(404, ['network_operator']) },
  { route: 'PATCH /api/network/organisations/:organisationId', request: () => ({ path: `/api/network/organisations/${randomUUID()}`, body: {} }), expect: only(400, ['network_operator']) },
  { route: 'POST /api/network/organisations/:organisationId/suspend', request: () => ({ path: `/api/network/organisations/${randomUUID()}/suspend`, body: {} }), expect: only(400, ['network_operator']) },
  { route: 'POST /api/network/organisations/:organisationId/reinstate', request: () => ({ path: `/api/network/organisations/${randomUUID()}/reinstate` }), expect: only(404, ['network_operator']) },
  { route: 'POST /api/network/organisations/:organisationId/admins', request: () => ({ path: `/api/network/organisations/${randomUUID()}/admins`, body: {} }), expect: only(400, ['network_operator']) },
  { route: 'GET /api/network/figures', request: () => ({ path: '/api/network/figures' }), expect: only(200, ['manager', 'other_org_manager', 'network_operator']) },
  { route: 'GET /api/network/figures.csv', request: () => ({ path: '/api/network/figures.csv' }), expect: only(200, ['manager', 'other_org_manager', 'network_operator']) },
  { route: 'GET /api/organisation/network-figures', request: () => ({ path: '/api/organisation/network-figures' }), expect: only(200, ['manager', 'other_org_manager', 'admin']) },
  { route: 'PUT /api/organisation/network-figures', request: () => ({ path: '/api/organisation/network-figures', body: {} }), expect: only(400, ['admin']) },
  // Referrals between members: staff who work with her; the receiving side's inbox; her portal.
  { route: 'GET /api/referrals/destinations', request: () => ({ path: '/api/referrals/destinations' }), expect: only(200, STAFF) },
  { route: 'POST /api/journeys/:journeyId/referrals', request: (c) => ({ path: `/api/journeys/${c.journeyId}/referrals`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/referrals', request: (c) => ({ path: `/api/journeys/${c.journeyId}/referrals` }), expect: inScope(200) },
  { route: 'POST /api/referrals/:referralId/withdraw', request: () => ({ path: `/api/referrals/${randomUUID()}/withdraw`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/referrals/incoming', request: () => ({ path: '/api/referrals/incoming' }), expect: only(200, STAFF) },
  { route: 'GET /api/referrals/incoming/:referralId', request: () => ({ path: `/api/referrals/incoming/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'POST /api/referrals/incoming/:referralId/accept', request: () => ({ path: `/api/referrals/incoming/${randomUUID()}/accept`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/referrals/incoming/:referralId/decline', request: () => ({ path: `/api/referrals/incoming/${randomUUID()}/decline`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/my/referrals', request: () => ({ path: '/api/my/referrals' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/referrals/:referralId/withdraw', request: () => ({ path: `/api/my/referrals/${randomUUID()}/withdraw`, body: {} }), expect: only(404, HER_AND_OTHER) },
  // Consultations (issue 18): a manager runs her organisation's, the operator network-wide ones; empty bodies fail validation.
  { route: 'POST /api/consultations', request: () => ({ path: '/api/consultations', body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'GET /api/consultations', request: () => ({ path: '/api/consultations' }), expect: only(200, CONSULTATION_READERS) },
  { route: 'GET /api/consultations/:consultationId', request: () => ({ path: `/api/consultations/${randomUUID()}` }), expect: only(404, CONSULTATION_READERS) },
  { route: 'PATCH /api/consultations/:consultationId', request: () => ({ path: `/api/consultations/${randomUUID()}`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'PUT /api/consultations/:consultationId/questions', request: () => ({ path: `/api/consultations/${randomUUID()}/questions`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'POST /api/consultations/:consultationId/open', request: () => ({ path: `/api/consultations/${randomUUID()}/open`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'POST /api/consultations/:consultationId/close', request: () => ({ path: `/api/consultations/${randomUUID()}/close`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'GET /api/consultations/:consultationId/results', request: () => ({ path: `/api/consultations/${randomUUID()}/results` }), expect: only(404, CONSULTATION_READERS) },
  { route: 'GET /api/consultations/:consultationId/results.csv', request: () => ({ path: `/api/consultations/${randomUUID()}/results.csv` }), expect: only(404, CONSULTATION_READERS) },
  { route: 'GET /api/consultations/:consultationId/cross-tab', request: () => ({ path: `/api/consultations/${randomUUID()}/cross-tab` }), expect: only(400, CONSULTATION_READERS) },
  { route: 'POST /api/consultations/:consultationId/themes', request: () => ({ path: `/api/consultations/${randomUUID()}/themes`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'PATCH /api/consultations/:consultationId/themes/:themeId', request: () => ({ path: `/api/consultations/${randomUUID()}/themes/${randomUUID()}`, body: { name: '' } }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'DELETE /api/consultations/:consultationId/themes/:themeId', request: () => ({ path: `/api/consultations/${randomUUID()}/themes/${randomUUID()}` }), expect: only(404, CONSULTATION_RUNNERS) },
  { route: 'GET /api/consultations/:consultationId/texts', request: () => ({ path: `/api/consultations/${randomUUID()}/texts` }), expect: only(404, CONSULTATION_RUNNERS) },
  { route: 'PUT /api/consultations/:consultationId/texts/:textId/themes', request: () => ({ path: `/api/consultations/${randomUUID()}/texts/${randomUUID()}/themes`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'GET /api/consultations/:consultationId/quotes', request: () => ({ path: `/api/consultations/${randomUUID()}/quotes` }), expect: only(404, CONSULTATION_RUNNERS) },
  { route: 'POST /api/consultations/:consultationId/quotes', request: () => ({ path: `/api/consultations/${randomUUID()}/quotes`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'POST /api/consultations/:consultationId/quotes/:quoteId/review', request: () => ({ path: `/api/consultations/${randomUUID()}/quotes/${randomUUID()}/review`, body: {} }), expect: only(400, CONSULTATION_RUNNERS) },
  { route: 'GET /api/my/consultations', request: () => ({ path: '/api/my/consultations' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/consultations/:consultationId/answers', request: () => ({ path: `/api/my/consultations/${randomUUID()}/answers`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/public/consultations/:slug', request: () => ({ path: '/api/public/consultations/no-such-link-0000000000' }), expect: all(404) },
  { route: 'POST /api/public/consultations/:slug/answers', request: () => ({ path: '/api/public/consultations/no-such-link-0000000000/answers', body: {} }), expect: all(400) },
  { route: 'GET /api/my/appointment-feedback', request: () => ({ path: '/api/my/appointment-feedback' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/appointment-feedback/:appointmentId', request: () => ({ path: `/api/my/appointment-feedback/${randomUUID()}`, body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/reports/appointment-feedback', request: () => ({ path: '/api/reports/appointment-feedback' }), expect: only(200, MANAGERS) },
  // Her voice after the consultation (issue 18): the panel, findings, campaigns, "You said, we did"
  { route: 'GET /api/panel/settings', request: () => ({ path: '/api/panel/settings' }), expect: only(200, FINDING_PROPOSERS) },
  { route: 'PUT /api/panel/settings', request: () => ({ path: '/api/panel/settings', body: {} }), expect: only(400, ['panel_member']) },
  { route: 'GET /api/findings', request: () => ({ path: '/api/findings' }), expect: only(200, FINDING_PROPOSERS) },
  { route: 'POST /api/findings', request: () => ({ path: '/api/findings', body: {} }), expect: only(400, FINDING_PROPOSERS) },
  { route: 'GET /api/findings/:findingId', request: () => ({ path: `/api/findings/${randomUUID()}` }), expect: only(404, FINDING_PROPOSERS) },
  { route: 'PATCH /api/findings/:findingId', request: () => ({ path: `/api/findings/${randomUUID()}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
  { route: 'POST /api/findings/:findingId/votes', request: () => ({ path: `/api/findings/${randomUUID()}/votes`, body: {} }), expect: only(400, ['panel_member']) },
  { route: 'POST /api/findings/:findingId/decision', request: () => ({ path: `/api/findings/${randomUUID()}/decision`, body: {} }), expect: only(400, ['panel_member']) },
  { route: 'PUT /api/findings/priorities', request: () => ({ path: '/api/findings/priorities', body: {} }), expect: only(400, ['panel_member']) },
  { route: 'GET /api/campaigns', request: () => ({ path: '/api/campaigns' }), expect: only(200, FINDING_PROPOSERS) },
  { route: 'POST /api/campaigns', request: () => ({ path: '/api/campaigns', body: {} }), expect: only(400, FINDING_PROPOSERS) },
  { route: 'GET /api/campaigns/:campaignId', request: () => ({ path: `/api/campaigns/${randomUUID()}` }), expect: only(404, FINDING_PROPOSERS) },
  { route: 'PATCH /api/campaigns/:campaignId', request: () => ({ path: `/api/campaigns/${randomUUID()}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
  { route: 'DELETE /api/campaigns/:campaignId', request: () => ({ path: `/api/campaigns/${randomUUID()}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
  ...['asks', 'targets', 'actions', 'outcomes'].flatMap((kind): MatrixRow[] => [
    { route: `POST /api/campaigns/:campaignId/${kind}`, request: () => ({ path: `/api/campaigns/${randomUUID()}/${kind}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
    { route: `PATCH /api/campaigns/:campaignId/${kind}/:itemId`, request: () => ({ path: `/api/campaigns/${randomUUID()}/${kind}/${randomUUID()}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
    { route: `DELETE /api/campaigns/:campaignId/${kind}/:itemId`, request: () => ({ path: `/api/campaigns/${randomUUID()}/${kind}/${randomUUID()}`, body: {} }), expect: only(400, FINDING_PROPOSERS) },
  ]),
  { route: 'GET /api/my/you-said-we-did', request: () => ({ path: '/api/my/you-said-we-did' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/public/you-said-we-did/:organisationId', request: () => ({ path: `/api/public/you-said-we-did/${randomUUID()}` }), expect: all(404) },
  // Challenges (issue 19): case content in her journey's reach; the catalogue is read by staff and kept by managers.
  { route: 'GET /api/challenge-types', request: () => ({ path: '/api/challenge-types' }), expect: only(200, STAFF) },
  { route: 'PUT /api/challenge-types/:key', request: () => ({ path: '/api/challenge-types/pals_contact', body: {} }), expect: only(400, MANAGERS) },
  { route: 'DELETE /api/challenge-types/:key', request: () => ({ path: '/api/challenge-types/no_such_type' }), expect: only(404, MANAGERS) },
  { route: 'GET /api/challenges/deadlines', request: () => ({ path: '/api/challenges/deadlines' }), expect: only(200, STAFF) },
  { route: 'GET /api/journeys/:journeyId/challenges', request: (c) => ({ path: `/api/journeys/${c.journeyId}/challenges` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/challenges', request: (c) => ({ path: `/api/journeys/${c.journeyId}/challenges`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/challenges/:challengeId', request: () => ({ path: `/api/challenges/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'PATCH /api/challenges/:challengeId', request: () => ({ path: `/api/challenges/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/challenges/:challengeId/stages', request: () => ({ path: `/api/challenges/${randomUUID()}/stages`, body: {} }), expect: only(400, STAFF) },
  {
    route: 'PATCH /api/challenges/:challengeId/stages/:stageId',
    request: () => ({ path: `/api/challenges/${randomUUID()}/stages/${randomUUID()}`, body: {} }),
    expect: only(400, STAFF),
  },
  { route: 'POST /api/challenges/:challengeId/outcome', request: () => ({ path: `/api/challenges/${randomUUID()}/outcome`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/my/challenges', request: () => ({ path: '/api/my/challenges' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/my/letters', request: () => ({ path: '/api/my/letters' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/my/statement', request: () => ({ path: '/api/my/statement' }), expect: only(200, HER_AND_OTHER) },
  { route: 'PUT /api/my/statement', request: () => ({ path: '/api/my/statement', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'PUT /api/my/statement/sharing', request: () => ({ path: '/api/my/statement/sharing', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/statement/pdf', request: () => ({ path: '/api/my/statement/pdf' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/journeys/:journeyId/statement', request: (c) => ({ path: `/api/journeys/${c.journeyId}/statement` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/documents', request: (c) => ({ path: `/api/journeys/${c.journeyId}/documents`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/documents', request: (c) => ({ path: `/api/journeys/${c.journeyId}/documents` }), expect: inScope(200) },
  { route: 'GET /api/documents/:documentId/file', request: () => ({ path: `/api/documents/${randomUUID()}/file` }), expect: only(404, STAFF) },
  { route: 'DELETE /api/documents/:documentId', request: () => ({ path: `/api/documents/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/my/documents', request: () => ({ path: '/api/my/documents' }), expect: only(200, HER_AND_OTHER) },
  { route: 'POST /api/my/documents', request: () => ({ path: '/api/my/documents', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/documents/:documentId/file', request: () => ({ path: `/api/my/documents/${randomUUID()}/file` }), expect: only(404, HER_AND_OTHER) },
  { route: 'GET /api/my/letters/:letterId/pdf', request: () => ({ path: `/api/my/letters/${randomUUID()}/pdf` }), expect: only(404, HER_AND_OTHER) },
  { route: 'GET /api/letter-templates', request: () => ({ path: '/api/letter-templates' }), expect: only(200, STAFF) },
  { route: 'PUT /api/letter-templates/:key', request: () => ({ path: '/api/letter-templates/nhs_complaint', body: {} }), expect: only(400, MANAGERS) },
  { route: 'DELETE /api/letter-templates/:key', request: () => ({ path: '/api/letter-templates/no_such_template' }), expect: only(404, MANAGERS) },
  { route: 'GET /api/challenges/:challengeId/letters', request: () => ({ path: `/api/challenges/${randomUUID()}/letters` }), expect: only(404, STAFF) },
  { route: 'POST /api/challenges/:challengeId/letters', request: () => ({ path: `/api/challenges/${randomUUID()}/letters`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/letters/:letterId', request: () => ({ path: `/api/letters/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'PATCH /api/letters/:letterId', request: () => ({ path: `/api/letters/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/letters/:letterId/share', request: () => ({ path: `/api/letters/${randomUUID()}/share`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/letters/:letterId/sent', request: () => ({ path: `/api/letters/${randomUUID()}/sent`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/letters/:letterId/pdf', request: () => ({ path: `/api/letters/${randomUUID()}/pdf` }), expect: only(404, STAFF) },
  { route: 'GET /api/letters/:letterId/docx', request: () => ({ path: `/api/letters/${randomUUID()}/docx` }), expect: only(404, STAFF) },
  // Safety planning and multi-agency safeguarding (issue 20)
  { route: 'GET /api/risk-checklists', request: () => ({ path: '/api/risk-checklists' }), expect: only(200, STAFF) },
  { route: 'POST /api/risk-checklists', request: () => ({ path: '/api/risk-checklists', body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/risk-checklists/:key/versions', request: () => ({ path: '/api/risk-checklists/beside_domestic_abuse/versions', body: {} }), expect: only(400, MANAGERS) },
  { route: 'PUT /api/risk-checklists/:key/versions/:version', request: () => ({ path: '/api/risk-checklists/beside_domestic_abuse/versions/1', body: {} }), expect: only(400, MANAGERS) },
  { route: 'DELETE /api/risk-checklists/:key', request: () => ({ path: '/api/risk-checklists/no_such_checklist' }), expect: only(404, MANAGERS) },
  { route: 'GET /api/journeys/:journeyId/risk-assessments', request: (c) => ({ path: `/api/journeys/${c.journeyId}/risk-assessments` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/risk-assessments', request: (c) => ({ path: `/api/journeys/${c.journeyId}/risk-assessments`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/risk-assessments/:assessmentId', request: () => ({ path: `/api/risk-assessments/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'POST /api/risk-assessments/:assessmentId/hide', request: () => ({ path: `/api/risk-assessments/${randomUUID()}/hide`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/risk-assessments/:assessmentId/hide-review', request: () => ({ path: `/api/risk-assessments/${randomUUID()}/hide-review`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/my/risk-assessments', request: () => ({ path: '/api/my/risk-assessments' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/journeys/:journeyId/safety-plan', request: (c) => ({ path: `/api/journeys/${c.journeyId}/safety-plan` }), expect: inScope(200) },
  { route: 'PUT /api/journeys/:journeyId/safety-plan/sections/:key', request: (c) => ({ path: `/api/journeys/${c.journeyId}/safety-plan/sections/safe_places`, body: {} }), expect: only(400, STAFF) },
  { route: 'PUT /api/journeys/:journeyId/safety-plan/review', request: (c) => ({ path: `/api/journeys/${c.journeyId}/safety-plan/review`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/journeys/:journeyId/safety-plan/pdf', request: (c) => ({ path: `/api/journeys/${c.journeyId}/safety-plan/pdf` }), expect: inScope(200) },
  { route: 'GET /api/my/safety-plan', request: () => ({ path: '/api/my/safety-plan' }), expect: only(200, ['herself'], { another_service_user: 404 }) },
  { route: 'PUT /api/my/safety-plan/sections/:key', request: () => ({ path: '/api/my/safety-plan/sections/safe_places', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/safety-plan/pdf', request: () => ({ path: '/api/my/safety-plan/pdf' }), expect: only(200, ['herself'], { another_service_user: 404 }) },
  { route: 'GET /api/referral-agencies', request: () => ({ path: '/api/referral-agencies' }), expect: only(200, STAFF) },
  { route: 'PUT /api/referral-agencies/:key', request: () => ({ path: '/api/referral-agencies/police', body: {} }), expect: only(400, MANAGERS) },
  { route: 'DELETE /api/referral-agencies/:key', request: () => ({ path: '/api/referral-agencies/no_such_agency' }), expect: only(404, MANAGERS) },
  { route: 'GET /api/journeys/:journeyId/multi-agency-referrals', request: (c) => ({ path: `/api/journeys/${c.journeyId}/multi-agency-referrals` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/multi-agency-referrals', request: (c) => ({ path: `/api/journeys/${c.journeyId}/multi-agency-referrals`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/multi-agency-referrals/:referralId', request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'PATCH /api/multi-agency-referrals/:referralId', request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/multi-agency-referrals/:referralId/sent', request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}/sent`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/multi-agency-referrals/:referralId/status', request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}/status`, body: {} }), expect: only(400, STAFF) },
  { route: 'POST /api/multi-agency-referrals/:referralId/actions', request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}/actions`, body: {} }), expect: only(400, STAFF) },
  {
    route: 'PATCH /api/multi-agency-referrals/:referralId/actions/:actionId',
    request: () => ({ path: `/api/multi-agency-referrals/${randomUUID()}/actions/${randomUUID()}`, body: {} }),
    expect: only(404, STAFF),
  },
  { route: 'GET /api/journeys/:journeyId/sharing-decisions', request: (c) => ({ path: `/api/journeys/${c.journeyId}/sharing-decisions` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/sharing-decisions', request: (c) => ({ path: `/api/journeys/${c.journeyId}/sharing-decisions`, body: {} }), expect: only(400, STAFF) },
  { route: 'GET /api/sharing-decisions/:decisionId', request: () => ({ path: `/api/sharing-decisions/${randomUUID()}` }), expect: only(404, STAFF) },
  { route: 'POST /api/sharing-decisions/:decisionId/review', request: () => ({ path: `/api/sharing-decisions/${randomUUID()}/review`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/my/information-sharing', request: () => ({ path: '/api/my/information-sharing' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/safety/overview', request: () => ({ path: '/api/safety/overview' }), expect: only(200, MANAGERS) },
  // Requests from her and the breach register (issue 21, parts 3 and 4)
  { route: 'POST /api/my/data-requests', request: () => ({ path: '/api/my/data-requests', body: {} }), expect: only(400, HER_AND_OTHER) },
  { route: 'GET /api/my/data-requests', request: () => ({ path: '/api/my/data-requests' }), expect: only(200, HER_AND_OTHER) },
  { route: 'GET /api/data-requests', request: () => ({ path: '/api/data-requests' }), expect: only(200, MANAGERS) },
  { route: 'POST /api/data-requests', request: () => ({ path: '/api/data-requests', body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/data-requests/:requestId', request: () => ({ path: `/api/data-requests/${randomUUID()}` }), expect: only(404, MANAGERS) },
  { route: 'POST /api/data-requests/:requestId/extend', request: () => ({ path: `/api/data-requests/${randomUUID()}/extend`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/data-requests/:requestId/decision', request: () => ({ path: `/api/data-requests/${randomUUID()}/decision`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/data-requests/:requestId/answer', request: () => ({ path: `/api/data-requests/${randomUUID()}/answer`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/breaches', request: () => ({ path: '/api/breaches' }), expect: only(200, MANAGERS) },
  { route: 'POST /api/breaches', request: () => ({ path: '/api/breaches', body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/breaches/:breachId', request: () => ({ path: `/api/breaches/${randomUUID()}` }), expect: only(404, MANAGERS) },
  { route: 'PATCH /api/breaches/:breachId', request: () => ({ path: `/api/breaches/${randomUUID()}`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/breaches/:breachId/ico-decision', request: () => ({ path: `/api/breaches/${randomUUID()}/ico-decision`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/breaches/:breachId/women-decision', request: () => ({ path: `/api/breaches/${randomUUID()}/women-decision`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/breaches/:breachId/actions', request: () => ({ path: `/api/breaches/${randomUUID()}/actions`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/breaches/:breachId/close', request: () => ({ path: `/api/breaches/${randomUUID()}/close`, body: {} }), expect: only(400, MANAGERS) },
  // Retention, review and anonymisation (issue 21)
  { route: 'GET /api/retention-rules', request: () => ({ path: '/api/retention-rules' }), expect: only(200, MANAGERS) },
  { route: 'PUT /api/retention-rules/:recordType', request: () => ({ path: '/api/retention-rules/closed_journey', body: {} }), expect: only(400, MANAGERS) },
  { route: 'GET /api/retention-reviews', request: () => ({ path: '/api/retention-reviews' }), expect: only(200, MANAGERS) },
  { route: 'POST /api/retention-reviews/:reviewId/keep', request: () => ({ path: `/api/retention-reviews/${randomUUID()}/keep`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/retention-reviews/:reviewId/anonymise', request: () => ({ path: `/api/retention-reviews/${randomUUID()}/anonymise`, body: {} }), expect: only(404, MANAGERS) },
  { route: 'GET /api/journeys/:journeyId/retention', request: (c) => ({ path: `/api/journeys/${c.journeyId}/retention` }), expect: inScope(200) },
  { route: 'POST /api/journeys/:journeyId/legal-hold', request: (c) => ({ path: `/api/journeys/${c.journeyId}/legal-hold`, body: {} }), expect: only(400, MANAGERS) },
  { route: 'POST /api/journeys/:journeyId/legal-hold/lift', request: (c) => ({ path: `/api/journeys/${c.journeyId}/legal-hold/lift`, body: {} }), expect: only(400, MANAGERS) },
];

describe('permission matrix: every route × every kind of caller, on a real database', () => {
  const users = {} as Record<Exclude<ActorKey, 'anonymous'>, TestUser>;

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Org A');
    const otherOrg = await createOrganisation(t, 'Org B');
    users.herself = await createUser(t, org, 'service_user');
    users.another_service_user = await createUser(t, org, 'service_user');
    users.assigned_advocate = await createUser(t, org, 'advocate');
    users.other_advocate = await createUser(t, org, 'advocate');
    users.manager = await createUser(t, org, 'manager');
    users.admin = await createUser(t, org, 'admin');
    users.other_org_manager = await createUser(t, otherOrg, 'manager');
    users.network_operator = await createNetworkOperator(t);
    users.panel_member = await createUser(t, org, 'panel_member');
    const her = await createServiceUser(t, org, { accountId: users.herself.id });
    await createServiceUser(t, org, { accountId: users.another_service_user.id });
    const journeyId = await createJourney(t, org, her, users.assigned_advocate.id);
    const advocate = await sessionFor(t, users.assigned_advocate);
    const concern = await advocate.post('/api/concerns').send({ journeyId, category: 'neglect', severity: 'low', description: 'Matrix concern' }).expect(201);
    const ctx = { journeyId, herAccountId: users.herself.id, serviceUserId: her, concernId: concern.body.id };
    return { ctx };
  });

  for (const row of MATRIX) {
    it(`${row.route}`, async () => {
      const { path, body } = row.request(t.ctx);
      const [method, _route] = row.route.split(' ');
      const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
      const actual: Partial<Record<ActorKey, number>> = {};
      for (const actor of ACTORS) {
        if (actor === 'anonymous') {
          const req = t.http()[verb](path);
          actual[actor] = (await (body ? req.send(body) : req)).status;
        } else {
          const client = await sessionFor(t, users[actor]);
          const req = client[verb](path);
          actual[actor] = (await (body ? req.send(body) : req)).status;
        }
      }
      expect(actual).toEqual(row.expect);
    });
  }

  it('should have a row for every route the app serves', () => {
    expect(MATRIX.map((r) => r.route).sort()).toEqual(Object.keys(EXPECTED_ROUTE_POLICIES).sort());
  });
});
