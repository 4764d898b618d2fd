import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ReferralView } from '@beside/shared/contracts';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { fakeApi, incomingReferral, pageOf } from '@beside/web/core/testing';
import { IncomingReferralPage } from './incoming-referral-page';

const INCOMING = incomingReferral({
  reason: 'She would like an evening peer group.',
  shared: {
    profile: { name: 'Nia Okafor', preferredName: 'Nia', pronouns: 'she/her', dateOfBirth: '1990-04-02' },
    planItems: [{ title: 'Wellbeing', herWords: 'Find a peer group near me', steps: [{ title: 'Phone the group', done: false }] }],
  },
  version: 3,
});

describe('IncomingReferralPage', () => {
  let fixture: ComponentFixture<IncomingReferralPage>;
  let backend: HttpTestingController;
  const { el, text, settle, button, type } = pageOf(() => fixture);

  async function open(role: 'advocate' | 'manager', referral: ReferralView = INCOMING): Promise<void> {
    backend = fakeApi(provideRouter([]), { provide: SessionStore, useValue: { can: (p: string) => p !== 'journey:allocate' || role === 'manager', role: () => role } });
    fixture = TestBed.createComponent(IncomingReferralPage);
    fixture.componentRef.setInput('referralId', 'r1');
    fixture.detectChanges();
    backend.expectOne('/api/referrals/incoming/r1').flush(referral);
    await settle();
    if (role === 'manager' && referral.status === 'sent') {
      backend.expectOne((r) => r.url === '/api/staff').flush([{ id: 'joy', displayName: 'Joy Adeyemi', role: 'advocate' }]);
      await settle();
    }
  }

  afterEach(() => backend.verify());

  it('should show only what she agreed to share, labelled as such, and nothing of parts she did not', async () => {
    await open('advocate');
    const words = text();
    expect(words).toContain('Referral RF-7K2M');
    expect(words).toContain('She agreed to share: basic profile, plan items she chose.');
    expect(words).toContain('Basic profile (she agreed to share this)');
    expect(words).toContain('Nia Okafor');
    expect(words).toContain('Plan items she chose (she agreed to share these)');
    expect(words).toContain('Find a peer group near me');
    expect(words).toContain('Phone the group');
    expect(words).not.toContain('Safe-contact rules');
    expect(words).toContain('She gave her consent in person on 1 December 2026.');
  });

  it('should let an advocate accept onto her own caseload, then open the new journey', async () => {
    await open('advocate');
    expect(text()).toContain('You will be her advocate here.');
    expect(el().querySelector('#accept-advocate')).toBeNull();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    button('Accept the referral').click();
    await settle();
    const req = backend.expectOne('/api/referrals/incoming/r1/accept');
    expect(req.request.body).toEqual({ version: 3 });
    req.flush({ ...INCOMING, status: 'accepted', journeyId: 'new-journey', version: 4 });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/journeys', 'new-journey']);
    expect(TestBed.inject(FlashNotice).take()).toContain('You accepted referral RF-7K2M.');
  });

  it('should have a manager name her advocate before accepting', async () => {
    await open('manager');
    button('Accept the referral').click();
    await settle();
    expect(text()).toContain('Choose the advocate who will support her here');
    backend.expectNone('/api/referrals/incoming/r1/accept');
  });

  it('should ask for her name when her profile did not travel', async () => {
    await open('advocate', { ...INCOMING, consent: { ...INCOMING.consent, parts: ['plan_items'] }, shared: { planItems: INCOMING.shared?.planItems } });
    expect(text()).not.toContain('Nia Okafor');
    button('Accept the referral').click();
    await settle();
    expect(text()).toContain('Enter the name she gave you');
    type('#accept-name', 'Nia');
    button('Accept the referral').click();
    await settle();
    const req = backend.expectOne('/api/referrals/incoming/r1/accept');
    expect(req.request.body).toEqual({ version: 3, name: 'Nia' });
    req.flush({ statusCode: 409, message: 'Riverside has withdrawn this referral' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text()).toContain('Riverside has withdrawn this referral');
  });

  it('should decline only with a reason, which is sent', async () => {
    await open('advocate');
    button('Decline the referral').click();
    await settle();
    button('Decline the referral').click();
    await settle();
    expect(text()).toContain('Say why you cannot take the referral');
    backend.expectNone('/api/referrals/incoming/r1/decline');
    type('#decline-reason', 'We have no evening group this winter.');
    button('Decline the referral').click();
    await settle();
    const req = backend.expectOne('/api/referrals/incoming/r1/decline');
    expect(req.request.body).toEqual({ version: 3, reason: 'We have no evening group this winter.' });
    req.flush({ ...INCOMING, status: 'declined', declineReason: 'We have no evening group this winter.', version: 4 });
    await settle();
    expect(text()).toContain('You have declined the referral. Riverside sees your reason.');
    expect(text()).toContain('Your reason: We have no evening group this winter.');
    expect(button('Accept the referral')).toBeUndefined();
  });

  it('should say a referral is not found in words', async () => {
    backend = fakeApi(provideRouter([]), { provide: SessionStore, useValue: { can: () => true } });
    fixture = TestBed.createComponent(IncomingReferralPage);
    fixture.componentRef.setInput('referralId', 'nope');
    fixture.detectChanges();
    backend.expectOne('/api/referrals/incoming/nope').flush({ statusCode: 404, message: 'Referral not found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text()).toContain('This referral does not exist, or it was not sent to your organisation.');
  });
});
