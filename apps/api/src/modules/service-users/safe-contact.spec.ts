import { isUkMobile, mergeSafeContact, NO_SAFE_CONTACT, readSafeContact, ukMobileInternational } from './safe-contact';

describe('her safe contact', () => {
  it('should read a record from before structured safe times with the safest defaults, keeping her words', () => {
    const old = readSafeContact({ channels: ['text'], safeTimes: 'Weekdays 10:00–14:00', voicemail: false, codeWord: null });
    expect(old).toEqual({ ...NO_SAFE_CONTACT, channels: ['text'], safeTimes: 'Weekdays 10:00–14:00' });
    expect(readSafeContact({ voicemail: true }).voicemailAllowed).toBe(true);
    expect(readSafeContact(null)).toEqual(NO_SAFE_CONTACT);
  });

  it('should drop what it does not know from consent and lead times', () => {
    const odd = readSafeContact({ messageConsent: { reminder: ['email', 'pigeon'], other: ['email'] }, reminderLeadHours: 5 });
    expect(odd.messageConsent).toEqual({ invitation: [], reminder: ['email'], message_alert: [] });
    expect(odd.reminderLeadHours).toBeNull();
  });

  it('should keep what an older form did not send, and take what it did', () => {
    const current = { ...NO_SAFE_CONTACT, channels: ['email' as const], safeWindows: [{ days: ['monday' as const], from: '10:00', until: '12:00' }], messageConsent: { invitation: [], reminder: ['email' as const], message_alert: [] } };
    const merged = JSON.parse(mergeSafeContact({ channels: ['text'], safeTimes: 'Mornings', voicemailAllowed: false, codeWord: null }, current));
    expect(merged.channels).toEqual(['text']);
    expect(merged.safeTimes).toBe('Mornings');
    expect(merged.safeWindows).toEqual(current.safeWindows);
    expect(merged.messageConsent.reminder).toEqual(['email']);
    const consent = JSON.parse(mergeSafeContact({ messageConsent: { invitation: [], reminder: [], message_alert: ['text'] } }, current));
    expect(consent.messageConsent).toEqual({ invitation: [], reminder: [], message_alert: ['text'] });
  });

  it('should know a UK mobile number however it is written, and keep it in +44 form', () => {
    for (const n of ['07700 900123', '07700900123', '+44 7700 900123', '+447700900123', '(07700) 900-123', '+44 (0)7700 900123']) {
      expect(isUkMobile(n)).toBe(true);
      expect(ukMobileInternational(n)).toBe('+447700900123');
    }
    for (const n of ['020 7946 0000', '07700 90012', '7700900123', 'call me', '+1 202 555 0100']) expect(isUkMobile(n)).toBe(false);
  });
});
