import { TestBed } from '@angular/core/testing';
import type { MyDetails } from '@beside/shared/contracts';
import { apiSpec, safeContact } from '@beside/web/core/testing';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { MessagesForm } from './messages-form';

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r));
};

const details: MyDetails = {
  name: 'Iris Okonjo',
  preferredName: null,
  pronouns: null,
  accessibilityNeeds: null,
  version: 4,
  safeContact: safeContact({ channels: ['email', 'text'], safeTimes: null, safeWindows: [{ days: ['monday'], from: '09:00', until: '17:00' }] }),
};

describe('MessagesForm', () => {
  const api = apiSpec(MyDetailsStore);
  let el: HTMLElement;
  let fixture: ReturnType<typeof TestBed.createComponent<MessagesForm>>;
  const box = (id: string) => el.querySelector(`#${id}-input`) as HTMLInputElement;

  beforeEach(async () => {
    TestBed.inject(MyDetailsStore).details.set(details);
    fixture = TestBed.createComponent(MessagesForm);
    el = fixture.nativeElement;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  });

  it('should show what she agreed to, and not offer invitations', () => {
    expect(box('my-consent-reminder-text').checked).toBe(true);
    expect(box('my-consent-reminder-email').checked).toBe(false);
    expect(el.querySelector('#my-consent-invitation-email')).toBeNull();
    expect(el.textContent).not.toContain('An invitation to her own area');
    expect((el.querySelector('#my-window-0-from') as HTMLInputElement).value).toBe('09:00');
  });

  it('should let her take back her reminders and send only her safe contact, keeping her invitation as it was', async () => {
    box('my-consent-reminder-text').click();
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    const req = api.backend.expectOne('/api/my/details');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      safeContact: {
        channels: ['email', 'text'],
        voicemailAllowed: false,
        safeWindows: [{ days: ['monday'], from: '09:00', until: '17:00' }],
        textNumber: '+447700900123',
        messageConsent: { invitation: ['email'], reminder: [], message_alert: [] },
        reminderLeadHours: 24,
      },
      version: 4,
    });
    req.flush({ ...details, version: 5, safeContact: { ...details.safeContact, messageConsent: { invitation: ['email'], reminder: [], message_alert: [] } } });
    await settle();
    fixture.detectChanges();
    expect(el.textContent).toContain('Saved. We will send you only what you said yes to.');
  });

  it('should refuse a number that is not a UK mobile before sending anything', async () => {
    const number = el.querySelector('#my-text-number') as HTMLInputElement;
    number.value = '020 7946 0000';
    number.dispatchEvent(new Event('input'));
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    fixture.detectChanges();
    api.backend.expectNone('/api/my/details');
    expect(el.textContent).toContain('Enter a UK mobile number, such as 07700 900123');
  });
});
