import type { ReferralView, SendReferralRequest } from '@beside/shared/contracts';
import { referral, storeSpec, tick } from '@beside/web/core/testing';
import { JourneyReferralsStore } from './journey-referrals.store';

const REFERRAL = referral();

describe('JourneyReferralsStore', () => {
  const spec = storeSpec(JourneyReferralsStore);

  async function load(sent: ReferralView[] = []): Promise<void> {
    const loading = spec.sut.load('j1');
    spec.backend.expectOne('/api/journeys/j1/referrals').flush(sent);
    spec.backend.expectOne('/api/referrals/destinations').flush([{ organisationId: 'o2', name: 'Harbour', servicesOffered: 'Peer groups' }]);
    spec.backend.expectOne('/api/journeys/j1/plan').flush({ journeyId: 'j1', reviewDate: null, goals: [{ id: 'g1', words: 'Find a GP', steps: [] }] });
    await loading;
  }

  it('should load the referrals sent from the journey (newest first), where to, and her goals', async () => {
    await load([REFERRAL, { ...REFERRAL, id: 'r2', sentAt: '2026-12-02T10:00:00Z' }]);
    expect(spec.sut.referrals().map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(spec.sut.destinations()[0].name).toBe('Harbour');
    expect(spec.sut.goals().map((g) => g.id)).toEqual(['g1']);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should send a referral from this journey with the Idempotency-Key, and list it', async () => {
    await load();
    const request: SendReferralRequest = {
      toOrganisationId: 'o2',
      reason: 'Peer group',
      consent: { parts: ['profile'], how: 'phone', givenOn: '2026-12-01' },
    };
    const sending = spec.sut.send(request, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/referrals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(REFERRAL, { status: 201, statusText: 'Created' });
    expect((await sending).ok).toBe(true);
    expect(spec.sut.referrals()).toEqual([REFERRAL]);
  });

  it('should keep the list as it was when the API refuses the referral', async () => {
    await load();
    const sending = spec.sut.send({ toOrganisationId: 'o2', reason: 'x', consent: { parts: [], how: 'phone', givenOn: '2026-12-01' } });
    const result = await spec.refuse(sending, '/api/journeys/j1/referrals', 409, 'Harbour is suspended from the network for now and cannot take referrals.');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.messages).toEqual(['Harbour is suspended from the network for now and cannot take referrals.']);
    expect(spec.sut.referrals()).toEqual([]);
  });

  it('should withdraw with the version it holds, and show the referral as it is now after a stale version', async () => {
    await load([REFERRAL]);
    const withdrawing = spec.sut.withdraw(REFERRAL);
    const req = spec.backend.expectOne('/api/referrals/r1/withdraw');
    expect(req.request.body).toEqual({ version: 1 });
    const now = { ...REFERRAL, status: 'accepted' as const, version: 2 };
    req.flush({ statusCode: 409, message: 'Someone else changed this referral.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect((await withdrawing).ok).toBe(false);
    expect(spec.sut.referrals()).toEqual([now]);
  });
});
