import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiSpec, incomingReferral, pageOf } from '@beside/web/core/testing';
import { ReferralInboxPage } from './referral-inbox-page';

const WAITING = incomingReferral({
  id: 'in-1',
  reference: 'R-7K2M',
  reason: 'She would like an evening peer group.',
  consent: { parts: ['profile'], how: 'phone', givenOn: '2026-12-01' },
});

describe('ReferralInboxPage', () => {
  let fixture: ComponentFixture<ReferralInboxPage>;
  const api = apiSpec(provideRouter([]));
  const { el, text, settle } = pageOf(() => fixture);

  beforeEach(() => {
    fixture = TestBed.createComponent(ReferralInboxPage);
  });

  it('should show those waiting for an answer by default, each linking to its page', async () => {
    fixture.detectChanges();
    api.backend.expectOne((r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'sent').flush([WAITING]);
    await settle();
    const link = el().querySelector('a[href="/referrals/in-1"]');
    expect(link?.textContent?.trim()).toBe('Referral R-7K2M');
    expect(text()).toContain('From Riverside, sent');
    expect(text()).toContain('She would like an evening peer group.');
  });

  it('should show the status named in the address, say when there are none, and ask for all without a status', async () => {
    fixture.componentRef.setInput('status', 'declined');
    fixture.detectChanges();
    api.backend.expectOne((r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'declined').flush([]);
    await settle();
    expect(text()).toContain('No referral has been declined.');

    fixture.componentRef.setInput('status', 'all');
    fixture.detectChanges();
    api.backend.expectOne((r) => r.url === '/api/referrals/incoming' && !r.params.has('status')).flush([]);
    await settle();
    expect(text()).toContain('No member organisation has referred anyone to you yet.');
  });

  it('should put the chosen status in the address', async () => {
    fixture.detectChanges();
    api.backend.expectOne((r) => r.url === '/api/referrals/incoming').flush([]);
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const toggles = [...el().querySelectorAll('mat-button-toggle button')];
    expect(toggles.map((b) => b.textContent?.trim())).toEqual(['Waiting for an answer', 'Accepted', 'Declined', 'Withdrawn', 'All']);
    (toggles[2] as HTMLButtonElement).click();
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/referrals'], { queryParams: { status: 'declined' } });
  });
});
