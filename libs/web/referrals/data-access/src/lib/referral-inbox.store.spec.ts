import { incomingReferral, storeSpec } from '@beside/web/core/testing';
import { ReferralInboxStore } from './referral-inbox.store';

const INCOMING = incomingReferral({
  consent: { parts: ['profile'], how: 'in_person', givenOn: '2026-12-01' },
  shared: { profile: { name: 'Nia', preferredName: null, pronouns: 'she/her', dateOfBirth: null } },
});

describe('ReferralInboxStore', () => {
  const spec = storeSpec(ReferralInboxStore);

  it('should ask for one status, or all when none is given', async () => {
    await spec.answer(spec.sut.loadInbox('sent'), (r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'sent', [INCOMING]);
    expect(spec.sut.referrals()).toEqual([INCOMING]);
    await spec.answer(spec.sut.loadInbox(null), (r) => r.url === '/api/referrals/incoming' && !r.params.has('status'), []);
    expect(spec.sut.referrals()).toEqual([]);
  });

  it('should say a referral is not found (404, missing or sent elsewhere) without calling it a fault', async () => {
    await spec.refuse(spec.sut.loadReferral('r9'), '/api/referrals/incoming/r9', 404, 'Referral not found');
    expect(spec.sut.notFound()).toBe(true);
    expect(spec.sut.problem()).toBeNull();
    expect(spec.sut.referral()).toBeNull();
  });

  it('should accept with the version it holds and keep what she agreed to share on the page', async () => {
    await spec.answer(spec.sut.loadReferral('r1'), '/api/referrals/incoming/r1', INCOMING);
    const accepting = spec.sut.accept({ version: 1, primaryAdvocateId: 'a1' }, 'key-2');
    const req = spec.backend.expectOne('/api/referrals/incoming/r1/accept');
    expect(req.request.body).toEqual({ version: 1, primaryAdvocateId: 'a1' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    const accepted = { ...INCOMING, status: 'accepted' as const, journeyId: 'new-journey', version: 2, shared: undefined };
    req.flush(accepted);
    const result = await accepting;
    expect(result.ok && result.value.journeyId).toBe('new-journey');
    expect(spec.sut.referral()?.status).toBe('accepted');
    expect(spec.sut.referral()?.shared).toEqual(INCOMING.shared);
  });

  it('should decline with the reason', async () => {
    await spec.answer(spec.sut.loadReferral('r1'), '/api/referrals/incoming/r1', INCOMING);
    const declining = spec.sut.decline({ version: 1, reason: 'We have no evening group this winter.' });
    const req = spec.backend.expectOne('/api/referrals/incoming/r1/decline');
    expect(req.request.body).toEqual({ version: 1, reason: 'We have no evening group this winter.' });
    req.flush({ ...INCOMING, status: 'declined', declineReason: 'We have no evening group this winter.', version: 2 });
    expect((await declining).ok).toBe(true);
    expect(spec.sut.referral()?.declineReason).toBe('We have no evening group this winter.');
  });

  it('should list only advocates for a manager to choose from', async () => {
    await spec.answer(spec.sut.loadAdvocates(), (r) => r.url === '/api/staff' && r.params.get('role') === 'advocate', [{ id: 'a1', displayName: 'Joy Adeyemi', role: 'advocate' }]);
    expect(spec.sut.advocates().map((a) => a.displayName)).toEqual(['Joy Adeyemi']);
  });
});
