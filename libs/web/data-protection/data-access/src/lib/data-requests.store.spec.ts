import { storeSpec } from '@beside/web/core/testing';
import { DataRequestsStore } from './data-requests.store';
import { DataRequestStore } from './data-request.store';
import { dataRequest } from './examples.testing';

describe('DataRequestsStore', () => {
  const spec = storeSpec(DataRequestsStore);

  it('should list the clock nearest its end first, answered ones last, and pick those within 7 days for the dashboard', async () => {
    await spec.answer(
      spec.sut.load('all'),
      (r) => r.url === '/api/data-requests' && r.params.get('status') === 'all',
      [
        dataRequest({ id: 'answered', clock: null, status: 'answered', answeredOn: '2027-02-01' }),
        dataRequest({ id: 'later', clock: { dueOn: '2027-03-20', daysLeft: 30 } }),
        dataRequest({ id: 'missed', clock: { dueOn: '2027-02-01', daysLeft: -2 } }),
        dataRequest({ id: 'soon', clock: { dueOn: '2027-02-08', daysLeft: 5 } }),
      ],
    );
    expect(spec.sut.ordered().map((r) => r.id)).toEqual(['missed', 'soon', 'later', 'answered']);
    expect(spec.sut.nearTheirEnd().map((r) => r.id)).toEqual(['missed', 'soon']);
    expect(spec.sut.filter()).toBe('all');
  });

  it('should record a request made by letter with an Idempotency-Key and add it to the list', async () => {
    const body = { serviceUserId: 'su1', kind: 'access' as const, channel: 'letter' as const, details: 'A copy', receivedOn: '2027-02-01' };
    const recording = spec.sut.record(body, 'key-1');
    const req = spec.backend.expectOne('/api/data-requests');
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(dataRequest({ id: 'new', channel: 'letter' }), { status: 201, statusText: 'Created' });
    expect((await recording).ok).toBe(true);
    expect(spec.sut.requests().map((r) => r.id)).toEqual(['new']);
  });
});

describe('DataRequestStore', () => {
  const spec = storeSpec(DataRequestStore);

  it('should decide with the version in hand and keep the answer', async () => {
    await spec.answer(spec.sut.load('r1'), '/api/data-requests/r1', dataRequest({ version: 3 }));
    const deciding = spec.sut.decide({ decision: 'granted', reason: 'It was wrong', exemptions: [] });
    const req = spec.backend.expectOne('/api/data-requests/r1/decision');
    expect(req.request.body).toEqual({ decision: 'granted', reason: 'It was wrong', exemptions: [], version: 3 });
    req.flush(dataRequest({ version: 4, status: 'decided', decision: 'granted' }));
    expect((await deciding).ok).toBe(true);
    expect(spec.sut.request()?.status).toBe('decided');
  });

  it('should show the request as it is now when the API refuses an extension (409)', async () => {
    await spec.answer(spec.sut.load('r1'), '/api/data-requests/r1', dataRequest());
    const extending = spec.sut.extend({ months: 1, reason: 'Complex' });
    spec.backend
      .expectOne('/api/data-requests/r1/extend')
      .flush({ statusCode: 409, message: 'This request was already extended (to 2027-04-01)', current: dataRequest({ extendedTo: '2027-04-01', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await extending;
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problem.messages).toEqual(['This request was already extended (to 2027-04-01)']);
    expect(spec.sut.request()?.extendedTo).toBe('2027-04-01');
  });
});
