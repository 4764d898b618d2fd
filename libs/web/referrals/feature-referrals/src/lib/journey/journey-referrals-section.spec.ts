import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ReferralView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf, referral } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { JourneyReferralsSection } from './journey-referrals-section';

const BASE = referral({
  reference: 'R-AAAA1',
  reason: 'Evening peer group',
  consent: { parts: ['profile'], how: 'phone', givenOn: '2026-12-01' },
  sentAt: '2026-12-04T10:00:00Z',
  version: 2,
});
const HELD: ReferralView = { ...BASE, id: 'r2', reference: 'R-BBBB2', status: 'held', sentAt: '2026-12-03T10:00:00Z' };
const DECLINED: ReferralView = {
  ...BASE,
  id: 'r3',
  reference: 'R-CCCC3',
  status: 'declined',
  respondedAt: '2026-12-02T12:00:00Z',
  declineReason: 'Our group is full until March.',
  sentAt: '2026-12-02T10:00:00Z',
};
const ACCEPTED: ReferralView = { ...BASE, id: 'r4', reference: 'R-DDDD4', status: 'accepted', respondedAt: '2026-12-01T12:00:00Z', sentAt: '2026-12-01T10:00:00Z' };

describe('JourneyReferralsSection', () => {
  let fixture: ComponentFixture<JourneyReferralsSection>;
  let answer: boolean;
  const api = apiSpec(
    { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(answer) }) } },
    { provide: SessionStore, useValue: { can: () => true } },
  );
  const page = pageOf(() => fixture);
  const el = page.el;
  const item = (reference: string): HTMLElement =>
    [...el().querySelectorAll('article')].find((a) => a.textContent?.includes(reference)) as HTMLElement;
  const withdrawIn = (reference: string): HTMLButtonElement | undefined =>
    [...item(reference).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Withdraw the referral');
  const settle = (): Promise<void> => page.settle(3);

  beforeEach(async () => {
    answer = true;
    const backend = api.backend;
    fixture = TestBed.createComponent(JourneyReferralsSection);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    backend.expectOne('/api/journeys/j1/referrals').flush([ACCEPTED, DECLINED, HELD, BASE]);
    backend.expectOne('/api/referrals/destinations').flush([]);
    backend.expectOne('/api/journeys/j1/plan').flush({ journeyId: 'j1', reviewDate: null, goals: [] });
    await settle();
  });

  it('should list each referral with its status, a held one as kept, a declined one with their reason', () => {
    expect([...el().querySelectorAll('article')].map((a) => a.querySelector('span')?.textContent?.trim())).toEqual([
      'R-AAAA1 to Harbour',
      'R-BBBB2 to Harbour',
      'R-CCCC3 to Harbour',
      'R-DDDD4 to Harbour',
    ]);
    expect(item('R-BBBB2').textContent).toContain('It waits there and is not lost.');
    expect(item('R-CCCC3').textContent).toContain('Their reason: Our group is full until March.');
    expect(item('R-AAAA1').textContent).toContain('She agreed to share: basic profile (on the phone, 1 December 2026)');
  });

  it('should offer withdrawing only while it is sent or held', () => {
    expect(withdrawIn('R-AAAA1')).toBeDefined();
    expect(withdrawIn('R-BBBB2')).toBeDefined();
    expect(withdrawIn('R-CCCC3')).toBeUndefined();
    expect(withdrawIn('R-DDDD4')).toBeUndefined();
  });

  it('should send nothing when the advocate keeps it, and withdraw with the version once she confirms', async () => {
    answer = false;
    withdrawIn('R-AAAA1')?.click();
    await settle();
    api.backend.expectNone('/api/referrals/r1/withdraw');

    answer = true;
    withdrawIn('R-AAAA1')?.click();
    await settle();
    const req = api.backend.expectOne('/api/referrals/r1/withdraw');
    expect(req.request.body).toEqual({ version: 2 });
    req.flush({ ...BASE, status: 'withdrawn', withdrawnAt: '2026-12-05T10:00:00Z', version: 3 });
    await settle();
    expect(el().textContent).toContain('Referral R-AAAA1 has been withdrawn.');
    expect(withdrawIn('R-AAAA1')).toBeUndefined();
  });
});
