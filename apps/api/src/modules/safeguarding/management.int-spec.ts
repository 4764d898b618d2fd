import { Clock } from '../../common/clock';
import { useTestApp } from '../../testing/test-app';
import {
  auditEventsFor,
  countRows,
  createAppointment,
  createGoal,
  createJourney,
  createOrganisation,
  createServiceUser,
  createUser,
  newSessions,
} from '../../testing/fixtures';
import type { Dashboard, MonthlyReport } from '@beside/shared/contracts';

describe('management: allocation, dashboard and the monthly report', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Management Org');
    const [asManager, asAmara, asBea] = await newSessions(t, org, ['manager', 'advocate', 'advocate']);
    const [manager, amara, bea] = [asManager.user, asAmara.user, asBea.user];
    const su = await createServiceUser(t, org);
    const journeyId = await createJourney(t, org, su, amara.id);
    await createJourney(t, org, await createServiceUser(t, org), amara.id, { secondaryAdvocateId: bea.id });
    await createJourney(t, org, await createServiceUser(t, org), bea.id, { status: 'closed' });
    await asAmara.post('/api/concerns').send({ journeyId, category: 'neglect', severity: 'immediate', description: 'No food in the house' }).expect(201);
    await asAmara.post('/api/concerns').send({ journeyId, category: 'other', severity: 'low', description: 'Minor' }).expect(201);
    return { org, manager, amara, bea, asManager, asAmara, asBea, journeyId };
  });
  afterEach(() => jest.restoreAllMocks());

  describe('allocation', () => {
    it("should show each active advocate's load, computed over the organisation", async () => {
      const { body } = await t.asManager.get('/api/allocation').expect(200);
      const amaraRow = body.find((r: { advocate: { id: string } }) => r.advocate.id === t.amara.id);
      const beaRow = body.find((r: { advocate: { id: string } }) => r.advocate.id === t.bea.id);
      expect(amaraRow).toMatchObject({ activeJourneys: 2, highSeverityOpenConcerns: 1 });
      expect(beaRow).toMatchObject({ activeJourneys: 1, highSeverityOpenConcerns: 0 });
      await t.asAmara.get('/api/allocation').expect(403);
    });

    it('should count only active journeys as active, not referred or closing ones', async () => {
      const carol = await createUser(t, t.org, 'advocate');
      for (const status of ['referred', 'active', 'closing']) await createJourney(t, t.org, await createServiceUser(t, t.org), carol.id, { status });
      const { body } = await t.asManager.get('/api/allocation').expect(200);
      expect(body.find((r: { advocate: { id: string } }) => r.advocate.id === carol.id)).toMatchObject({ activeJourneys: 1 });
    });

    it("should list one advocate's journeys on the caseload, as primary or second advocate, for a manager choosing one to reassign", async () => {
      const ids = (body: { items: { id: string; primaryAdvocateName: string }[] }) => body.items.map((i) => i.id).sort();
      const { body: all } = await t.asManager.get('/api/journeys').expect(200);
      const { body: beas } = await t.asManager.get(`/api/journeys?advocateId=${t.bea.id}`).expect(200);
      // Bea is primary on the closed one and second on one of Amara's.
      expect(beas.items).toHaveLength(2);
      expect(beas.items.map((i: { status: string }) => i.status).sort()).toEqual(['active', 'closed']);
      expect(all.items.length).toBeGreaterThan(beas.items.length);
      const { body: amaras } = await t.asManager.get(`/api/journeys?advocateId=${t.amara.id}`).expect(200);
      expect(amaras.items).toHaveLength(2);
      const [{ display_name: amaraName }] = await t.owner.query(`SELECT display_name FROM user_account WHERE id = $1`, [t.amara.id]);
      expect(amaras.items.map((i: { primaryAdvocateName: string }) => i.primaryAdvocateName)).toEqual([amaraName, amaraName]);
      // With the other filters, and sorted by next appointment (a different query), it still applies.
      await t.asManager.get(`/api/journeys?advocateId=${t.bea.id}&status=active`).expect(200).expect(({ body }) => expect(body.items).toHaveLength(1));
      // Each sort is its own query: the filter holds in every one.
      for (const sort of ['name', 'next_appointment']) {
        const { body: sorted } = await t.asManager.get(`/api/journeys?advocateId=${t.bea.id}&sort=${sort}`).expect(200);
        expect(ids(sorted)).toEqual(ids(beas));
      }
      await t.asManager.get(`/api/journeys?advocateId=${t.manager.id}`).expect(200).expect(({ body }) => expect(body.items).toEqual([]));
      // An advocate still sees only her own caseload, whoever she names.
      const { body: amaraAsksForBea } = await t.asAmara.get(`/api/journeys?advocateId=${t.bea.id}`).expect(200);
      expect(amaraAsksForBea.items).toHaveLength(1);

      const before = await countRows(t, 'audit_event');
      const bad = await t.asManager.get('/api/journeys?advocateId=not-a-uuid').expect(400);
      expect(JSON.stringify(bad.body)).toContain('advocateId must be a UUID');
      expect(await countRows(t, 'audit_event')).toBe(before);
    });

    it('should reassign a journey with a reason, audit it, tell both advocates, and move access at once', async () => {
      const { body: before } = await t.asManager.get(`/api/journeys/${t.journeyId}`).expect(200);
      await t.asManager.post(`/api/journeys/${t.journeyId}/advocates`).send({ primaryAdvocateId: t.bea.id, secondaryAdvocateId: null, reason: ' ', version: before.version }).expect(400);
      await t.asManager.post(`/api/journeys/${t.journeyId}/advocates`).send({ primaryAdvocateId: t.manager.id, secondaryAdvocateId: null, reason: 'Leave', version: before.version }).expect(400);
      await t.asManager.post(`/api/journeys/${t.journeyId}/advocates`).send({ primaryAdvocateId: t.bea.id, secondaryAdvocateId: t.bea.id, reason: 'Leave', version: before.version }).expect(400);
      const stale = await t.asManager.post(`/api/journeys/${t.journeyId}/advocates`).send({ primaryAdvocateId: t.bea.id, secondaryAdvocateId: null, reason: 'Leave', version: before.version + 5 }).expect(409);
      expect(stale.body.current.id).toBe(t.journeyId);

      const res = await t.asManager
        .post(`/api/journeys/${t.journeyId}/advocates`)
        .send({ primaryAdvocateId: t.bea.id, secondaryAdvocateId: null, reason: 'Amara is on leave for a month', version: before.version })
        .expect(200);
      expect(res.body).toMatchObject({ id: t.journeyId, version: before.version + 1 });
      const [event] = await auditEventsFor(t, res);
      expect(event).toMatchObject({ action: 'journey.reassigned', entity_id: t.journeyId });
      expect(event.detail).toMatchObject({ from: { primaryAdvocateId: t.amara.id }, to: { primaryAdvocateId: t.bea.id, secondaryAdvocateId: null } });
      const [{ reason }] = await t.owner.query(`SELECT reason FROM audit_event WHERE request_id = $1`, [res.headers['x-request-id']]);
      expect(reason).toBe('Amara is on leave for a month');

      const toAmara = (await t.asAmara.get('/api/notifications').expect(200)).body.items[0];
      const toBea = (await t.asBea.get('/api/notifications').expect(200)).body.items[0];
      expect(toAmara).toMatchObject({ kind: 'journey.reassigned', link: '/caseload' });
      expect(toBea).toMatchObject({ kind: 'journey.reassigned', link: `/journeys/${t.journeyId}` });
      await t.asAmara.get(`/api/journeys/${t.journeyId}`).expect(404);
      await t.asBea.get(`/api/journeys/${t.journeyId}`).expect(200);
      await t.asBea.post(`/api/journeys/${t.journeyId}/advocates`).send({ primaryAdvocateId: t.bea.id, secondaryAdvocateId: null, reason: 'Mine', version: 1 }).expect(403);
    });
  });

  describe('dashboard', () => {
    it('should compute every figure in SQL over the whole organisation', async () => {
      const clock = t.app.get(Clock);
      const goalId = await createGoal(t, t.journeyId);
      await t.owner.query(`UPDATE goal SET status = 'achieved' WHERE id = $1`, [goalId]);
      const attended = await createAppointment(t, t.journeyId, { inDays: -3, advocateIds: [t.bea.id], supportLevel: 'independent' });
      const missed = await createAppointment(t, t.journeyId, { inDays: -4, advocateIds: [t.bea.id], supportLevel: 'advocate_led' });
      await createAppointment(t, t.journeyId, { inDays: -5, advocateIds: [t.bea.id], supportLevel: 'prepared' });
      await t.owner.query(`UPDATE appointment SET status = 'attended' WHERE id = $1`, [attended]);
      await t.owner.query(`UPDATE appointment SET status = 'missed' WHERE id = $1`, [missed]);
      await t.owner.query(`INSERT INTO break_glass_access (organisation_id, journey_id, user_id, reason_category, reason, expires_at) VALUES ($1, $2, $3, 'immediate_risk', 'Crisis call tonight', now() + interval '8 hours')`, [t.org, t.journeyId, t.amara.id]);

      const res = await t.asManager.get('/api/dashboard').expect(200);
      const d = res.body as Dashboard;
      expect(d.openConcernsBySeverity.map((r) => r.severity)).toEqual(['immediate', 'high', 'medium', 'low']);
      expect(d.openConcernsBySeverity.find((r) => r.severity === 'immediate')).toMatchObject({ total: 1, underOneDay: 1 });
      expect(d.overdueTriage.count).toBe(0);
      expect(d.breakGlassAwaitingReview).toBe(1);
      expect(d.attendance).toEqual({ attended: 1, missed: 1, rate: 0.5 });
      expect(d.accompanimentsBySupportLevel).toHaveLength(12);
      const months = d.accompanimentsBySupportLevel.filter((m) => Object.values(m.counts).some((n) => n > 0));
      const total = months.reduce((sum, m) => sum + m.counts.independent + m.counts.prepared + m.counts.advocate_led + m.counts.accompanied, 0);
      // Only the attended appointment's support counts: the missed and the still-planned ones gave none.
      expect(total).toBe(1);
      const trend = d.selfAdvocacyTrend.filter((p) => p.accompaniments > 0);
      expect(trend.reduce((s, p) => s + p.independentOrPrepared, 0)).toBe(1);
      expect(d.goalsAchieved.total).toBe(1);
      expect(d.goalsAchieved.byMonth.reduce((s, m) => s + m.count, 0)).toBe(1);
      expect(d.caseloads.find((c) => c.advocate.id === t.bea.id)?.activeJourneys).toBe(2);
      expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'dashboard.read' })]);

      // Two days after the immediate concern was raised, it is overdue and older than a day.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 2 * 24 * 3600 * 1000));
      const later = (await t.asManager.get('/api/dashboard').expect(200)).body as Dashboard;
      expect(later.overdueTriage.count).toBe(1); // the immediate one (1 hour); the low one has 7 days
      expect(later.overdueTriage.concerns[0]).toMatchObject({ severity: 'immediate', overdue: true });
      expect(later.openConcernsBySeverity.find((r) => r.severity === 'immediate')).toMatchObject({ underOneDay: 0, oneToSevenDays: 1 });
      await t.asAmara.get('/api/dashboard').expect(403);
    });
  });

  describe('monthly report', () => {
    const month = new Date().toISOString().slice(0, 7);

    it('should show aggregates only, with every count from 1 to 4 as "<5"', async () => {
      // Six more referrals this month, on top of the three above.
      for (let i = 0; i < 6; i++) {
        const su = await createServiceUser(t, t.org);
        const j = await createJourney(t, t.org, su, t.bea.id);
        await t.owner.query(`UPDATE journey SET referral_source = 'gp' WHERE id = $1`, [j]);
      }
      const res = await t.asManager.get(`/api/reports/monthly?month=${month}`).expect(200);
      const report = res.body as MonthlyReport;
      const value = (label: string) => report.rows.find((r) => r.label === label)?.value;
      expect(report.month).toBe(month);
      const [{ referrals }] = await t.owner.query(`SELECT count(*)::int AS referrals FROM journey WHERE to_char(referral_date, 'YYYY-MM') = $1`, [month]);
      expect(referrals).toBeGreaterThanOrEqual(6);
      expect(value('Referrals received')).toBe(referrals);
      expect(value('Raised: Neglect')).toBe('<5');
      expect(value('Raised: Exploitation')).toBe(0);
      expect(report.rows.some((r) => r.label.startsWith('Referred by'))).toBe(false);
      const numbers = report.rows.map((r) => r.value).filter((v): v is number => typeof v === 'number');
      expect(numbers.every((n) => n === 0 || n >= 5)).toBe(true);
      expect(JSON.stringify(report)).not.toMatch(/No food|Minor|Crisis/);
      expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'report.read', entity_type: 'monthly_report' })]);
    });

    it('should not count attendance dated in the future (rows from before the API refused it)', async () => {
      const attended = async () => {
        const { body } = await t.asManager.get(`/api/reports/monthly?month=${month}`).expect(200);
        return (body as MonthlyReport).rows.find((r) => r.label === 'Appointments attended')?.value;
      };
      const before = await attended();
      for (let i = 0; i < 5; i++) {
        await t.owner.query(
          `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, status)
           SELECT organisation_id, id, service_user_id, 'gp', now() + interval '1 minute', now() + interval '1 hour', 'attended' FROM journey WHERE id = $1`,
          [t.journeyId],
        );
      }
      expect(await attended()).toEqual(before);
    });

    it('should count support levels only for appointments that took place', async () => {
      const supported = async () => {
        const { body } = await t.asManager.get(`/api/reports/monthly?month=${month}`).expect(200);
        return (body as MonthlyReport).rows.filter((r) => r.section === 'accompaniments').map((r) => r.value);
      };
      const before = await supported();
      for (const status of ['planned', 'missed', 'cancelled']) {
        for (let i = 0; i < 5; i++) {
          const [{ id }] = await t.owner.query(
            `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, status)
             SELECT organisation_id, id, service_user_id, 'gp', now() - interval '2 hours', now() - interval '1 hour', $2 FROM journey WHERE id = $1 RETURNING id`,
            [t.journeyId, status],
          );
          await t.owner.query(
            `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level) SELECT organisation_id, id, journey_id, 'independent' FROM appointment WHERE id = $1`,
            [id],
          );
        }
      }
      expect(await supported()).toEqual(before);
    });

    it('should give the same report as CSV, audited as an export', async () => {
      const res = await t.asManager.get(`/api/reports/monthly.csv?month=${month}`).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.headers['content-disposition']).toContain(`beside-monthly-report-${month}.csv`);
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe('month,section,measure,value');
      expect(lines.find((l) => l.startsWith(`${month},referrals,"Referrals received",`))).toMatch(/,\d+$/);
      expect(lines).toContain(`${month},concerns,"Raised: Neglect",<5`);
      expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'report.exported' })]);
    });

    it('should refuse a malformed or future month with a clear message, and write nothing', async () => {
      const events = await countRows(t, 'audit_event');
      for (const [m, message] of [['2026-13', /"month: Enter a month as year and month/], ['next', /for example 2026-02/], ['2999-01', /"month: Choose this month or an earlier one/], ['1999-12', /"month: Choose January 2000/]] as const) {
        const res = await t.asManager.get(`/api/reports/monthly?month=${m}`).expect(400);
        expect(JSON.stringify(res.body.message)).toMatch(message);
      }
      expect(await countRows(t, 'audit_event')).toBe(events);
    });
  });
});
