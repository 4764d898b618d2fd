import type { FindingView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { EvidenceSourcesStore } from './evidence-sources.store';
import { FindingsStore } from './findings.store';
import { PanelSettingsStore } from './panel-settings.store';

function finding(overrides: Partial<FindingView> = {}): FindingView {
  return {
    id: 'f1',
    title: 'Waiting for a care coordinator',
    summary: 'Most said the wait was the hardest part.',
    status: 'proposed',
    priority: null,
    proposedBy: 'Rosa',
    proposedAt: '2026-12-01T10:00:00Z',
    evidence: [],
    votes: { for: 0, against: 0, abstain: 0 },
    namedVotes: null,
    voted: false,
    decidedAt: null,
    version: 1,
    ...overrides,
  };
}

describe('FindingsStore', () => {
  const spec = storeSpec(FindingsStore);

  it('should sort the approved findings by priority, unranked last, and keep proposed and set aside apart', async () => {
    await spec.answer(spec.sut.loadAll(), '/api/findings', [
      finding({ id: 'a', status: 'approved', priority: null }),
      finding({ id: 'b', status: 'approved', priority: 2 }),
      finding({ id: 'c', status: 'approved', priority: 1 }),
      finding({ id: 'd' }),
      finding({ id: 'e', status: 'set_aside' }),
    ]);
    expect(spec.sut.approved().map((f) => f.id)).toEqual(['c', 'b', 'a']);
    expect(spec.sut.proposed().map((f) => f.id)).toEqual(['d']);
    expect(spec.sut.setAside().map((f) => f.id)).toEqual(['e']);
  });

  it('should cast her vote on the open finding and keep what the API answers', async () => {
    await spec.answer(spec.sut.load('f1'), '/api/findings/f1', finding());
    const pending = spec.sut.vote('against', 'key-1');
    const req = spec.backend.expectOne('/api/findings/f1/votes');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ vote: 'against' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(finding({ voted: true, votes: { for: 0, against: 1, abstain: 0 } }));
    expect((await pending).ok).toBe(true);
    expect(spec.sut.current()?.voted).toBe(true);
  });

  it('should send the decision with the version it was read at, and report a refusal without changing the finding', async () => {
    await spec.answer(spec.sut.load('f1'), '/api/findings/f1', finding({ version: 4 }));
    const pending = spec.sut.decide('set_aside');
    const req = spec.backend.expectOne('/api/findings/f1/decision');
    expect(req.request.body).toEqual({ outcome: 'set_aside', version: 4 });
    req.flush({ statusCode: 409, message: 'No one has voted on this finding yet' }, { status: 409, statusText: 'Conflict' });
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.messages).toEqual(['No one has voted on this finding yet']);
    expect(spec.sut.current()?.status).toBe('proposed');
  });

  it('should save the order of priorities and read the findings again', async () => {
    const pending = spec.sut.rank(['c', 'b']);
    const req = spec.backend.expectOne('/api/findings/priorities');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ findingIds: ['c', 'b'] });
    req.flush([]);
    await tick();
    spec.backend.expectOne('/api/findings').flush([finding({ id: 'c', status: 'approved', priority: 1 })]);
    expect((await pending).ok).toBe(true);
    expect(spec.sut.approved().map((f) => f.priority)).toEqual([1]);
  });

  it('should say why the findings could not be read', async () => {
    await spec.refuse(spec.sut.loadAll(), '/api/findings', 403, 'You do not have permission to do that');
    expect(spec.sut.problem()).toBe('You do not have permission to do that');
    expect(spec.sut.list()).toBeNull();
  });
});

describe('PanelSettingsStore', () => {
  const spec = storeSpec(PanelSettingsStore);

  it('should save named voting with the version it was read at', async () => {
    await spec.answer(spec.sut.load(), '/api/panel/settings', { namedVoting: false, version: 2 });
    const pending = spec.sut.save(true);
    const req = spec.backend.expectOne('/api/panel/settings');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ namedVoting: true, version: 2 });
    req.flush({ namedVoting: true, version: 3 });
    await pending;
    expect(spec.sut.settings()).toEqual({ namedVoting: true, version: 3 });
  });
});

describe('EvidenceSourcesStore', () => {
  const spec = storeSpec(EvidenceSourcesStore);

  it('should offer only consultations that have opened, and read each one’s results once', async () => {
    await spec.answer(spec.sut.loadConsultations(), '/api/consultations', [
      { id: 'k1', title: 'Maternity care', status: 'closed' },
      { id: 'k2', title: 'Draft', status: 'draft' },
    ]);
    expect(spec.sut.consultations()?.map((c) => c.id)).toEqual(['k1']);
    const results = { consultationId: 'k1', title: 'Maternity care', responses: 31, note: '', questions: [], themes: [], quotes: [] };
    await spec.answer(spec.sut.loadResults('k1'), '/api/consultations/k1/results', results);
    expect(await spec.sut.loadResults('k1')).toBe(true);
    expect(spec.sut.results()['k1']?.responses).toBe(31);
  });
});
