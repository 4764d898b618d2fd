// Appointments in the advocate's journey view, as the first real week found them (issue 13):
// attendance and an outcome only once an appointment has started and never on a cancelled one;
// a double booking caught before anything is saved (the appointment and its accompaniment are
// saved together or not at all, and the warning goes once it is fixed); a double click adds one
// appointment; a closed journey offers no new appointment; her self-advocacy tab fits a 375 px
// phone with readable chart labels. Also her journey's small dead ends: a goal's status in the
// words she reads, her full name corrected by staff, a confirmation when the journey is made
// active, and the two-step page telling staff to ask their admin. axe checks every screen at
// 1280 and 375 px.
import type { Page } from 'playwright-core';
import { type ApiClient, DEMO, signIn } from '../support/api';
import { checkAtBothWidths, chromiumForSuite, NARROW, newPage, WIDE } from '../support/browser';
import { chooseOption, errorSummary } from '../support/pages';
import { givePassword, giveTwoStepCode } from '../support/sign-in';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const checkPage = (page: Page, name: string): Promise<void> => checkAtBothWidths(page, 'appointments', name);

/** An instant as the form's London date and time inputs want it. */
function londonInputs(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** A whole hour some days ahead (or back), away from the other suites' times. */
function at(days: number, hourUtc: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

describe('Appointments: attendance, double booking and closed journeys', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let advocate: ApiClient;
  let advocateId = '';
  let journeyId = '';
  const tag = Date.now().toString(36);
  const name = `Appointments Person ${tag}`;

  async function newJourney(who: string): Promise<string> {
    const res = await advocate.post('/api/journeys', {
      serviceUser: { name: who },
      referralSource: 'self',
      referralDate: new Date().toISOString().slice(0, 10),
      referralReason: 'Wants support at her appointments.',
      primaryAdvocateId: advocateId,
    });
    expect(res.status).toBe(201);
    return res.body.id ?? res.body.journey?.id;
  }

  async function appointment(journey: string, startsAt: Date, role = 'gp', extra: object = {}): Promise<{ id: string; version: number }> {
    const res = await advocate.post(`/api/journeys/${journey}/appointments`, {
      professionalRole: role,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function appointmentsOf(journey: string): Promise<{ professionalRole: string; startsAt: string; accompaniment: unknown }[]> {
    return (await advocate.get(`/api/journeys/${journey}/appointments?limit=100`)).body.items;
  }

  beforeAll(async () => {
    advocate = await signIn(DEMO.advocate);
    const session = (await advocate.get('/api/auth/session')).body;
    advocateId = session?.user?.id ?? session?.id;
    journeyId = await newJourney(name);
    page = await newPage(chromium.browser);
    await givePassword(page, DEMO.advocate);
    await page.waitForURL(/two-factor/);
    // Staff ask their admin, not "your advocate", when they lose their phone.
    await page.getByText("Ask your organisation's admin to reset two-step sign-in for you.").waitFor();
    await expect(page.getByText(/Ask your advocate/).count()).resolves.toBe(0);
    await giveTwoStepCode(page, DEMO.advocate);
    await page.waitForURL(/\/caseload$/);
  });

  async function openAppointments(journey = journeyId): Promise<void> {
    // By its address: a click on the tab while a busy machine is still starting the page can be lost.
    await page.goto(`/journeys/${journey}?tab=appointments`);
    await page.getByRole('heading', { name: 'Upcoming appointments' }).waitFor();
  }

  it('offers attendance only once an appointment has started, and none on a cancelled one', async () => {
    await appointment(journeyId, at(-2, 10), 'gp');
    await appointment(journeyId, at(41, 10), 'psychiatrist');
    await appointment(journeyId, at(42, 10), 'housing');
    await openAppointments();
    const future = page.getByRole('article').filter({ hasText: 'Psychiatrist' });
    await future.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await expect(future.getByRole('button', { name: 'Mark attended' }).count()).resolves.toBe(0);
    await expect(future.getByRole('button', { name: 'Mark missed' }).count()).resolves.toBe(0);
    await expect(future.getByText('Attendance and the outcome can be recorded once the appointment has started.').count()).resolves.toBe(1);
    // Her preparation is for before; the outcome is not offered yet.
    await future.getByRole('button', { name: 'Preparation', exact: true }).click();
    await future.getByLabel('What she wants to say (optional)').waitFor();
    await expect(future.getByLabel('Outcome (optional)').count()).resolves.toBe(0);
    await future.getByRole('button', { name: 'Cancel', exact: true }).click();

    const cancelled = page.getByRole('article').filter({ hasText: 'Housing' });
    await cancelled.getByRole('button', { name: 'Cancel appointment' }).click();
    await cancelled.getByRole('button', { name: 'Back to planned' }).waitFor();
    for (const action of ['Mark attended', 'Mark missed', 'Preparation and outcome', 'Preparation', 'Add accompaniment']) {
      await expect(cancelled.getByRole('button', { name: action, exact: true }).count()).resolves.toBe(0);
    }

    const past = page.getByRole('article').filter({ hasText: 'GP' });
    await past.getByRole('button', { name: 'Mark attended' }).click();
    await past.getByText('Attended', { exact: true }).waitFor();
    await checkPage(page, 'attendance');
  });

  it('catches a double booking before anything is saved, and clears the warning once fixed', async () => {
    // Amara already accompanies another woman then.
    const other = await newJourney(`Other Person ${tag}`);
    const busy = at(60, 13);
    await appointment(other, busy, 'gp', { accompaniment: { advocateIds: [advocateId], supportLevel: 'accompanied' } });
    const before = (await appointmentsOf(journeyId)).length;

    await openAppointments();
    const clash = londonInputs(new Date(busy.getTime() + HOUR / 2));
    await chooseOption(page, 'appt-role', 'Psychotherapist');
    await page.locator('#appt-date').fill(clash.date);
    await page.locator('#appt-start').fill(clash.time);
    await page.locator('#appt-end').fill(londonInputs(new Date(busy.getTime() + 1.5 * HOUR)).time);
    await page.getByRole('button', { name: 'Add appointment' }).click();
    const summary = errorSummary(page);
    await summary.getByText(/is already accompanying another appointment at that time/).waitFor();
    await expect(summary.getByText(/Nothing was saved/).count()).resolves.toBe(1);
    await expect(page.getByText('Appointment added.').count()).resolves.toBe(0);
    expect((await appointmentsOf(journeyId)).length).toBe(before);
    await checkPage(page, 'double-booking');

    // A free time: both are saved, and the warning goes.
    const free = londonInputs(new Date(busy.getTime() + 2 * HOUR));
    await page.locator('#appt-start').fill(free.time);
    await page.locator('#appt-end').fill(londonInputs(new Date(busy.getTime() + 3 * HOUR)).time);
    await page.getByRole('button', { name: 'Add appointment' }).click();
    await page.getByText('Appointment and accompaniment added.').waitFor();
    await expect(page.getByText('There is a problem').count()).resolves.toBe(0);
    await expect(page.getByText(/not your accompaniment/).count()).resolves.toBe(0);
    const saved = (await appointmentsOf(journeyId)).filter((a) => a.professionalRole === 'psychotherapist');
    expect(saved).toEqual([expect.objectContaining({ accompaniment: expect.objectContaining({ supportLevel: 'accompanied' }) })]);
  });

  it('adds one appointment for a quick double click', async () => {
    await openAppointments();
    const when = londonInputs(at(70, 9));
    await chooseOption(page, 'appt-role', 'Social worker');
    await page.locator('#appt-date').fill(when.date);
    await page.locator('#appt-start').fill(when.time);
    await page.locator('#appt-end').fill(londonInputs(at(70, 10)).time);
    await page.getByLabel('I will support her at this appointment (accompaniment)').uncheck();
    await page.getByRole('button', { name: 'Add appointment' }).dblclick();
    await page.getByText('Appointment added.').waitFor();
    await page.waitForLoadState('networkidle');
    expect((await appointmentsOf(journeyId)).filter((a) => a.professionalRole === 'social_worker')).toHaveLength(1);
  });

  it('asks before leaving a half-written appointment', async () => {
    await openAppointments();
    await page.getByLabel('Purpose (optional)').fill('Housing review');
    await page.getByRole('tab', { name: 'Notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('Purpose (optional)').inputValue()).resolves.toBe('Housing review');
    await page.getByRole('tab', { name: 'Notes' }).click();
    await dialog.getByRole('button', { name: 'Leave and lose changes' }).click();
    await page.getByRole('heading', { name: 'Upcoming appointments' }).waitFor({ state: 'detached' });
  });

  it('shows her road to self-advocacy on a phone without a clipped table or tiny labels', async () => {
    const levels = ['advocate_led', 'accompanied', 'prepared', 'independent', 'independent'];
    for (const [i, level] of levels.entries()) {
      const a = await appointment(journeyId, at(-30 + i * 5, 8), i % 2 ? 'psychotherapist' : 'community_mental_health_team', {
        accompaniment: { advocateIds: [advocateId], supportLevel: level },
      });
      expect((await advocate.patch(`/api/appointments/${a.id}`, { version: a.version, status: 'attended' })).status).toBe(200);
    }
    await page.setViewportSize(NARROW);
    // The tab's own address: on a phone the tab bar scrolls, and that is another test's subject.
    await page.goto(`/journeys/${journeyId}?tab=self-advocacy`);
    const table = page.getByRole('table', { name: 'Support level by appointment' });
    await table.waitFor();
    // Every cell is on screen, "Accompanied" included: nothing is clipped or hidden off to the side.
    await table.getByRole('cell', { name: 'Accompanied' }).waitFor();
    const offScreen = await table.locator('th, td').evaluateAll((cells) =>
      cells.filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth || c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
    );
    expect(offScreen).toEqual([]);
    // Chart labels are drawn at 12 px or more on the phone's screen.
    const smallest = await page.locator('.bs-trend__label').evaluateAll((labels) => Math.min(...labels.map((l) => l.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(12);
    await checkPage(page, 'self-advocacy');
  });

  it('offers no new appointment on a closed journey', async () => {
    const closed = await newJourney(`Closed Person ${tag}`);
    const res = await advocate.post(`/api/journeys/${closed}/status`, { status: 'closed', version: 1, outcome: 'moved_on', reason: 'She moved away.' });
    expect(res.status).toBe(200);
    await page.setViewportSize(WIDE);
    await page.goto(`/journeys/${closed}?tab=appointments`);
    await page.getByText('This journey is closed: reopen it from the overview to add appointments.').waitFor();
    await expect(page.getByRole('heading', { name: 'Add an appointment' }).count()).resolves.toBe(0);
    await checkPage(page, 'closed-journey');
  });

  it('shows a goal\'s status in the words she reads, corrects her full name, and confirms making the journey active', async () => {
    const journey = await newJourney(`Naem Mispelt ${tag}`);
    expect((await advocate.post(`/api/journeys/${journey}/goals`, { words: 'Find a dentist', category: 'health', targetDate: null })).status).toBe(201);
    await page.setViewportSize(WIDE);
    await page.goto(`/journeys/${journey}`);
    await page.getByRole('heading', { level: 1, name: `Naem Mispelt ${tag}` }).waitFor();

    await page.getByRole('button', { name: 'Start the journey (make active)' }).click();
    await page.getByRole('status').filter({ hasText: 'The journey is now active.' }).waitFor();

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Full name').fill(`Name Misspelt ${tag}`);
    await checkPage(page, 'edit-her-name');
    await page.getByRole('button', { name: 'Save her details' }).click();
    await page.getByText('Her details have been saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Name Misspelt ${tag}` }).waitFor();

    await page.getByRole('tab', { name: 'Plan' }).click();
    const goal = page.getByRole('article').filter({ hasText: 'Find a dentist' });
    await goal.getByText('Not started').first().waitFor();
    await expect(goal.getByText('Open', { exact: true }).count()).resolves.toBe(0);
  });
});
