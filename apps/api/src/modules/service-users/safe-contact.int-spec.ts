import { useTestApp } from '../../testing/test-app';
import { herJourney } from '../../testing/journey-team';

const WEEKDAY_MORNINGS = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '10:00', until: '12:00' };

describe('her safe contact: structured safe times, her number, and what she agreed to be sent', () => {
  const t = useTestApp(async (t) => {
    const cast = await herJourney(t);
    await t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [cast.her, JSON.stringify({ channels: ['text'], safeTimes: 'Weekday mornings', voicemail: false })]);
    return cast;
  });

  const version = async () => Number((await t.owner.query(`SELECT version FROM service_user WHERE id = $1`, [t.her]))[0].version);
  const stored = async () => (await t.owner.query(`SELECT safe_contact FROM service_user WHERE id = $1`, [t.her]))[0].safe_contact;

  it('should show an older record in the full shape, her words kept and nothing agreed', async () => {
    const res = await t.advocate.get(`/api/service-users/${t.her}`);
    expect(res.body.safeContact).toEqual({
      channels: ['text'],
      safeTimes: 'Weekday mornings',
      safeWindows: [],
      safeWindowsReviewed: false,
      voicemailAllowed: false,
      codeWord: null,
      textNumber: null,
      messageConsent: { invitation: [], reminder: [], message_alert: [] },
      reminderLeadHours: null,
    });
  });

  it('should let her advocate turn her words into windows and record her number, kept in +44 form', async () => {
    const res = await t.advocate.patch(`/api/service-users/${t.her}`).send({
      version: await version(),
      safeContact: { channels: ['text'], voicemailAllowed: false, safeWindows: [WEEKDAY_MORNINGS], safeWindowsReviewed: true, textNumber: '07700 900123' },
    });
    expect(res.status).toBe(200);
    expect(res.body.safeContact).toMatchObject({ safeTimes: 'Weekday mornings', safeWindows: [WEEKDAY_MORNINGS], safeWindowsReviewed: true, textNumber: '+447700900123' });
  });

  it('should keep the windows when a form that does not know them saves her safe contact', async () => {
    const res = await t.advocate.patch(`/api/service-users/${t.her}`).send({ version: await version(), safeContact: { channels: ['text', 'email'], safeTimes: 'Mornings', voicemailAllowed: false, codeWord: null } });
    expect(res.status).toBe(200);
    expect(res.body.safeContact).toMatchObject({ channels: ['text', 'email'], safeTimes: 'Mornings', safeWindows: [WEEKDAY_MORNINGS], textNumber: '+447700900123' });
  });

  it('should let her choose what she is sent and how, and withdraw it', async () => {
    const details = await t.she.get('/api/my/details');
    const agreed = await t.she.patch('/api/my/details').send({
      version: details.body.version,
      safeContact: { channels: ['text', 'email'], voicemailAllowed: false, messageConsent: { invitation: [], reminder: ['text'], message_alert: ['text', 'email'] }, reminderLeadHours: 24 },
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.safeContact).toMatchObject({ messageConsent: { reminder: ['text'], message_alert: ['text', 'email'] }, reminderLeadHours: 24, safeWindows: [WEEKDAY_MORNINGS] });
    const withdrawn = await t.she.patch('/api/my/details').send({
      version: agreed.body.version,
      safeContact: { channels: ['text', 'email'], voicemailAllowed: false, messageConsent: { invitation: [], reminder: [], message_alert: [] }, reminderLeadHours: null },
    });
    expect(withdrawn.body.safeContact).toMatchObject({ messageConsent: { invitation: [], reminder: [], message_alert: [] }, reminderLeadHours: null });
    const [event]: { detail: { fields: string[] } }[] = await t.owner.query(
      `SELECT detail FROM audit_event WHERE subject_id = $1 AND action = 'service_user.updated' ORDER BY occurred_at DESC LIMIT 1`,
      [t.her],
    );
    expect(event.detail.fields).toEqual(['safeContact']);
  });

  it('should refuse what cannot be used, naming the field, and change nothing', async () => {
    const before = await stored();
    const base = { channels: ['text'], voicemailAllowed: false };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ textNumber: '020 7946 0000' }, /textNumber must be a UK mobile number/],
      [{ textNumber: 'call me' }, /textNumber/],
      [{ safeWindows: [{ ...WEEKDAY_MORNINGS, until: '10:00' }] }, /same time/],
      [{ safeWindows: [{ ...WEEKDAY_MORNINGS, from: '24:00' }] }, /from must be a time/],
      [{ safeWindows: [{ ...WEEKDAY_MORNINGS, days: [] }] }, /at least one day/],
      [{ safeWindows: [{ ...WEEKDAY_MORNINGS, days: ['someday'] }] }, /days must each be one of/],
      [{ safeWindows: 'mornings' }, /safeWindows/],
      [{ messageConsent: { invitation: [], reminder: ['pigeon'], message_alert: [] } }, /messageConsent.reminder/],
      [{ messageConsent: { reminder: ['text'] } }, /invitation/],
      [{ reminderLeadHours: 5 }, /reminderLeadHours must be one of/],
    ];
    for (const [extra, message] of cases) {
      const res = await t.she.patch('/api/my/details').send({ version: (await t.she.get('/api/my/details')).body.version, safeContact: { ...base, ...extra } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    expect(await stored()).toEqual(before);
  });
});
