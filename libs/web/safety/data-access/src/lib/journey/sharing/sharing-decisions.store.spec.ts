import { TestBed } from '@angular/core/testing';
import { storeSpec, tick } from '@beside/web/core/testing';
import { exampleSharing } from '../referrals/examples.testing';
import { SharingDecisionsEvents } from './sharing-decisions-events';
import { SharingDecisionsStore } from './sharing-decisions.store';

const WITHOUT = exampleSharing();
const WITH = exampleSharing({ id: 's2', withConsent: true, lawfulBasis: 'explicit_consent', considerations: [], reasoning: null, sharedOn: '2026-12-04' });

describe('SharingDecisionsStore', () => {
  const spec = storeSpec(SharingDecisionsStore);

  async function load(): Promise<void> {
    await spec.answer(spec.sut.load('j1'), '/api/journeys/j1/sharing-decisions', [WITHOUT, WITH]);
  }

  it('should list the decisions newest first and count those awaiting a manager’s review', async () => {
    await load();
    expect(spec.sut.decisions().map((d) => d.id)).toEqual(['s2', 's1']);
    expect(spec.sut.awaitingReview().map((d) => d.id)).toEqual(['s1']);
  });

  it('should record a decision with the Idempotency-Key and tell the other panels by id', async () => {
    await load();
    const request = { what: 'Form', sharedWith: 'MARAC', sharedOn: '2026-12-05', lawfulBasis: 'safeguarding' as const, withConsent: false, reasoning: 'Risk', shownToHer: true };
    const recording = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/sharing-decisions');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(exampleSharing({ id: 's3', sharedOn: '2026-12-05' }), { status: 201, statusText: 'Created' });
    await recording;
    expect(spec.sut.decisions()[0].id).toBe('s3');
    expect(TestBed.inject(SharingDecisionsEvents).changed()).toEqual({ journeyId: 'j1', decisionId: 's3', version: 1 });
  });

  it('should fetch a decision another store on the same journey recorded', async () => {
    await load();
    TestBed.inject(SharingDecisionsEvents).changed.set({ journeyId: 'j1', decisionId: 's9', version: 1 });
    TestBed.tick();
    spec.backend.expectOne('/api/sharing-decisions/s9').flush(exampleSharing({ id: 's9', sharedOn: '2026-12-06' }));
    await tick();
    expect(spec.sut.decisions()[0].id).toBe('s9');
  });

  it('should send a review with the version it holds, and take the current one after a 409', async () => {
    await load();
    const reviewing = spec.sut.review(WITHOUT, { note: 'Right call', shownToHer: false, heldBackReason: 'He reads her phone' }, 'key-2');
    const req = spec.backend.expectOne('/api/sharing-decisions/s1/review');
    expect(req.request.body).toEqual({ version: 1, note: 'Right call', shownToHer: false, heldBackReason: 'He reads her phone' });
    const now = { ...WITHOUT, version: 2, review: { by: 'Maya', at: '2026-12-06T10:00:00Z', note: 'Done' } };
    req.flush({ statusCode: 409, message: 'Someone else changed this.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect((await reviewing).ok).toBe(false);
    expect(spec.sut.awaitingReview()).toEqual([]);
  });
});
