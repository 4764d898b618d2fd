import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReferralView } from '@beside/shared/contracts';
import { ReferralInboxStore } from './referral-inbox.store';

const INCOMING: ReferralView = {
  id: 'r1',
  reference: 'RF-7K2M',
  direction: 'incoming',
  fromOrganisation: 'Riverside',
  toOrganisation: 'Harbour',
  status: 'sent',
  reason: 'Harbour runs a peer group in the evenings.',
  consent: { parts: ['profile'], how: 'in_person', givenOn: '2026-12-01' },
  sentAt: '2026-12-01T10:00:00Z',
  sentBy: 'Amara Hughes',
  respondedAt: null,
  declineReason: null,
  withdrawnAt: null,
  journeyId: null,
  version: 1,
  shared: { profile: { name: 'Nia', preferredName: null, pronouns: 'she/her', dateOfBirth: null } },
};

describe('ReferralInboxStore', () => {
  let sut: ReferralInboxStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ReferralInboxStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(ReferralInboxStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should ask for one status, or all when none is given', async () => {
    const waiting = sut.loadInbox('sent');
    backend.expectOne((r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'sent').flush([INCOMING]);
    await waiting;
    expect(sut.referrals()).toEqual([INCOMING]);
    const all = sut.loadInbox(null);
    backend.expectOne((r) => r.url === '/api/referrals/incoming' && !r.params.has('status')).flush([]);
    await all;
    expect(sut.referrals()).toEqual([]);
  });

  it('should say a referral is not found (404, missing or sent elsewhere) without calling it a fault', async () => {
    const loading = sut.loadReferral('r9');
    backend.expectOne('/api/referrals/incoming/r9').flush({ statusCode: 404, message: 'Referral not found' }, { status: 404, statusText: 'Not Found' });
    await loading;
    expect(sut.notFound()).toBe(true);
    expect(sut.problem()).toBeNull();
    expect(sut.referral()).toBeNull();
  });

  it('should accept with the version it holds and keep what she agreed to share on the page', async () => {
    const loading = sut.loadReferral('r1');
    backend.expectOne('/api/referrals/incoming/r1').flush(INCOMING);
    await loading;
    const accepting = sut.accept({ version: 1, primaryAdvocateId: 'a1' }, 'key-2');
    const req = backend.expectOne('/api/referrals/incoming/r1/accept');
    expect(req.request.body).toEqual({ version: 1, primaryAdvocateId: 'a1' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    const accepted = { ...INCOMING, status: 'accepted' as const, journeyId: 'new-journey', version: 2, shared: undefined };
    req.flush(accepted);
    const result = await accepting;
    expect(result.ok && result.value.journeyId).toBe('new-journey');
    expect(sut.referral()?.status).toBe('accepted');
    expect(sut.referral()?.shared).toEqual(INCOMING.shared);
  });

  it('should decline with the reason', async () => {
    const loading = sut.loadReferral('r1');
    backend.expectOne('/api/referrals/incoming/r1').flush(INCOMING);
    await loading;
    const declining = sut.decline({ version: 1, reason: 'We have no evening group this winter.' });
    const req = backend.expectOne('/api/referrals/incoming/r1/decline');
    expect(req.request.body).toEqual({ version: 1, reason: 'We have no evening group this winter.' });
    req.flush({ ...INCOMING, status: 'declined', declineReason: 'We have no evening group this winter.', version: 2 });
    expect((await declining).ok).toBe(true);
    expect(sut.referral()?.declineReason).toBe('We have no evening group this winter.');
  });

  it('should list only advocates for a manager to choose from', async () => {
    const loading = sut.loadAdvocates();
    backend.expectOne((r) => r.url === '/api/staff' && r.params.get('role') === 'advocate').flush([{ id: 'a1', displayName: 'Joy Adeyemi', role: 'advocate' }]);
    await loading;
    expect(sut.advocates().map((a) => a.displayName)).toEqual(['Joy Adeyemi']);
  });
});
