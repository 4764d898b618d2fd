import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { createJourney, createServiceUser, createUser, newSession, sessionFor, type SignedIn } from '../../../testing/fixtures';
import { journeyTeam } from '../../../testing/journey-team';
import { SafetyReminderJob } from './safety-reminder.job';

const today = () => londonToday();
/** London's date `n` days from today (date arithmetic at noon UTC: no clock change moves it). */
const inDays = (n: number) => new Date(Date.parse(`${today()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The managers' safety overview and the reminders, over rows written directly (the assessment, plan, referral and
 * sharing routes have their own suites): the figures are those of the records, and only managers read them.
 */
describe('safety overview and reminders', () => {
  const t = useTestApp(async (t) => {
    const team = await journeyTeam(t);
    const manager = await newSession(t, team.org, 'manager');
    const admin = await newSession(t, team.org, 'admin');
    const actionOwner = await createUser(t, team.org, 'advocate', { name: 'Bea Owner' });
    const ownerSession = await sessionFor(t, actionOwner);
    const closedHer = await createServiceUser(t, team.org);
    const closedJourney = await createJourney(t, team.org, closedHer, team.asha.id, { status: 'closed' });
    return { ...team, manager, admin, actionOwner, ownerSession, closedJourney };
  });

  const assessment = (journeyId: string, level: string, score: number, assessedOn: string) =>
    t.owner.query(
      `INSERT INTO risk_assessment (organisation_id, journey_id, checklist_key, checklist_version, checklist, answers, score, level, marac_recommended, assessed_on, created_by)
       VALUES ($1, $2, 'beside_domestic_abuse', 1, '{}', '{}', $3, $4, $5, $6, $7) RETURNING id`,
      [t.org, journeyId, score, level, level === 'high', assessedOn, t.asha.id],
    );
  const sharing = async (withConsent: boolean) =>
    (
      await t.owner.query(
        `INSERT INTO sharing_decision (organisation_id, journey_id, what, shared_with, shared_on, lawful_basis, with_consent, reasoning, decided_by, shown_to_her)
         VALUES ($1, $2, 'Her risk assessment', 'Riverside MARAC coordinator', $3, $4, $5, $6, $7, true) RETURNING id`,
        [t.org, t.journey, today(), withConsent ? 'explicit_consent' : 'safeguarding', withConsent, withConsent ? null : 'Risk of serious harm', t.asha.id],
      )
    )[0].id as string;

  it('should show managers who is at high risk now and what waits for someone, naming the women, and refuse everyone else', async () => {
    // Her latest assessment is high (an older one was medium); the closed journey's high one no longer counts.
    await assessment(t.journey, 'medium', 9, inDays(-40));
    await assessment(t.journey, 'high', 21, inDays(-2));
    await assessment(t.closedJourney, 'high', 25, inDays(-60));
    const decision = await sharing(false);
    await sharing(true);
    const [referral] = await t.owner.query(
      `INSERT INTO multi_agency_referral (organisation_id, journey_id, agency_key, agency_name, outcome_status, status, sent_to, sent_on, next_meeting_on, form, sharing_decision_id, created_by, updated_by)
       VALUES ($1, $2, 'marac', 'MARAC', 'discussed', 'sent', 'Riverside MARAC coordinator', $3, $4, '{}', $5, $6, $6) RETURNING id`,
      [t.org, t.journey, inDays(-1), inDays(5), decision, t.asha.id],
    );
    await t.owner.query(
      `INSERT INTO referral_action (organisation_id, referral_id, description, owner_id, due_on, created_by) VALUES ($1, $2, 'Check the refuge place', $3, $4, $5), ($1, $2, 'Later', $3, $6, $5)`,
      [t.org, referral.id, t.actionOwner.id, inDays(-1), t.asha.id, inDays(30)],
    );
    await t.owner.query(
      `INSERT INTO safety_plan (organisation_id, journey_id, review_on, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [t.org, t.journey, inDays(-3), t.asha.id],
    );

    const res = await t.manager.get('/api/safety/overview').expect(200);
    const o = res.body;
    expect(o.highRisk).toMatchObject({ count: 1, women: [{ journeyId: t.journey, score: 21, assessedOn: inDays(-2) }] });
    expect(o.referralsAwaiting).toMatchObject({ acknowledgement: 1, outcome: 0, referrals: [{ id: referral.id, agencyName: 'MARAC', status: 'sent', nextMeetingOn: inDays(5) }] });
    expect(o.actionsDue).toEqual([expect.objectContaining({ description: 'Check the refuge place', ownerName: 'Bea Owner', overdue: true, dueOn: inDays(-1) })]);
    expect(o.meetingsSoon).toEqual([{ referralId: referral.id, journeyId: t.journey, agencyName: 'MARAC', nextMeetingOn: inDays(5) }]);
    expect(o.safetyPlansPastReview).toEqual([expect.objectContaining({ journeyId: t.journey, reviewOn: inDays(-3) })]);
    expect(o.sharingAwaitingReview.map((s: { id: string }) => s.id)).toEqual([decision]);
    expect(o.hiddenAssessmentsToReview).toEqual([]);
    const [event] = await t.owner.query(`SELECT action, detail FROM audit_event WHERE request_id = $1`, [res.headers['x-request-id']]);
    expect(event).toMatchObject({ action: 'safety.overview_read', detail: { journeyIds: [t.journey] } });

    for (const who of [t.advocate, t.admin] as SignedIn[]) expect((await who.get('/api/safety/overview')).status).toBe(403);
    expect((await t.otherOrgManager.get('/api/safety/overview').expect(200)).body.highRisk.count).toBe(0);

    // The reminders: the owner of the action due, her advocate of the meeting and the review — once each, naming no one.
    const job = t.app.get(SafetyReminderJob);
    expect(await job.run(new Date())).toMatchObject({ organisations: 1, told: 3 });
    expect(await job.run(new Date())).toMatchObject({ told: 0 });
    const kinds = async (who: SignedIn) => ((await who.get('/api/notifications').expect(200)).body.items as { kind: string; text: string; link: string }[]).filter((n) => n.kind.startsWith('safety.'));
    expect(await kinds(t.ownerSession)).toEqual([expect.objectContaining({ kind: 'safety.action_due', link: `/journeys/${t.journey}?tab=safety` })]);
    const hers = await kinds(t.advocate);
    expect(hers.map((n) => n.kind).sort()).toEqual(['safety.meeting_soon', 'safety.plan_review_due']);
    for (const n of hers) expect(n.text).not.toMatch(/refuge|MARAC coordinator|Riverside/);
    // A meeting moved to another date is told about again.
    await t.owner.query(`UPDATE multi_agency_referral SET next_meeting_on = $2 WHERE id = $1`, [referral.id, inDays(6)]);
    expect(await job.run(new Date())).toMatchObject({ told: 1 });
  });

  it("should count the month's safety work in the monthly report as breakdowns, small numbers suppressed", async () => {
    const month = today().slice(0, 7);
    for (let i = 0; i < 5; i++) await assessment(t.journey, 'standard', 2, `${month}-01`);
    const rows = (await t.manager.get(`/api/reports/monthly?month=${month}`).expect(200)).body.rows.filter((r: { section: string }) => r.section === 'safety');
    const value = (label: string) => rows.find((r: { label: string }) => r.label === label)?.value;
    expect(value('Risk assessments: Standard')).toBeGreaterThanOrEqual(5);
    expect(value('Referrals sent: Other agencies')).toBe(0);
    expect(rows.map((r: { label: string }) => r.label)).toEqual([
      'Risk assessments: Standard',
      'Risk assessments: Medium',
      'Risk assessments: High',
      'Referrals sent: MARAC',
      'Referrals sent: Adult safeguarding (Care Act section 42)',
      'Referrals sent: Police',
      "Referrals sent: Children's services",
      'Referrals sent: Other agencies',
      'Information shared: with her consent',
      'Information shared: without her consent',
    ]);
    for (const r of rows) expect(r.value === '<5' || r.value === 0 || r.value >= 5).toBe(true);
  });
});
