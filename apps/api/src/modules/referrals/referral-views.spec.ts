import type { ReferralRow } from './referral.repository';
import { shownStatus, toMyReferralView, toReferralView } from './referral-views';

const row = (over: Partial<ReferralRow> = {}): ReferralRow => ({
  id: 'r1',
  linkId: 'link-1',
  reference: 'R-7K3P9',
  direction: 'outgoing',
  otherOrganisationId: 'harbour',
  otherName: "Harbour Women's Voice",
  otherStatus: 'active',
  ownName: "Riverside Women's Advocacy",
  status: 'sent',
  reason: 'A peer group',
  consentParts: ['profile'],
  consentHow: 'in_person',
  consentGivenOn: '2026-12-01',
  sentAt: new Date('2026-12-01T10:00:00Z'),
  sentByName: 'Asha Advocate',
  respondedAt: null,
  declineReason: null,
  withdrawnAt: null,
  journeyId: 'j1',
  serviceUserId: 'su1',
  shared: { profile: { name: 'Rosa Field', preferredName: null, pronouns: null, dateOfBirth: null } },
  version: 1,
  ...over,
});

describe('referral views', () => {
  it('should show a waiting referral to a suspended organisation as held, and as sent again once it is active', () => {
    expect(shownStatus(row({ otherStatus: 'suspended' }))).toBe('held');
    expect(shownStatus(row({ otherStatus: 'active' }))).toBe('sent');
  });

  it('should not hold a referral that was already answered, nor one the suspended organisation itself received', () => {
    expect(shownStatus(row({ otherStatus: 'suspended', status: 'accepted' }))).toBe('accepted');
    expect(shownStatus(row({ otherStatus: 'suspended', direction: 'incoming' }))).toBe('sent');
  });

  it('should tell her where it stands in plain words, and let her withdraw only while it waits', () => {
    expect(toMyReferralView(row())).toMatchObject({ statusWords: "Waiting for Harbour Women's Voice to reply", canWithdraw: true });
    expect(toMyReferralView(row({ otherStatus: 'suspended' }))).toMatchObject({ status: 'held', canWithdraw: true, statusWords: expect.stringMatching(/^On hold/) });
    expect(toMyReferralView(row({ status: 'accepted' }))).toMatchObject({ canWithdraw: false, statusWords: "Harbour Women's Voice have said yes. They will get in touch with you" });
    expect(toMyReferralView(row({ status: 'declined', declineReason: 'Full' }))).toMatchObject({ canWithdraw: false, statusWords: expect.stringMatching(/have said no/) });
    expect(toMyReferralView(row({ status: 'withdrawn' }))).toMatchObject({ canWithdraw: false, statusWords: expect.stringMatching(/^Withdrawn/) });
    expect(toMyReferralView(row())).not.toHaveProperty('reason');
  });

  it('should give the shared record only to the receiving side, and name both organisations from either side', () => {
    expect(toReferralView(row(), true)).not.toHaveProperty('shared');
    const incoming = toReferralView(row({ direction: 'incoming', otherName: "Riverside Women's Advocacy", ownName: "Harbour Women's Voice" }), true);
    expect(incoming).toMatchObject({ fromOrganisation: "Riverside Women's Advocacy", toOrganisation: "Harbour Women's Voice", shared: { profile: { name: 'Rosa Field' } } });
    expect(toReferralView(row({ direction: 'incoming' }))).not.toHaveProperty('shared');
    expect(toReferralView(row({ direction: 'incoming', shared: null }), true).shared).toEqual({});
    expect(toReferralView(row({ otherName: null })).toOrganisation).toBe('another member organisation');
  });
});
