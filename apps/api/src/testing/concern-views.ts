import type { ConcernDetail } from '@beside/shared/contracts';
import type { Clock } from '../common/clock';
import { fakeAudit, fakeUnitOfWork } from './service-fakes';

/** The clock's "now" in unit specs of the safeguarding services. */
export const NOW = new Date('2031-03-04T10:00:00Z');

/** What every safeguarding service is given besides its own collaborators: a unit of work, an audit writer that keeps its events, a clock at NOW. */
export function safeguardingFakes() {
  return { uow: fakeUnitOfWork(), audit: fakeAudit(), clock: { now: () => NOW } as Clock };
}

/** A concern as the repository gives it back to a service: raised, high, about Rosa (su1) on journey j1. */
export function concernDetail(overrides: Partial<ConcernDetail> = {}): ConcernDetail {
  return {
    id: 'c1',
    reference: 'C-ABCDE',
    category: 'abuse_or_violence',
    severity: 'high',
    status: 'raised',
    raisedAt: NOW.toISOString(),
    triageDueAt: NOW.toISOString(),
    triagedAt: null,
    closedAt: null,
    overdue: false,
    journeyId: 'j1',
    serviceUserId: 'su1',
    serviceUserName: 'Rosa',
    raisedBy: { id: 'advocate-1', name: 'An advocate' },
    raisedByRole: 'advocate',
    aboutStaff: null,
    hideRaiserFromAdvocate: false,
    confidentialFromSubject: false,
    openActions: 0,
    nextActionDueOn: null,
    version: 1,
    description: 'What she said',
    referredTo: null,
    outcome: null,
    outcomeForRaiser: null,
    events: [],
    actions: [],
    ...overrides,
  };
}

