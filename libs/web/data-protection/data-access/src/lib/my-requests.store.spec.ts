import { storeSpec } from '@beside/web/core/testing';
import { myRequest } from './examples.testing';
import { MyRequestsStore } from './my-requests.store';

describe('MyRequestsStore', () => {
  const spec = storeSpec(MyRequestsStore);

  it('should list her requests and keep the one she has just sent first, for its confirmation', async () => {
    await spec.answer(spec.sut.load(), '/api/my/data-requests', [myRequest({ id: 'old' })]);
    const asking = spec.sut.ask({ kind: 'rectification', details: 'My name is spelt wrong' }, 'k');
    const req = spec.backend.expectOne('/api/my/data-requests');
    expect(req.request.headers.get('Idempotency-Key')).toBe('k');
    req.flush(myRequest({ id: 'new', answerBy: '2027-03-01' }), { status: 201, statusText: 'Created' });
    await asking;
    expect(spec.sut.requests().map((r) => r.id)).toEqual(['new', 'old']);
    expect(spec.sut.justSent()?.answerBy).toBe('2027-03-01');
    spec.sut.askAgain();
    expect(spec.sut.justSent()).toBeNull();
  });

  it('should say what went wrong when her requests cannot be read', async () => {
    await spec.refuse(spec.sut.load(), '/api/my/data-requests', 404, 'We could not find your record with the service. Please ask your advocate.');
    expect(spec.sut.problem()).toContain('Please ask your advocate');
    expect(spec.sut.loaded()).toBe(true);
  });
});
