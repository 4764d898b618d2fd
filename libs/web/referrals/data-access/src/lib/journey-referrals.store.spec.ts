import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReferralView, SendReferralRequest } from '@beside/shared/contracts';
import { JourneyReferralsStore } from './journey-referrals.store';

const REFERRAL: ReferralView = {
  id: 'r1',
  reference: 'RF-7K2M',
  direction: 'outgoing',
  fromOrganisation: 'Riverside',
  toOrganisation: 'Harbour',
  status: 'sent',
  reason: 'Harbour runs a peer group in the evenings.',
  consent: { parts: ['profile', 'plan_items'], how: 'in_person', givenOn: '2026-12-01' },
  sentAt: '2026-12-01T10:00:00Z',
  sentBy: 'Amara Hughes',
  respondedAt: null,
  declineReason: null,
  withdrawnAt: null,
  journeyId: 'j1',
  version: 1,
};

const tick = () => new Promise((r) => setTimeout(r));

describe('JourneyReferralsStore', () => {
  let sut: JourneyReferralsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [JourneyReferralsStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(JourneyReferralsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function load(sent: ReferralView[] = []): Promise<void> {
    const loading = sut.load('j1');
    backend.expectOne('/api/journeys/j1/referrals').flush(sent);
    backend.expectOne('/api/referrals/destinations').flush([{ organisationId: 'o2', name: 'Harbour', servicesOffered: 'Peer groups' }]);
    backend.expectOne('/api/journeys/j1/plan').flush({ journeyId: 'j1', reviewDate: null, goals: [{ id: 'g1', words: 'Find a GP', steps: [] }] });
    await loading;
  }

  it('should load the referrals sent from the journey (newest first), where to, and her goals', async () => {
    await load([REFERRAL, { ...REFERRAL, id: 'r2', sentAt: '2026-12-02T10:00:00Z' }]);
    expect(sut.referrals().map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(sut.destinations()[0].name).toBe('Harbour');
    expect(sut.goals().map((g) => g.id)).toEqual(['g1']);
    expect(sut.loaded()).toBe(true);
  });

  it('should send a referral from this journey with the Idempotency-Key, and list it', async () => {
    await load();
    const request: SendReferralRequest = {
      toOrganisationId: 'o2',
      reason: 'Peer group',
      consent: { parts: ['profile'], how: 'phone', givenOn: '2026-12-01' },
    };
    const sending = sut.send(request, 'key-1');
    const req = backend.expectOne('/api/journeys/j1/referrals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(REFERRAL, { status: 201, statusText: 'Created' });
    expect((await sending).ok).toBe(true);
    expect(sut.referrals()).toEqual([REFERRAL]);
  });

  it('should keep the list as it was when the API refuses the referral', async () => {
    await load();
    const sending = sut.send({ toOrganisationId: 'o2', reason: 'x', consent: { parts: [], how: 'phone', givenOn: '2026-12-01' } });
    backend
      .expectOne('/api/journeys/j1/referrals')
      .flush({ statusCode: 409, message: 'Harbour is suspended from the network for now and cannot take referrals.' }, { status: 409, statusText: 'Conflict' });
    const result = await sending;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.messages).toEqual(['Harbour is suspended from the network for now and cannot take referrals.']);
    expect(sut.referrals()).toEqual([]);
  });

  it('should withdraw with the version it holds, and show the referral as it is now after a stale version', async () => {
    await load([REFERRAL]);
    const withdrawing = sut.withdraw(REFERRAL);
    const req = backend.expectOne('/api/referrals/r1/withdraw');
    expect(req.request.body).toEqual({ version: 1 });
    const now = { ...REFERRAL, status: 'accepted' as const, version: 2 };
    req.flush({ statusCode: 409, message: 'Someone else changed this referral.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect((await withdrawing).ok).toBe(false);
    expect(sut.referrals()).toEqual([now]);
  });
});
