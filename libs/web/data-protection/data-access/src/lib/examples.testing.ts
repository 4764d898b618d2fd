import type { BreachView, DataRequestView, MyDataRequest } from '@beside/shared/contracts';

export function dataRequest(overrides: Partial<DataRequestView> = {}): DataRequestView {
  return {
    id: 'r1',
    serviceUserId: 'su1',
    serviceUserName: 'Nia Campbell',
    kind: 'rectification',
    channel: 'portal',
    details: 'My date of birth is wrong.',
    receivedOn: '2027-01-31',
    dueOn: '2027-03-01',
    extendedTo: null,
    extensionReason: null,
    clock: { dueOn: '2027-03-01', daysLeft: 20 },
    status: 'received',
    decision: null,
    decisionReason: null,
    exemptions: [],
    decidedBy: null,
    answer: null,
    answeredOn: null,
    recordedBy: null,
    createdAt: '2027-01-31T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function myRequest(overrides: Partial<MyDataRequest> = {}): MyDataRequest {
  return {
    id: 'r1',
    kind: 'rectification',
    details: 'My date of birth is wrong.',
    receivedOn: '2027-01-31',
    answerBy: '2027-03-01',
    status: 'received',
    decision: null,
    answer: null,
    answeredOn: null,
    extensionReason: null,
    ...overrides,
  };
}

export function breach(overrides: Partial<BreachView> = {}): BreachView {
  return {
    id: 'b1',
    reference: 'B-2027-0001',
    summary: 'A letter went to the wrong address.',
    occurredAt: null,
    foundAt: '2027-02-01T09:00:00.000Z',
    icoClock: { deadlineAt: '2027-02-04T09:00:00.000Z', hoursLeft: 40 },
    recordsAffected: 'One letter',
    peopleAffected: 1,
    risk: null,
    riskReasoning: null,
    icoDecision: null,
    icoToldAt: null,
    icoReference: null,
    womenDecision: null,
    womenToldAt: null,
    actions: [],
    recordedBy: 'Maya Okafor',
    createdAt: '2027-02-01T10:00:00.000Z',
    closedAt: null,
    version: 1,
    ...overrides,
  };
}
