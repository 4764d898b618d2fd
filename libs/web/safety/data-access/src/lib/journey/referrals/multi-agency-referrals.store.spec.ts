import { storeSpec, tick } from '@beside/web/core/testing';
import { exampleAssessment, exampleReferral } from './examples.testing';
import { MultiAgencyReferralsStore } from './multi-agency-referrals.store';

const DRAFT = exampleReferral();
const CLOSED = exampleReferral({ id: 'r2', status: 'closed', closedOn: '2026-12-05' });

describe('MultiAgencyReferralsStore', () => {
  const spec = storeSpec(MultiAgencyReferralsStore);

  async function load({ concernsFail = false } = {}): Promise<void> {
    const loading = spec.sut.load('j1');
    spec.backend.expectOne('/api/journeys/j1/multi-agency-referrals').flush([CLOSED, DRAFT]);
    spec.backend.expectOne('/api/referral-agencies').flush([
      { key: 'marac', name: 'MARAC', description: '', outcomeStatus: 'discussed', shipped: true, archived: false },
      { key: 'old', name: 'Old', description: '', outcomeStatus: 'outcome_received', shipped: false, archived: true },
    ]);
    const concerns = spec.backend.expectOne('/api/journeys/j1/concerns');
    if (concernsFail) concerns.flush({ statusCode: 404, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    else concerns.flush([]);
    spec.backend.expectOne('/api/staff').flush([{ id: 'u1', displayName: 'Amara Hughes', role: 'advocate' }]);
    spec.backend.expectOne('/api/journeys/j1/risk-assessments').flush([
      exampleAssessment({ id: 'a0', assessedOn: '2026-11-01' }),
      exampleAssessment(),
      exampleAssessment({ id: 'a2', assessedOn: '2026-12-01', createdAt: '2026-12-01T08:00:00Z' }),
    ]);
    await loading;
  }

  it('should load her referrals open ones first, offer agencies not archived, and take the latest assessment', async () => {
    await load();
    expect(spec.sut.referrals().map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(spec.sut.openAgencies().map((a) => a.key)).toEqual(['marac']);
    expect(spec.sut.latestAssessment()?.id).toBe('a1');
    expect(spec.sut.staff().length).toBe(1);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should still show the list when what the form draws on cannot be read', async () => {
    await load({ concernsFail: true });
    expect(spec.sut.problem()).toBeNull();
    expect(spec.sut.concerns()).toEqual([]);
  });

  it('should start a referral with the Idempotency-Key and put it first', async () => {
    await load();
    const request = { agencyKey: 'marac', sentTo: 'Coordinator', reason: 'High risk', concernIds: [] };
    const starting = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/multi-agency-referrals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(exampleReferral({ id: 'r3' }), { status: 201, statusText: 'Created' });
    expect((await starting).ok).toBe(true);
    expect(spec.sut.referrals().map((r) => r.id)).toEqual(['r3', 'r1', 'r2']);
  });

  it('should mark it sent with its version and its sharing decision', async () => {
    await load();
    const sending = spec.sut.markSent(DRAFT, { sentOn: '2026-12-03', sharingDecisionId: 's1', reference: 'M-1' }, 'key-2');
    const req = spec.backend.expectOne('/api/multi-agency-referrals/r1/sent');
    expect(req.request.body).toEqual({ version: 1, sentOn: '2026-12-03', sharingDecisionId: 's1', reference: 'M-1' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    req.flush({ ...DRAFT, status: 'sent', version: 2 }, { status: 201, statusText: 'Created' });
    await sending;
    expect(spec.sut.byId('r1')?.status).toBe('sent');
  });

  it('should move the status, add an action and mark it done', async () => {
    await load();
    const moving = spec.sut.move(DRAFT, { status: 'acknowledged', on: '2026-12-04', note: null });
    const move = spec.backend.expectOne('/api/multi-agency-referrals/r1/status');
    expect(move.request.body).toEqual({ version: 1, status: 'acknowledged', on: '2026-12-04', note: null });
    move.flush({ ...DRAFT, status: 'acknowledged', version: 3 });
    await moving;
    const adding = spec.sut.addAction(DRAFT, { description: 'Call her', ownerId: 'u1', dueOn: '2026-12-10' });
    const add = spec.backend.expectOne('/api/multi-agency-referrals/r1/actions');
    expect(add.request.body).toEqual({ description: 'Call her', ownerId: 'u1', dueOn: '2026-12-10' });
    add.flush(DRAFT);
    await adding;
    const done = spec.sut.markActionDone(DRAFT, 'x1', '2026-12-06');
    const patch = spec.backend.expectOne('/api/multi-agency-referrals/r1/actions/x1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ doneOn: '2026-12-06' });
    patch.flush(DRAFT);
    await done;
  });

  it('should put the referral as it is now after a stale version (409)', async () => {
    await load();
    const saving = spec.sut.update(DRAFT, { nextMeetingOn: '2026-12-20' });
    const req = spec.backend.expectOne('/api/multi-agency-referrals/r1');
    expect(req.request.body).toEqual({ version: 1, nextMeetingOn: '2026-12-20' });
    const now = { ...DRAFT, reference: 'Theirs', version: 4 };
    req.flush({ statusCode: 409, message: 'Someone else changed this.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(spec.sut.byId('r1')?.reference).toBe('Theirs');
  });
});
