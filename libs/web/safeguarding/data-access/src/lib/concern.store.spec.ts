import { concernDetail as concern, storeSpec } from '@beside/web/core/testing';
import { ConcernStore } from './concern.store';

describe('ConcernStore', () => {
  const spec = storeSpec(ConcernStore);

  beforeEach(async () => {
    await spec.answer(spec.sut.load('c1'), '/api/concerns/c1', concern());
  });

  it('should send the version it holds with a transition and keep the answer', async () => {
    const moving = spec.sut.transition({ to: 'triaged', note: 'Read it', severity: 'immediate' });
    const req = spec.backend.expectOne('/api/concerns/c1/transitions');
    expect(req.request.body).toEqual({ to: 'triaged', note: 'Read it', severity: 'immediate', version: 1 });
    req.flush(concern({ status: 'triaged', severity: 'immediate', version: 2 }));
    const result = await moving;
    expect(result.ok).toBe(true);
    expect(spec.sut.concern()?.status).toBe('triaged');
    expect(spec.sut.concern()?.version).toBe(2);
  });

  it('should take the current record when someone else moved it first', async () => {
    const moving = spec.sut.transition({ to: 'triaged', note: 'Read it' });
    spec.backend
      .expectOne('/api/concerns/c1/transitions')
      .flush({ message: 'Someone else changed this concern.', current: concern({ status: 'triaged', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await moving;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.conflict?.message).toBe('Someone else changed this concern.');
    expect(spec.sut.concern()?.version).toBe(2);
  });

  it('should keep its record and report the field when the API refuses a move', async () => {
    const result = await spec.refuse(spec.sut.transition({ to: 'closed', note: 'Done' }), '/api/concerns/c1/transitions', 400, ['outcome: Enter the outcome']);
    expect(result.ok ? [] : result.problem.messages).toEqual(['outcome: Enter the outcome']);
    expect(spec.sut.concern()?.status).toBe('raised');
  });

  it('should say "not found" for a concern out of reach', async () => {
    await spec.refuse(spec.sut.load('c2'), '/api/concerns/c2', 404, 'Concern not found');
    expect(spec.sut.notFound()).toBe(true);
  });
});
