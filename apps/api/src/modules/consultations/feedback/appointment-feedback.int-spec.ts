import { randomUUID } from 'node:crypto';
import { NO_CONTEXT, UnitOfWork, type DbContext } from '../../../database/unit-of-work';
import { auditEventsFor, countRows, createAppointment, createJourney, createOrganisation, createUser, sessionFor } from '../../../testing/fixtures';
import { useTestApp } from '../../../testing/test-app';
import { JobRunner } from '../../jobs';
import { day, woman, type Woman } from '../consultations.testing';

const thisMonth = () => day(0).slice(0, 7);

describe('feedback after accompanied appointments (issue 18): once, anonymous, monthly figures with suppression', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Feedback organisation');
    const otherOrg = await createOrganisation(t, 'Other organisation');
    const advocate = await createUser(t, org, 'advocate');
    const managerAccount = await createUser(t, org, 'manager');
    const women: (Woman & { invitationAppointment: string })[] = [];
    for (let i = 0; i < 6; i++) {
      const w = await woman(t, org);
      const journeyId = await createJourney(t, org, w.serviceUserId, advocate.id);
      const appointment = await createAppointment(t, journeyId, { inDays: -3, advocateIds: [advocate.id], supportLevel: 'accompanied' });
      await t.owner.query(`UPDATE appointment SET status = 'attended' WHERE id = $1`, [appointment]);
      women.push({ ...w, invitationAppointment: appointment });
    }
    // Her other appointments ask for nothing: one she went to alone, one long ago, one not yet held.
    const [first] = women;
    const journeyId: string = (await t.owner.query(`SELECT id FROM journey WHERE service_user_id = $1`, [first.serviceUserId]))[0].id;
    for (const opts of [{ inDays: -5, supportLevel: 'prepared' }, { inDays: -70, supportLevel: 'accompanied' }, { inDays: 4, supportLevel: 'accompanied' }]) {
      const id = await createAppointment(t, journeyId, { ...opts, advocateIds: [advocate.id] });
      if (opts.inDays < 0) await t.owner.query(`UPDATE appointment SET status = 'attended' WHERE id = $1`, [id]);
    }
    const contexts: Record<string, DbContext> = {
      service_user: { organisationId: org, userId: first.accountId, role: 'service_user' },
      advocate: { organisationId: org, userId: advocate.id, role: 'advocate' },
      manager: { organisationId: org, userId: managerAccount.id, role: 'manager' },
      panel_member: { organisationId: org, userId: (await createUser(t, org, 'panel_member')).id, role: 'panel_member' },
    };
    return {
      uow: t.app.get(UnitOfWork),
      women,
      manager: await sessionFor(t, managerAccount),
      otherManager: await sessionFor(t, await createUser(t, otherOrg, 'manager')),
      contexts,
      invitations: new Map<string, string>(),
    };
  });

  const pooled = async () => ((await t.owner.query(`SELECT count(*)::int AS n FROM appointment_feedback_pool`)) as { n: number }[])[0].n;

  it('lists her accompanied appointments of the last 60 days still waiting for her feedback, once each', async () => {
    const [first] = t.women;
    const res = await first.client.get('/api/my/appointment-feedback').expect(200);
    expect(res.body).toEqual([{ id: expect.any(String), appointmentOn: day(-3), professionalRole: 'psychiatrist', professionalOrganisation: null }]);
    await first.client.get('/api/my/appointment-feedback').expect(200);
    // Reading writes nothing: the one-time record is made by her answer.
    expect(await countRows(t, 'appointment_feedback_invitation')).toBe(0);
    expect(res.body[0].id).toBe(first.invitationAppointment);
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'appointment_feedback.list', subject_id: first.serviceUserId, detail: { count: 1 } });
    for (const w of t.women) t.invitations.set(w.serviceUserId, (await w.client.get('/api/my/appointment-feedback').expect(200)).body[0].id);
  });

  it('refuses bad feedback, naming the problem, with nothing stored; not hers is a 404', async () => {
    const [first, second] = t.women;
    const id = t.invitations.get(first.serviceUserId);
    for (const [answers, words] of [
      [{ raiseConcerns: 'agree', feelings: 'agree' }, 'feelings is not a statement'],
      [{ raiseConcerns: 'very much' }, 'answers.raiseConcerns must be one of'],
      [{}, 'at least one statement'],
      ['agree', 'answers must name each statement'],
    ] as [object, string][]) {
      const res = await first.client.post(`/api/my/appointment-feedback/${id}`).send({ answers });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    await second.client.post(`/api/my/appointment-feedback/${id}`).send({ answers: { raiseConcerns: 'agree' } }).expect(404);
    await first.client.post(`/api/my/appointment-feedback/${randomUUID()}`).send({ answers: { raiseConcerns: 'agree' } }).expect(404);
    expect(await pooled()).toBe(0);
    expect(await t.owner.query(`SELECT count(*)::int AS n FROM appointment_feedback_invitation WHERE answered`)).toEqual([{ n: 0 }]);
  });

  it('takes her feedback once into a pool no one reads; the audit event names her, never her answer', async () => {
    const [first] = t.women;
    const id = t.invitations.get(first.serviceUserId);
    const res = await first.client.post(`/api/my/appointment-feedback/${id}`).send({ answers: { raiseConcerns: 'agree', listenedTo: 'strongly_agree' } }).expect(200);
    expect(res.body).toEqual({ answered: true });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'appointment_feedback.given', entity_type: 'appointment', entity_id: id, subject_id: first.serviceUserId, detail: {} });
    const again = await first.client.post(`/api/my/appointment-feedback/${id}`).send({ answers: { raiseConcerns: 'disagree' } });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('already given feedback')]);
    expect(await pooled()).toBe(1);
    expect((await first.client.get('/api/my/appointment-feedback').expect(200)).body).toEqual([]);
    for (const [role, context] of Object.entries({ ...t.contexts, none: NO_CONTEXT })) {
      await expect(t.uow.run(context, (em) => em.query(`SELECT * FROM appointment_feedback_pool`))).rejects.toThrow(/permission denied/);
      await expect(t.uow.run(context, (em) => em.query(`INSERT INTO appointment_feedback_response (organisation_id, month) VALUES ($1, date_trunc('month', now()))`, [randomUUID()]))).rejects.toThrow(
        /permission denied/,
      );
      expect(role).toBeTruthy();
    }
    // Where an answer lands carries no woman, appointment, advocate or time; her invitation says only that she answered.
    const columns: { table_name: string; column_name: string; data_type: string }[] = await t.owner.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_name IN ('appointment_feedback_pool', 'appointment_feedback_response', 'appointment_feedback_invitation') ORDER BY 1, 2`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'appointment_feedback_invitation.answered',
      'appointment_feedback_invitation.appointment_id',
      'appointment_feedback_invitation.id',
      'appointment_feedback_invitation.organisation_id',
      'appointment_feedback_invitation.service_user_id',
      'appointment_feedback_pool.answer',
      'appointment_feedback_pool.id',
      'appointment_feedback_pool.organisation_id',
      'appointment_feedback_response.id',
      'appointment_feedback_response.listened_to',
      'appointment_feedback_response.month',
      'appointment_feedback_response.organisation_id',
      'appointment_feedback_response.raise_concerns',
      'appointment_feedback_response.said_what_mattered',
    ]);
    expect(columns.filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
  });

  it('moves the pool only once five wait, in one shuffled batch stamped with the month; then reports with suppression', async () => {
    const runner = t.app.get(JobRunner);
    const [, ...others] = t.women;
    for (const w of others.slice(0, 3)) {
      await w.client.post(`/api/my/appointment-feedback/${t.invitations.get(w.serviceUserId)}`).send({ answers: { raiseConcerns: 'agree' } }).expect(200);
    }
    await runner.tick(new Date(Date.now() + 3_600_000));
    expect([await pooled(), await countRows(t, 'appointment_feedback_response')]).toEqual([4, 0]);
    for (const w of others.slice(3)) {
      await w.client.post(`/api/my/appointment-feedback/${t.invitations.get(w.serviceUserId)}`).send({ answers: { raiseConcerns: 'strongly_agree', saidWhatMattered: 'neither' } }).expect(200);
    }
    await runner.tick(new Date(Date.now() + 7_200_000));
    expect([await pooled(), await countRows(t, 'appointment_feedback_response')]).toEqual([0, 6]);
    const stored: { month: string; xmin: string }[] = await t.owner.query(`SELECT to_char(month, 'YYYY-MM') AS month, xmin::text AS xmin FROM appointment_feedback_response`);
    expect(new Set(stored.map((s) => `${s.month} ${s.xmin}`))).toEqual(new Set([`${thisMonth()} ${stored[0].xmin}`]));
    const invitations: { xmin: string }[] = await t.owner.query(`SELECT xmin::text AS xmin FROM appointment_feedback_invitation`);
    expect(invitations.some((i) => i.xmin === stored[0].xmin)).toBe(false);

    const res = await t.manager.get(`/api/reports/appointment-feedback?from=${thisMonth()}&to=${thisMonth()}`).expect(200);
    const [month] = res.body.months;
    expect(month.month).toBe(thisMonth());
    expect(month.responses).toBe(6);
    const statement = (s: string) => month.statements.find((x: { statement: string }) => x.statement === s);
    const counts = (s: string) => Object.fromEntries(statement(s).counts.map((c: { answer: string; count: unknown }) => [c.answer, c.count]));
    // raiseConcerns: agree 4, strongly agree 2 — both '<5', all six agree: 100%.
    expect(counts('raiseConcerns')).toEqual({ strongly_agree: '<5', agree: '<5', neither: 0, disagree: 0, strongly_disagree: 0 });
    expect(statement('raiseConcerns')).toMatchObject({ agreePercent: 100, words: 'Because I had an advocate, I feel more able to raise concerns with staff' });
    // Fewer than five answered: no share.
    expect(statement('listenedTo').agreePercent).toBeNull();
    expect(counts('saidWhatMattered').neither).toBe('<5');
    expect(JSON.stringify(res.body)).not.toMatch(/"(count|responses)":[1-4][,}]/);
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'appointment_feedback_report.read', detail: { from: thisMonth(), to: thisMonth() } });
    // Another organisation's manager sees none of it.
    expect((await t.otherManager.get(`/api/reports/appointment-feedback?from=${thisMonth()}&to=${thisMonth()}`).expect(200)).body.months[0].responses).toBe(0);
  });

  it("puts the share who feel more able to raise concerns on the dashboard, beside the self-advocacy trend", async () => {
    const res = await t.manager.get('/api/dashboard').expect(200);
    const trend = res.body.advocateFeedbackTrend;
    expect(trend).toHaveLength(12);
    expect(trend.map((m: { month: string }) => m.month)).toEqual(res.body.selfAdvocacyTrend.map((m: { month: string }) => m.month));
    expect(trend[11]).toEqual({ month: thisMonth(), responses: 6, agreePercent: 100 });
    expect(trend[0]).toEqual({ month: trend[0].month, responses: 0, agreePercent: null });
  });

  it('refuses a bad report period, naming it', async () => {
    for (const [query, words] of [
      ['from=2026-05&to=2026-01', 'from must be the same month as to or before it'],
      ['from=2026-13', 'from: Enter a month'],
      ['from=2020-01&to=2026-01', 'at most 36 months'],
    ]) {
      const res = await t.manager.get(`/api/reports/appointment-feedback?${query}`);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    const year = await t.manager.get('/api/reports/appointment-feedback').expect(200);
    expect(year.body.months).toHaveLength(12);
    expect(year.body.to).toBe(thisMonth());
  });
});
