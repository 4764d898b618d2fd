import { TestBed } from '@angular/core/testing';
import type { AccountView } from '@beside/shared/contracts';
import { fakeApi } from '@beside/web/core/testing';
import { AccountStore } from '@beside/web/identity/data-access';
import { EmailAlertsSection } from './email-alerts-section';

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r));
};

describe('EmailAlertsSection', () => {
  it('should turn email copies on with PUT /api/account/email-alerts and say it is saved', async () => {
    const backend = fakeApi(AccountStore);
    const account = { id: 'u1', email: 'amara@example.test', displayName: 'Amara', role: 'advocate', emailAlerts: false } as AccountView;
    const fixture = TestBed.createComponent(EmailAlertsSection);
    fixture.componentRef.setInput('account', account);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Email me a copy of my notifications (a link only, never names or case details)');
    (el.querySelector('button[role="switch"]') as HTMLButtonElement).click();
    const req = backend.expectOne('/api/account/email-alerts');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ on: true });
    req.flush({ ...account, emailAlerts: true });
    await settle();
    fixture.detectChanges();
    expect(el.textContent).toContain('Saved: each notification will also come by email, as a link.');
    backend.verify();
  });
});
