import type { RetentionReviewView, RetentionRuleView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { LegalHoldStore } from './legal-hold.store';
import { RetentionStore } from './retention.store';

const RULE: RetentionRuleView = { recordType: 'closed_journey', keepMonths: 72, reason: 'Limitation Act 1980', defaultMonths: 72, isDefault: true, updatedBy: null, updatedAt: null, version: 0 };

function review(overrides: Partial<RetentionReviewView> = {}): RetentionReviewView {
  return { id: 'j1', journeyId: 'j1', serviceUserName: 'Lena', what: 'Her journey', hasSafeguardingRecords: false, closedOn: '2020-01-10', dueOn: '2026-01-10', previousKeep: null, approved: null, blockedBy: null, ...overrides };
}

describe('RetentionStore', () => {
  const spec = storeSpec(RetentionStore);

  it('should save a rule with the version read (0 while the default stands)', async () => {
    await spec.answer(spec.sut.loadRules(), '/api/retention-rules', [RULE]);
    const saving = spec.sut.saveRule('closed_journey', { keepMonths: 1, reason: 'Shortened for the demo' });
    const req = spec.backend.expectOne('/api/retention-rules/closed_journey');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ keepMonths: 1, reason: 'Shortened for the demo', version: 0 });
    req.flush({ ...RULE, keepMonths: 1, isDefault: false, version: 1 });
    await saving;
    expect(spec.sut.rules()[0].keepMonths).toBe(1);
  });

  it('should take a kept record out of the queue and mark an approved one', async () => {
    await spec.answer(spec.sut.loadReviews(), '/api/retention-reviews', [review(), review({ id: 'j2', journeyId: 'j2' })]);
    expect(spec.sut.awaitingDecision()).toHaveLength(2);
    await spec.answer(spec.sut.keep('j1', { keepUntil: '2027-06-01', reason: 'A claim is expected' }), '/api/retention-reviews/j1/keep', review());
    await spec.answer(spec.sut.anonymise('j2', null), '/api/retention-reviews/j2/anonymise', review({ id: 'j2', approved: { at: '2026-12-07T10:00:00Z', by: 'Maya', reason: null } }));
    expect(spec.sut.reviews().map((r) => r.id)).toEqual(['j2']);
    expect(spec.sut.approved()).toHaveLength(1);
  });
});

describe('LegalHoldStore', () => {
  const spec = storeSpec(LegalHoldStore);

  it('should place a hold with its reason and show the journey as held', async () => {
    const state = { journeyId: 'j1', closedOn: null, hasSafeguardingRecords: false, rules: [], dueOn: null, keep: null, approvedForAnonymisation: false, hold: { held: false, since: null, reason: null }, anonymisedAt: null };
    await spec.answer(spec.sut.load('j1'), '/api/journeys/j1/retention', state);
    const holding = spec.sut.hold('Solicitors asked us to keep it', 'k');
    const req = spec.backend.expectOne('/api/journeys/j1/legal-hold');
    expect(req.request.body).toEqual({ reason: 'Solicitors asked us to keep it' });
    req.flush({ ...state, hold: { held: true, since: '2026-12-07T10:00:00Z', reason: 'Solicitors asked us to keep it' } });
    await holding;
    expect(spec.sut.state()?.hold.held).toBe(true);
  });
});
