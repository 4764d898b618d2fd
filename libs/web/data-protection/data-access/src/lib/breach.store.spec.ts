import { storeSpec } from '@beside/web/core/testing';
import { BreachStore } from './breach.store';
import { BreachesStore } from './breaches.store';
import { breach } from './examples.testing';

describe('BreachesStore', () => {
  const spec = storeSpec(BreachesStore);

  it('should list the register and pick the open breaches', async () => {
    await spec.answer(spec.sut.load(), '/api/breaches', [breach(), breach({ id: 'b2', closedAt: '2027-02-10T10:00:00.000Z', icoClock: null })]);
    expect(spec.sut.open().map((b) => b.id)).toEqual(['b1']);
  });
});

describe('BreachStore', () => {
  const spec = storeSpec(BreachStore);

  it('should record the decision about the Commissioner on the right route, with the version', async () => {
    await spec.answer(spec.sut.load('b1'), '/api/breaches/b1', breach({ version: 2 }));
    const deciding = spec.sut.decide('ico', { tell: true, reason: 'A risk', toldAt: null, reference: null }, 'k');
    const req = spec.backend.expectOne('/api/breaches/b1/ico-decision');
    expect(req.request.body.version).toBe(2);
    req.flush(breach({ version: 3, icoDecision: { tell: true, reason: 'A risk', decidedBy: 'Maya', decidedAt: '2027-02-01T11:00:00.000Z' } }));
    await deciding;
    expect(spec.sut.breach()?.icoDecision?.tell).toBe(true);
  });

  it('should keep the reason a breach cannot close and show it as it is now', async () => {
    await spec.answer(spec.sut.load('b1'), '/api/breaches/b1', breach());
    const closing = spec.sut.close();
    spec.backend
      .expectOne('/api/breaches/b1/close')
      .flush({ statusCode: 409, message: 'Record the decision whether to tell the women affected before closing it.', current: breach({ version: 5 }) }, { status: 409, statusText: 'Conflict' });
    const result = await closing;
    expect(result.ok ? '' : result.problem.messages[0]).toContain('before closing it');
    expect(spec.sut.breach()?.version).toBe(5);
  });
});
