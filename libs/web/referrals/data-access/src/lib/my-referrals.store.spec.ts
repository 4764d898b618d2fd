import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MyReferralView } from '@beside/shared/contracts';
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

const tick = () => new Promise((r) => setTimeout(r));

describe('MyReferralsStore', () => {
  let sut: MyReferralsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [MyReferralsStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(MyReferralsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should load her referrals', async () => {
    const loading = sut.load();
    backend.expectOne('/api/my/referrals').flush([MINE]);
    await loading;
    expect(sut.referrals()).toEqual([MINE]);
    expect(sut.loaded()).toBe(true);
  });

  it('should withdraw one and show it withdrawn', async () => {
    const loading = sut.load();
    backend.expectOne('/api/my/referrals').flush([MINE]);
    await loading;
    const withdrawing = sut.withdraw('r1');
    const req = backend.expectOne('/api/my/referrals/r1/withdraw');
    expect(req.request.method).toBe('POST');
    req.flush({ ...MINE, status: 'withdrawn', statusWords: 'You withdrew it', canWithdraw: false });
    expect((await withdrawing).ok).toBe(true);
    expect(sut.referrals()[0]).toMatchObject({ status: 'withdrawn', canWithdraw: false });
  });

  it('should read her referrals afresh when it was accepted before she withdrew it', async () => {
    const withdrawing = sut.withdraw('r1');
    backend.expectOne('/api/my/referrals/r1/withdraw').flush({ statusCode: 409, message: 'Harbour has already said yes' }, { status: 409, statusText: 'Conflict' });
    await tick();
    backend.expectOne('/api/my/referrals').flush([{ ...MINE, status: 'accepted', statusWords: 'Harbour said yes', canWithdraw: false }]);
    expect((await withdrawing).ok).toBe(false);
    expect(sut.referrals()[0].statusWords).toBe('Harbour said yes');
  });
});
