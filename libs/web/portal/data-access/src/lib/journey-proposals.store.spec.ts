import type { ChangeProposalView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { JourneyProposalsStore } from './journey-proposals.store';

function proposal(overrides: Partial<ChangeProposalView> = {}): ChangeProposalView {
  return {
    id: 'p1',
    journeyId: 'j1',
    serviceUserId: 's1',
    targetType: 'goal',
    targetId: 'g1',
    field: 'words',
    originalValue: 'See a therapist',
    proposedValue: 'See a woman therapist',
    reason: 'I would feel safer',
    status: 'pending',
    reply: null,
    decidedByName: null,
    decidedAt: null,
    createdAt: '2026-03-01T09:00:00Z',
    version: 1,
    ...overrides,
  };
}

describe('JourneyProposalsStore', () => {
  const spec = storeSpec(JourneyProposalsStore);

  beforeEach(async () => {
    await spec.answer(spec.sut.load('j1'), '/api/journeys/j1/change-proposals', [proposal(), proposal({ id: 'p2', status: 'accepted', version: 2 })]);
  });

  it('should split what waits for an answer from what was answered', () => {
    expect(spec.sut.loaded()).toBe(true);
    expect(spec.sut.pending().map((p) => p.id)).toEqual(['p1']);
    expect(spec.sut.answered().map((p) => p.id)).toEqual(['p2']);
  });

  it('should send the version it holds, leave out an empty reply, and keep the answer', async () => {
    const accepting = spec.sut.answer(spec.sut.pending()[0], 'accept', '  ');
    const req = spec.backend.expectOne('/api/change-proposals/p1/accept');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ version: 1 });
    req.flush(proposal({ status: 'accepted', decidedByName: 'Asha', version: 2 }));
    expect((await accepting).ok).toBe(true);
    expect(spec.sut.pending()).toEqual([]);
    expect(spec.sut.answered().map((p) => [p.id, p.status])).toEqual([
      ['p1', 'accepted'],
      ['p2', 'accepted'],
    ]);
  });

  it('should send a trimmed reply with a decline', async () => {
    const declining = spec.sut.answer(spec.sut.pending()[0], 'decline', ' Let us talk on Monday ');
    const req = spec.backend.expectOne('/api/change-proposals/p1/decline');
    expect(req.request.body).toEqual({ version: 1, reply: 'Let us talk on Monday' });
    req.flush(proposal({ status: 'declined', reply: 'Let us talk on Monday', version: 2 }));
    expect((await declining).ok).toBe(true);
  });

  it('should take the current proposal when someone else answered first (409)', async () => {
    const declining = spec.sut.answer(spec.sut.pending()[0], 'decline', 'No');
    spec.backend
      .expectOne('/api/change-proposals/p1/decline')
      .flush({ statusCode: 409, message: 'Someone else changed this', current: proposal({ status: 'accepted', decidedByName: 'Bea', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await declining;
    expect(result.ok).toBe(false);
    expect(spec.sut.proposals()[0]).toMatchObject({ status: 'accepted', decidedByName: 'Bea' });
  });

  it('should keep the proposal as it was when the answer is refused (400)', async () => {
    const result = await spec.refuse(spec.sut.answer(spec.sut.pending()[0], 'decline', ''), '/api/change-proposals/p1/decline', 400, ['reply must not be empty: tell her why']);
    expect(result.ok).toBe(false);
    expect(spec.sut.pending()[0]).toMatchObject({ id: 'p1', version: 1 });
  });
});
