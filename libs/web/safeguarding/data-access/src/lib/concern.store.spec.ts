import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConcernDetail } from '@beside/shared/contracts';
import { ConcernStore } from './concern.store';

function concern(overrides: Partial<ConcernDetail> = {}): ConcernDetail {
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
    description: 'Words',
    referredTo: null,
    outcome: null,
    outcomeForRaiser: null,
    events: [],
    actions: [],
    ...overrides,
  };
}

describe('ConcernStore', () => {
  let sut: ConcernStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [ConcernStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(ConcernStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = sut.load('c1');
    backend.expectOne('/api/concerns/c1').flush(concern());
    await loading;
  });

  afterEach(() => backend.verify());

  it('should send the version it holds with a transition and keep the answer', async () => {
    const moving = sut.transition({ to: 'triaged', note: 'Read it', severity: 'immediate' });
    const req = backend.expectOne('/api/concerns/c1/transitions');
    expect(req.request.body).toEqual({ to: 'triaged', note: 'Read it', severity: 'immediate', version: 1 });
    req.flush(concern({ status: 'triaged', severity: 'immediate', version: 2 }));
    const result = await moving;
    expect(result.ok).toBe(true);
    expect(sut.concern()?.status).toBe('triaged');
    expect(sut.concern()?.version).toBe(2);
  });

  it('should take the current record when someone else moved it first', async () => {
    const moving = sut.transition({ to: 'triaged', note: 'Read it' });
    backend
      .expectOne('/api/concerns/c1/transitions')
      .flush({ message: 'Someone else changed this concern.', current: concern({ status: 'triaged', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await moving;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.conflict?.message).toBe('Someone else changed this concern.');
    expect(sut.concern()?.version).toBe(2);
  });

  it('should keep its record and report the field when the API refuses a move', async () => {
    const moving = sut.transition({ to: 'closed', note: 'Done' });
    backend
      .expectOne('/api/concerns/c1/transitions')
      .flush({ statusCode: 400, message: ['outcome: Enter the outcome'] }, { status: 400, statusText: 'Bad Request' });
    const result = await moving;
    expect(result.ok ? [] : result.problem.messages).toEqual(['outcome: Enter the outcome']);
    expect(sut.concern()?.status).toBe('raised');
  });

  it('should say "not found" for a concern out of reach', async () => {
    const loading = sut.load('c2');
    backend.expectOne('/api/concerns/c2').flush({ statusCode: 404, message: 'Concern not found' }, { status: 404, statusText: 'Not Found' });
    await loading;
    expect(sut.notFound()).toBe(true);
  });
});
