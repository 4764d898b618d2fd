import type { MyReferralView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { MyReferralsStore } from './my-referrals.store';

const MINE: MyReferralView = {
  id: 'r1',
  reference: 'RF-7K2M',
  toOrganisation: 'Harbour',
  status: 'sent',
  statusWords: 'Waiting for Harbour to reply',
  sharedParts: ['profile'],
  sentAt: '2026-12-01T10:00:00Z',
  canWithdraw: true,
};

describe('MyReferralsStore', () => {
  const spec = storeSpec(MyReferralsStore);

  it('should load her referrals', async () => {
    await spec.answer(spec.sut.load(), '/api/my/referrals', [MINE]);
    expect(spec.sut.referrals()).toEqual([MINE]);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should withdraw one and show it withdrawn', async () => {
    await spec.answer(spec.sut.load(), '/api/my/referrals', [MINE]);
    const withdrawing = spec.sut.withdraw('r1');
    const req = spec.backend.expectOne('/api/my/referrals/r1/withdraw');
    expect(req.request.method).toBe('POST');
    req.flush({ ...MINE, status: 'withdrawn', statusWords: 'You withdrew it', canWithdraw: false });
    expect((await withdrawing).ok).toBe(true);
    expect(spec.sut.referrals()[0]).toMatchObject({ status: 'withdrawn', canWithdraw: false });
  });

  it('should read her referrals afresh when it was accepted before she withdrew it', async () => {
    const withdrawing = spec.sut.withdraw('r1');
    spec.backend.expectOne('/api/my/referrals/r1/withdraw').flush({ statusCode: 409, message: 'Harbour has already said yes' }, { status: 409, statusText: 'Conflict' });
    await tick();
    spec.backend.expectOne('/api/my/referrals').flush([{ ...MINE, status: 'accepted', statusWords: 'Harbour said yes', canWithdraw: false }]);
    expect((await withdrawing).ok).toBe(false);
    expect(spec.sut.referrals()[0].statusWords).toBe('Harbour said yes');
  });
});
