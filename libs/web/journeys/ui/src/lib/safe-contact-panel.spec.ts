import { TestBed } from '@angular/core/testing';
import type { SafeContact } from '@beside/shared/contracts';
import { SafeContactPanel } from './safe-contact-panel';

const contact: SafeContact = {
  channels: ['email'],
  safeTimes: 'Weekday mornings, never at weekends',
  safeWindows: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', until: '12:00' }],
  safeWindowsReviewed: false,
  voicemailAllowed: false,
  codeWord: null,
  textNumber: '+447700900123',
  messageConsent: { invitation: ['email'], reminder: ['email', 'text'], message_alert: [] },
  reminderLeadHours: 24,
};

function render(c: SafeContact): string {
  const fixture = TestBed.createComponent(SafeContactPanel);
  fixture.componentRef.setInput('contact', c);
  fixture.detectChanges();
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

describe('SafeContactPanel', () => {
  it('should say her windows in words, her own words, her number and what she agreed to', () => {
    const text = render(contact);
    expect(text).toContain('09:00');
    expect(text).toContain('12:00');
    expect(text).toContain('Her words: "Weekday mornings, never at weekends"');
    expect(text).toContain('Not yet gone through with her');
    expect(text).toContain('+447700900123');
    expect(text).toContain('An invitation to her own area of Beside: by email');
    expect(text).toContain('Reminders of appointments: by email and by text');
    expect(text).toContain('A note that a new message is waiting: no');
    expect(text).toContain('Reminders the day before (24 hours)');
  });

  it('should say plainly that nothing is sent when she has no safe times', () => {
    const text = render({ ...contact, safeWindows: [], safeTimes: null, safeWindowsReviewed: true, reminderLeadHours: null });
    expect(text).toContain('None set: Beside sends her nothing');
    expect(text).not.toContain('Not yet gone through');
    expect(text).not.toContain('Reminders the day before');
  });
});
