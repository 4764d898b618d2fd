import { beforeAllTests } from '../../../testing/before-all-tests';
import { createAppointment, createJourney, createServiceUser, createUser } from '../../../testing/fixtures';
import { ALWAYS_SAFE as ALWAYS, deliveryTestApp } from '../../../testing/message-delivery';
import { AppointmentReminders, dayBeforeAtNine } from './appointment-reminders';

const HOUR = 3_600_000;

describe('appointment reminders', () => {
  const d = beforeAllTests(() => deliveryTestApp(), async (d) => {
    const { t } = d;
    const reminders = t.app.get(AppointmentReminders);
    const asha = await createUser(t, d.org, 'advocate');
    const herAccount = await createUser(t, d.org, 'service_user');
    const her = await createServiceUser(t, d.org, { accountId: herAccount.id });
    const journey = await createJourney(t, d.org, her, asha.id);
    return { reminders, asha, herAccount, her, journey };
  });

  const setHerRules = (rules: Record<string, unknown>) =>
    d.t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [d.her, JSON.stringify({ channels: ['email'], safeWindows: ALWAYS, ...rules })]);
  async function appointmentAt(startsAt: Date): Promise<string> {
    const id = await createAppointment(d.t, d.journey, { purpose: 'Talk about medication', advocateIds: [d.asha.id] });
    await d.t.owner.query(`UPDATE appointment SET starts_at = $2, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [id, startsAt]);
    return id;
  }
  /** An appointment `hours` from now, with that "now" and when it starts. */
  async function appointmentIn(hours: number): Promise<{ now: Date; startsAt: Date; appointment: string }> {
    const now = new Date();
    const startsAt = new Date(now.getTime() + hours * HOUR);
    return { now, startsAt, appointment: await appointmentAt(startsAt) };
  }
  const remindersOf = async (appointmentId: string): Promise<{ recipient: string; status: string; send_after: Date; body: string; failure_reason: string | null }[]> =>
    d.t.owner.query(`SELECT recipient, status, send_after, body, failure_reason FROM outbox_message WHERE appointment_id = $1 AND template = 'reminder' ORDER BY created_at`, [appointmentId]);
  const hersOf = async (appointmentId: string) => (await remindersOf(appointmentId)).filter((r) => r.recipient === d.herAccount.email);

  it('should queue her reminder once, her lead time before, and send it in neutral words', async () => {
    await setHerRules({ messageConsent: { reminder: ['email'] }, reminderLeadHours: 24 });
    const { now, startsAt, appointment } = await appointmentIn(30);

    await d.reminders.scan(now);
    expect(await hersOf(appointment)).toHaveLength(0); // 6 hours early

    const nearly = new Date(now.getTime() + 5.5 * HOUR);
    await d.reminders.scan(nearly);
    await d.reminders.scan(nearly);
    const hers = await hersOf(appointment);
    expect(hers).toHaveLength(1);
    expect(hers[0].send_after.getTime()).toBe(startsAt.getTime() - 24 * HOUR);

    await d.worker.deliverDue(new Date(startsAt.getTime() - 24 * HOUR + 60_000));
    const arrived = d.mail.messages().filter((m) => m.to.includes(d.herAccount.email));
    expect(arrived).toHaveLength(1);
    expect(arrived[0].subject).toBe('A reminder');
    expect(arrived[0].text).not.toMatch(/medication|psychiatrist|Clinic|Beside|advocate/i);
  });

  it('should remind the advocates going with her at 9:00 the day before, with a time and a link only', async () => {
    // Hers would be due before 9:00 at some hours of the day, and be delivered in the next test.
    await setHerRules({ messageConsent: {}, reminderLeadHours: null });
    const { startsAt, appointment } = await appointmentIn(40);
    const nine = dayBeforeAtNine(startsAt);
    await d.reminders.scan(new Date(nine.getTime() - 30 * 60_000));
    const forAsha = (await remindersOf(appointment)).filter((r) => r.recipient === d.asha.email);
    expect(forAsha).toHaveLength(1);
    expect(forAsha[0].send_after.getTime()).toBe(nine.getTime());
    expect(forAsha[0].body).toContain(`/journeys/${d.journey}?tab=appointments`);
    expect(forAsha[0].body).not.toMatch(/medication|psychiatrist|Clinic/i);
  });

  it('should withdraw a reminder when the appointment is moved, and queue one for the new time', async () => {
    await setHerRules({ messageConsent: { reminder: ['email'] }, reminderLeadHours: 2 });
    const { now, startsAt, appointment } = await appointmentIn(2.5);
    await d.reminders.scan(now);
    expect(await hersOf(appointment)).toHaveLength(1);

    const movedTo = new Date(startsAt.getTime() + 24 * HOUR);
    await d.t.owner.query(`UPDATE appointment SET starts_at = $2, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [appointment, movedTo]);
    await d.worker.deliverDue(new Date(startsAt.getTime() - 2 * HOUR + 60_000));
    const [old] = await remindersOf(appointment);
    expect(old).toMatchObject({ status: 'withdrawn', failure_reason: 'The appointment was moved or cancelled before the reminder went.' });
    expect(d.mail.messages().filter((m) => m.to.includes(d.herAccount.email) && m.text.includes('appointment'))).toHaveLength(1); // only the first test's

    await d.reminders.scan(new Date(movedTo.getTime() - 2.5 * HOUR));
    const hers = await hersOf(appointment);
    expect(hers.map((r) => r.status)).toEqual(['withdrawn', 'queued']);
  });

  it('should withdraw the reminders of a cancelled appointment', async () => {
    const { now, appointment } = await appointmentIn(2.5);
    await d.reminders.scan(now);
    await d.t.owner.query(`UPDATE appointment SET status = 'cancelled' WHERE id = $1`, [appointment]);
    await d.worker.deliverDue(new Date(now.getTime() + 1 * HOUR));
    expect((await remindersOf(appointment)).every((r) => r.status === 'withdrawn')).toBe(true);
  });

  it('should queue nothing for her when she has not asked for reminders', async () => {
    await setHerRules({ messageConsent: {}, reminderLeadHours: null });
    const { now, appointment } = await appointmentIn(1.5);
    await d.reminders.scan(now);
    expect(await hersOf(appointment)).toHaveLength(0);
  });
});
