import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ReferralView } from '@beside/shared/contracts';
import { ReferralInboxPage } from './referral-inbox-page';

const WAITING: ReferralView = {
  id: 'in-1',
  reference: 'R-7K2M',
  direction: 'incoming',
  fromOrganisation: 'Riverside',
  toOrganisation: 'Harbour',
  status: 'sent',
  reason: 'She would like an evening peer group.',
  consent: { parts: ['profile'], how: 'phone', givenOn: '2026-12-01' },
  sentAt: '2026-12-01T10:00:00Z',
  sentBy: 'Amara Hughes',
  respondedAt: null,
  declineReason: null,
  withdrawnAt: null,
  journeyId: null,
  version: 1,
};

describe('ReferralInboxPage', () => {
  let fixture: ComponentFixture<ReferralInboxPage>;
  let backend: HttpTestingController;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (): string => el().textContent?.replace(/\s+/g, ' ') ?? '';
  const settle = async (): Promise<void> => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    fixture.detectChanges();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReferralInboxPage);
  });

  afterEach(() => backend.verify());

  it('should show those waiting for an answer by default, each linking to its page', async () => {
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'sent').flush([WAITING]);
    await settle();
    const link = el().querySelector('a[href="/referrals/in-1"]');
    expect(link?.textContent?.trim()).toBe('Referral R-7K2M');
    expect(text()).toContain('From Riverside, sent');
    expect(text()).toContain('She would like an evening peer group.');
  });

  it('should show the status named in the address, say when there are none, and ask for all without a status', async () => {
    fixture.componentRef.setInput('status', 'declined');
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/referrals/incoming' && r.params.get('status') === 'declined').flush([]);
    await settle();
    expect(text()).toContain('No referral has been declined.');

    fixture.componentRef.setInput('status', 'all');
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/referrals/incoming' && !r.params.has('status')).flush([]);
    await settle();
    expect(text()).toContain('No member organisation has referred anyone to you yet.');
  });

  it('should put the chosen status in the address', async () => {
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/referrals/incoming').flush([]);
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const toggles = [...el().querySelectorAll('mat-button-toggle button')];
    expect(toggles.map((b) => b.textContent?.trim())).toEqual(['Waiting for an answer', 'Accepted', 'Declined', 'Withdrawn', 'All']);
    (toggles[2] as HTMLButtonElement).click();
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/referrals'], { queryParams: { status: 'declined' } });
  });
});
