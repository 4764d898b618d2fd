import { CONSENTED_PURPOSES, MESSAGE_CHANNELS, NO_MESSAGE_CONSENT, REMINDER_LEAD_HOURS, type SafeContact } from '@beside/shared/contracts';

export const NO_SAFE_CONTACT: SafeContact = {
  channels: [],
  safeTimes: null,
  safeWindows: [],
  safeWindowsReviewed: false,
  voicemailAllowed: false,
  codeWord: null,
  textNumber: null,
  messageConsent: NO_MESSAGE_CONSENT,
  reminderLeadHours: null,
};

/** Her safe contact as stored (any age of record) in today's full shape: what is missing is the safest default. */
export function readSafeContact(stored: Record<string, unknown> | null): SafeContact {
  const s = stored ?? {};
  const consent = (s['messageConsent'] ?? {}) as Record<string, unknown>;
  const lead = s['reminderLeadHours'];
  return {
    channels: Array.isArray(s['channels']) ? (s['channels'] as SafeContact['channels']) : [],
    safeTimes: typeof s['safeTimes'] === 'string' ? s['safeTimes'] : null,
    safeWindows: Array.isArray(s['safeWindows']) ? (s['safeWindows'] as SafeContact['safeWindows']) : [],
    safeWindowsReviewed: s['safeWindowsReviewed'] === true,
    // Records from before the field had its name (the first demo data) said "voicemail".
    voicemailAllowed: s['voicemailAllowed'] === true || (s['voicemailAllowed'] === undefined && s['voicemail'] === true),
    codeWord: typeof s['codeWord'] === 'string' ? s['codeWord'] : null,
    textNumber: typeof s['textNumber'] === 'string' ? s['textNumber'] : null,
    messageConsent: Object.fromEntries(
      CONSENTED_PURPOSES.map((p) => [p, Array.isArray(consent[p]) ? (consent[p] as string[]).filter((c) => (MESSAGE_CHANNELS as readonly string[]).includes(c)) : []]),
    ) as SafeContact['messageConsent'],
    reminderLeadHours: (REMINDER_LEAD_HOURS as readonly unknown[]).includes(lead) ? (lead as SafeContact['reminderLeadHours']) : null,
  };
}

/**
 * The JSON to store when someone sends her safe contact: what they sent over what was there, so a
 * form that does not know a field (an older screen) never wipes it. A UK mobile number is kept in
 * +44 form.
 */
export function mergeSafeContact(sent: Partial<SafeContact>, current: SafeContact): string {
  const defined = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) as Partial<SafeContact>;
  const merged: SafeContact = {
    ...current,
    ...defined,
    messageConsent: { ...current.messageConsent, ...(defined.messageConsent ?? {}) },
  };
  merged.textNumber = merged.textNumber ? ukMobileInternational(merged.textNumber) : null;
  merged.safeTimes = merged.safeTimes ?? null;
  merged.codeWord = merged.codeWord ?? null;
  return JSON.stringify(merged);
}

/** Whether this is a UK mobile number, as people write it: 07700 900123, +44 7700 900123, (07700) 900-123. */
export function isUkMobile(number: string): boolean {
  return /^(\+440?|0)7\d{9}$/.test(number.replace(/[\s\-()]/g, ''));
}

export function ukMobileInternational(number: string): string {
  const digits = number.replace(/\D/g, '');
  const national = digits.startsWith('44') ? digits.slice(2).replace(/^0/, '') : digits.replace(/^0/, '');
  return `+44${national}`;
}
