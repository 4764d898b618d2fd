import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { MyReferralView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { MyReferralsPage } from './my-referrals-page';

const WAITING: MyReferralView = {
  id: 'r1',
  reference: 'RF-7K2M',
  toOrganisation: "Harbour Women's Voice",
  status: 'sent',
  statusWords: "Waiting for Harbour Women's Voice to reply",
  sharedParts: ['profile', 'plan_items'],
  sentAt: '2026-12-01T10:00:00Z',
  canWithdraw: true,
};
const ACCEPTED: MyReferralView = {
  ...WAITING,
  id: 'r2',
  reference: 'RF-3XQ9',
  toOrganisation: 'Hillside',
  status: 'accepted',
  statusWords: 'Hillside said yes',
  sharedParts: [],
  sentAt: '2026-11-01T10:00:00Z',
  canWithdraw: false,
};

describe('MyReferralsPage', () => {
  let fixture: ComponentFixture<MyReferralsPage>;
  let answer: boolean;
  const api = apiSpec({ provide: MatDialog, useFactory: () => ({ open: jest.fn(() => ({ afterClosed: () => of(answer) })) }) });
  const page = pageOf(() => fixture);
  const { el, text } = page;
  const settle = (): Promise<void> => page.settle(3);
  const withdrawButtons = (): HTMLButtonElement[] => [...el().querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Withdraw this referral');

  beforeEach(async () => {
    answer = true;
    fixture = TestBed.createComponent(MyReferralsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/referrals').flush([ACCEPTED, WAITING]);
    await settle();
  });

  it('should say where each referral is in plain words, and what she agreed to share', () => {
    const words = text();
    expect(words).toContain("Waiting for Harbour Women's Voice to reply");
    expect(words).toContain('Your name, pronouns and date of birth');
    expect(words).toContain('The goals from your plan that you chose');
    expect(words).toContain('Hillside said yes');
    expect(words).toContain('Nothing from your record');
    // Newest first.
    expect(words.indexOf("Harbour Women's Voice")).toBeLessThan(words.indexOf('Hillside'));
  });

  it('should offer withdrawing only before it is accepted, and do nothing when she keeps it', async () => {
    expect(withdrawButtons()).toHaveLength(1);
    answer = false;
    withdrawButtons()[0].click();
    await settle();
    api.backend.expectNone('/api/my/referrals/r1/withdraw');
  });

  it('should withdraw it once she confirms', async () => {
    withdrawButtons()[0].click();
    await settle();
    api.backend.expectOne('/api/my/referrals/r1/withdraw').flush({ ...WAITING, status: 'withdrawn', statusWords: 'You withdrew it', canWithdraw: false });
    await settle();
    expect(text()).toContain("You withdrew the referral to Harbour Women's Voice.");
    expect(text()).toContain('You withdrew it');
    expect(withdrawButtons()).toHaveLength(0);
  });
});
