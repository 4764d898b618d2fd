import { channelFor, decideForHer, HerContactRules, retryDelayMs } from './delivery-rules';

const rosa: HerContactRules = {
  safeChannels: ['text', 'email'],
  safeWindows: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '10:00', until: '14:00' }],
  consent: { reminder: ['text'], message_alert: ['text', 'email'], invitation: ['email'] },
  email: 'rosa@example.org',
  textNumber: '+447700900123',
};
const mondayNoonInJanuary = new Date('2026-01-12T12:00:00Z');
const mondayEveningInJanuary = new Date('2026-01-12T19:00:00Z');

describe('delivery rules for a message to her', () => {
  it('should send by a safe, agreed channel inside her safe times', () => {
    expect(decideForHer(rosa, 'reminder', 'text', mondayNoonInJanuary)).toEqual({ kind: 'send', recipient: '+447700900123' });
  });

  it('should hold a message outside her safe times until the next one opens', () => {
    expect(decideForHer(rosa, 'reminder', 'text', mondayEveningInJanuary)).toEqual({ kind: 'hold', until: new Date('2026-01-13T10:00:00Z') });
  });

  it('should follow the clocks: 10:00 in summer is 09:00 UTC', () => {
    expect(decideForHer(rosa, 'reminder', 'text', new Date('2026-07-13T08:30:00Z'))).toEqual({ kind: 'hold', until: new Date('2026-07-13T09:00:00Z') });
    expect(decideForHer(rosa, 'reminder', 'text', new Date('2026-07-13T09:00:00Z')).kind).toBe('send');
  });

  it('should never use a channel she has not marked safe, whatever she agreed to', () => {
    const emailNotSafe = { ...rosa, safeChannels: ['text'] };
    expect(decideForHer(emailNotSafe, 'message_alert', 'email', mondayNoonInJanuary)).toEqual({ kind: 'not_sent', reason: 'channel_not_safe' });
  });

  it('should not send for a purpose she did not agree to on that channel', () => {
    expect(decideForHer(rosa, 'reminder', 'email', mondayNoonInJanuary)).toEqual({ kind: 'not_sent', reason: 'no_consent' });
    expect(decideForHer({ ...rosa, consent: {} }, 'message_alert', 'text', mondayNoonInJanuary)).toEqual({ kind: 'not_sent', reason: 'no_consent' });
  });

  it('should send nothing when her safe times are not set', () => {
    expect(decideForHer({ ...rosa, safeWindows: [] }, 'reminder', 'text', mondayNoonInJanuary)).toEqual({ kind: 'not_sent', reason: 'no_safe_times' });
  });

  it('should send nothing without an address for the channel', () => {
    expect(decideForHer({ ...rosa, textNumber: null }, 'reminder', 'text', mondayNoonInJanuary)).toEqual({ kind: 'not_sent', reason: 'no_address' });
  });

  it('should send a reset she asked for at once, but only by a safe channel', () => {
    expect(decideForHer({ ...rosa, consent: {} }, 'password_reset', 'email', mondayEveningInJanuary)).toEqual({ kind: 'send', recipient: 'rosa@example.org' });
    expect(decideForHer({ ...rosa, safeChannels: ['text'] }, 'password_reset', 'email', mondayEveningInJanuary).kind).toBe('not_sent');
  });

  it('should choose the first channel in her order that is safe, agreed and has an address', () => {
    expect(channelFor(rosa, 'message_alert')).toBe('text');
    expect(channelFor({ ...rosa, textNumber: null }, 'message_alert')).toBe('email');
    expect(channelFor(rosa, 'invitation')).toBe('email');
    expect(channelFor({ ...rosa, safeChannels: ['phone', 'post'] }, 'message_alert')).toBeNull();
  });
});

describe('retry delay', () => {
  it('should grow exponentially from 30 seconds and stop at an hour, with jitter in the upper half', () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
    expect(retryDelayMs(20, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(20, () => 0)).toBe(1_800_000);
  });
});
