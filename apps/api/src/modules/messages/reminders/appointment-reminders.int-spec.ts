import type { TestApp } from '../../../testing/test-app';
import { createAppointment, createJourney, createServiceUser, createUser, TestUser } from '../../../testing/fixtures';
import { ALWAYS_SAFE as ALWAYS, deliveryTestApp, type DeliveryTestApp } from '../../../testing/message-delivery';
import { AppointmentReminders, dayBeforeAtNine } from './appointment-reminders';

const HOUR = 3_600_000;

describe('appointment reminders', () => {
  let d: DeliveryTestApp;
  let t: TestApp;
  let reminders: AppointmentReminders;
  let asha: TestUser;
  let herAccount: TestUser;
  let her: string;
  let journey: string;

  beforeAll(async () => {
    d = await deliveryTestApp();
    t = d.t;
    reminders = t.app.get(AppointmentReminders);
    asha = await createUser(t, d.org, 'advocate');
    herAccount = await createUser(t, d.org, 'service_user');
    her = await createServiceUser(t, d.org, { accountId: herAccount.id });
    journey = await createJourney(t, d.org, her, asha.id);
  });
  afterAll(() => d?.close());

  const setHerRules = (rules: Record<string, unknown>) =>
    t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [her, JSON.stringify({ channels: ['email'], safeWindows: ALWAYS, ...rules })]);
  async function appointmentAt(startsAt: Date): Promise<string> {
    const id = await createAppointment(t, journey, { purpose: 'Talk about medication', advocateIds: [asha.id] });
    await t.owner.query(`UPDATE appointment SET starts_at = $2, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [id, startsAt]);
    return id;
  }
  const remindersOf = async (appointmentId: string): Promise<{ recipient: string; status: string; send_after: Date; body: string; failure_reason: string | null }[]> =>
    t.owner.query(`SELECT recipient, status, send_after, body, failure_reason FROM outbox_message WHERE appointment_id = $1 AND template = 'reminder' ORDER BY created_at`, [appointmentId]);

  it('should queue her reminder once, her lead time before, and send it in neutral words', async () => {
    await setHerRules({ messageConsent: { reminder: ['email'] }, reminderLeadHours: 24 });
    const now = new Date();
    const startsAt = new Date(now.getTime() + 30 * HOUR);
    const appointment = await appointmentAt(startsAt);

    await reminders.scan(now);
    expect((await remindersOf(appointment)).filter((r) => r.recipient === herAccount.email)).toHaveLength(0); // 6 hours early

    const nearly = new Date(now.getTime() + 5.5 * HOUR);
    await reminders.scan(nearly);
    await reminders.scan(nearly);
    const hers = (await remindersOf(appointment)).filter((r) => r.recipient === herAccount.email);
    expect(hers).toHaveLength(1);
    expect(hers[0].send_after.getTime()).toBe(startsAt.getTime() - 24 * HOUR);

    await d.worker.deliverDue(new Date(startsAt.getTime() - 24 * HOUR + 60_000));
    const arrived = d.mail.messages().filter((m) => m.to.includes(herAccount.email));
    expect(arrived).toHaveLength(1);
    expect(arrived[0].subject).toBe('A reminder');
    expect(arrived[0].text).not.toMatch(/medication|psychiatrist|Clinic|Beside|advocate/i);
  });

  it('should remind the advocates going with her at 9:00 the day before, with a time and a link only', async () => {
    // Hers would be due before 9:00 at some hours of the day, and be delivered in the next test.
    await setHerRules({ messageConsent: {}, reminderLeadHours: null });
    const now = new Date();
    const startsAt = new Date(now.getTime() + 40 * HOUR);
    const appointment = await appointmentAt(startsAt);
    const nine = dayBeforeAtNine(startsAt);
    await reminders.scan(new Date(nine.getTime() - 30 * 60_000));
    const forAsha = (await remindersOf(appointment)).filter((r) => r.recipient === asha.email);
    expect(forAsha).toHaveLength(1);
    expect(forAsha[0].send_after.getTime()).toBe(nine.getTime());
    expect(forAsha[0].body).toContain(`/journeys/${journey}?tab=appointments`);
    expect(forAsha[0].body).not.toMatch(/medication|psychiatrist|Clinic/i);
  });

  it('should withdraw a reminder when the appointment is moved, and queue one for the new time', async () => {
    await setHerRules({ messageConsent: { reminder: ['email'] }, reminderLeadHours: 2 });
    const now = new Date();
    const startsAt = new Date(now.getTime() + 2.5 * HOUR);
    const appointment = await appointmentAt(startsAt);
    await reminders.scan(now);
    expect((await remindersOf(appointment)).filter((r) => r.recipient === herAccount.email)).toHaveLength(1);

    const movedTo = new Date(startsAt.getTime() + 24 * HOUR);
    await t.owner.query(`UPDATE appointment SET starts_at = $2, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [appointment, movedTo]);
    await d.worker.deliverDue(new Date(startsAt.getTime() - 2 * HOUR + 60_000));
    const [old] = await remindersOf(appointment);
    expect(old).toMatchObject({ status: 'withdrawn', failure_reason: 'The appointment was moved or cancelled before the reminder went.' });
    expect(d.mail.messages().filter((m) => m.to.includes(herAccount.email) && m.text.includes('appointment'))).toHaveLength(1); // only the first test's

    await reminders.scan(new Date(movedTo.getTime() - 2.5 * HOUR));
    const hers = (await remindersOf(appointment)).filter((r) => r.recipient === herAccount.email);
    expect(hers.map((r) => r.status)).toEqual(['withdrawn', 'queued']);
  });

  it('should withdraw the reminders of a cancelled appointment', async () => {
    const now = new Date();
    const appointment = await appointmentAt(new Date(now.getTime() + 2.5 * HOUR));
    await reminders.scan(now);
    await t.owner.query(`UPDATE appointment SET status = 'cancelled' WHERE id = $1`, [appointment]);
    await d.worker.deliverDue(new Date(now.getTime() + 1 * HOUR));
    expect((await remindersOf(appointment)).every((r) => r.status === 'withdrawn')).toBe(true);
  });

  it('should queue nothing for her when she has not asked for reminders', async () => {
    await setHerRules({ messageConsent: {}, reminderLeadHours: null });
    const now = new Date();
    const appointment = await appointmentAt(new Date(now.getTime() + 1.5 * HOUR));
    await reminders.scan(now);
    expect((await remindersOf(appointment)).filter((r) => r.recipient === herAccount.email)).toHaveLength(0);
  });
});
