import { PDFParse } from 'pdf-parse';
import type request from 'supertest';
import { londonToday } from '@beside/shared/util';
import { UnitOfWork } from '../../../database/unit-of-work';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, newSession } from '../../../testing/fixtures';
import { herJourney, womanWithAccount } from '../../../testing/journey-team';

const binary = (res: request.Test) =>
  res.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
type Section = { key: string; id: string; body: string | null; byHer: boolean; updatedBy: string | null; version: number };
const sectionOf = (res: request.Response, key: string): Section => res.body.sections.find((s: Section) => s.key === key);

describe('her safety plan in her portal', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t, { name: 'Nia Campbell' });
    const manager = await newSession(t, team.org, 'manager');
    const other = await womanWithAccount(t, team.org);
    const otherJourney = await createJourney(t, team.org, other.her, team.asha.id);
    const noJourney = await womanWithAccount(t, team.org);
    const staffWrote = await team.advocate.put(`/api/journeys/${team.journey}/safety-plan/sections/people_to_call`).send({ body: 'Ana (sister), then the refuge line', version: 0 });
    return { ...team, manager, other, otherJourney, noJourney, staffSection: sectionOf(staffWrote, 'people_to_call') };
  });
  const staffPlan = () => `/api/journeys/${t.journey}/safety-plan`;

  it('should show her the plan of her current journey with what staff wrote and who wrote it', async () => {
    const res = await t.she.get('/api/my/safety-plan');
    expect(res.status).toBe(200);
    expect(res.body.journeyId).toBe(t.journey);
    expect(sectionOf(res, 'people_to_call')).toMatchObject({ body: 'Ana (sister), then the refuge line', byHer: false, updatedBy: 'Asha Advocate', version: 1 });
    expect(res.body.sections).toHaveLength(8);
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'safety_plan.read', subject_id: t.her, detail: { journeyId: t.journey, sectionIds: [t.staffSection.id] } });
    expect((await t.she.get(`/api/my/safety-plan?journeyId=${t.journey}`)).status).toBe(200);
  });

  it('should let her write her own section, change it, and staff read it but never overwrite it', async () => {
    const mine = await t.she.put('/api/my/safety-plan/sections/code_words').send({ body: '"Did you feed the cat?" means call 999', version: 0 });
    expect(mine.status).toBe(200);
    expect(sectionOf(mine, 'code_words')).toMatchObject({ body: '"Did you feed the cat?" means call 999', byHer: true, updatedBy: null, version: 1 });
    const [event] = await auditEventsFor(t, mine);
    expect(event).toMatchObject({ action: 'safety_plan.section_saved', subject_id: t.her, detail: { key: 'code_words', byHer: true, created: true } });
    expect(JSON.stringify(event)).not.toContain('cat');
    const changed = await t.she.put('/api/my/safety-plan/sections/code_words').send({ body: '"Did you feed the cat?" means call 999 for me', version: 1 });
    expect(sectionOf(changed, 'code_words')).toMatchObject({ version: 2, byHer: true });

    const seen = await t.advocate.get(staffPlan());
    expect(sectionOf(seen, 'code_words')).toMatchObject({ body: '"Did you feed the cat?" means call 999 for me', byHer: true, updatedBy: null });
    const overwrite = await t.advocate.put(`${staffPlan()}/sections/code_words`).send({ body: 'Staff words', version: 2 });
    expect(overwrite.status).toBe(409);
    expect(overwrite.body.message).toBe('She wrote this section; add your words in a note or ask her');
    expect((await t.manager.put(`${staffPlan()}/sections/code_words`).send({ body: 'Staff words', version: 0 })).status).toBe(409);
    expect(sectionOf(await t.she.get('/api/my/safety-plan'), 'code_words').body).toBe('"Did you feed the cat?" means call 999 for me');
  });

  it('should refuse her changing staff’s words, and apply them as hers once staff accept her proposal, keeping the earlier words', async () => {
    const refused = await t.she.put('/api/my/safety-plan/sections/people_to_call').send({ body: 'Only Ana', version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.proposeChange).toEqual({ path: '/api/my/change-proposals', targetType: 'safety_plan_section', targetId: t.staffSection.id, field: 'body' });
    expect(sectionOf(await t.she.get('/api/my/safety-plan'), 'people_to_call').body).toBe('Ana (sister), then the refuge line');

    const proposal = { targetType: 'safety_plan_section', targetId: t.staffSection.id, field: 'body', proposedValue: 'Only Ana: not the refuge line', reason: 'I do not want to call the refuge' };
    expect((await t.other.she.post('/api/my/change-proposals').send(proposal)).status).toBe(404);
    const proposed = await t.she.post('/api/my/change-proposals').send(proposal);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ targetType: 'safety_plan_section', originalValue: 'Ana (sister), then the refuge line', status: 'pending' });
    const accepted = await t.advocate.post(`/api/change-proposals/${proposed.body.id}/accept`).send({ version: proposed.body.version });
    expect(accepted.status).toBe(200);
    expect(await auditEventsFor(t, accepted)).toEqual([
      expect.objectContaining({ action: 'change_proposal.updated' }),
      expect.objectContaining({ action: 'safety_plan.section_saved', entity_id: t.staffSection.id, subject_id: t.her, detail: expect.objectContaining({ byHer: true, changeProposalId: proposed.body.id }) }),
    ]);

    const now = sectionOf(await t.she.get('/api/my/safety-plan'), 'people_to_call');
    expect(now).toMatchObject({ body: 'Only Ana: not the refuge line', byHer: true, updatedBy: null, version: 2 });
    const [row] = await t.owner.query(`SELECT by_her, updated_by FROM safety_plan_section WHERE id = $1`, [t.staffSection.id]);
    expect(row).toEqual({ by_her: true, updated_by: t.asha.id });
    const history = await t.owner.query(`SELECT body, by_her, written_by FROM safety_plan_section_history WHERE section_id = $1`, [t.staffSection.id]);
    expect(history).toEqual([{ body: 'Ana (sister), then the refuge line', by_her: false, written_by: t.asha.id }]);
    // Hers now: she changes it directly, and proposing a change to it is refused.
    expect((await t.she.put('/api/my/safety-plan/sections/people_to_call').send({ body: 'Only Ana', version: 2 })).status).toBe(200);
    expect((await t.she.post('/api/my/change-proposals').send({ ...proposal, proposedValue: 'Ana' })).status).toBe(409);
    expect((await t.advocate.put(`${staffPlan()}/sections/people_to_call`).send({ body: 'Staff words', version: 3 })).status).toBe(409);
  });

  it('should download as "My plan" named only by the date, with her words and no service name', async () => {
    const pdf = await binary(t.she.get('/api/my/safety-plan/pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="plan-${londonToday(new Date())}.pdf"`);
    const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
    const { text } = await parser.getText();
    for (const words of ['My plan', 'People I can call', 'Only Ana', 'Did you feed the cat?', 'To look at again: no date set yet']) expect(text).toContain(words);
    expect(text).not.toMatch(/Beside|Test organisation|safety/i);
    expect((await parser.getInfo()).info.Title).toBe('My plan');
    expect((await auditEventsFor(t, pdf))[0]).toMatchObject({ action: 'safety_plan.downloaded', subject_id: t.her });
  });

  it('should be in her data download (it is hers), and in nobody else’s', async () => {
    const mine = await t.she.get('/api/my/data.json');
    expect(mine.status).toBe(200);
    expect(mine.body.safetyPlans).toEqual([
      {
        journeyId: t.journey,
        reviewOn: null,
        sections: [
          expect.objectContaining({ key: 'people_to_call', body: 'Only Ana', byHer: true }),
          expect.objectContaining({ key: 'code_words', body: '"Did you feed the cat?" means call 999 for me', byHer: true }),
        ],
      },
    ]);
    expect((await t.she.get('/api/my/data.html')).text).toContain('<h2>Your safety plan</h2>');
    expect((await t.other.she.get('/api/my/data.json')).body.safetyPlans).toEqual([]);
  });

  it('should refuse bad input naming the problem, and store nothing', async () => {
    const before = await countRows(t, 'safety_plan_section');
    for (const [key, body, problem] of [
      ['escape_route', { body: 'x', version: 0 }, 'key must be one of: safe_places'],
      ['at_home', { body: ' ', version: 0 }, 'body must not be empty'],
      ['at_home', { body: 'x'.repeat(4001), version: 0 }, 'body must be shorter'],
      ['at_home', { body: 'Lock the back door', version: 'one' }, 'version'],
    ] as const) {
      const res = await t.she.put(`/api/my/safety-plan/sections/${key}`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect((await t.she.get('/api/my/safety-plan?journeyId=nope')).status).toBe(400);
    expect(await countRows(t, 'safety_plan_section')).toBe(before);
  });

  it('should keep each woman to her own plan, in the API and in the database', async () => {
    const theirs = await t.other.she.get('/api/my/safety-plan');
    expect(theirs.body).toMatchObject({ journeyId: t.otherJourney, version: 0 });
    expect(JSON.stringify(theirs.body)).not.toContain('Ana');
    expect((await t.other.she.get(`/api/my/safety-plan?journeyId=${t.journey}`)).status).toBe(404);
    expect((await t.other.she.put(`/api/my/safety-plan/sections/at_home?journeyId=${t.journey}`).send({ body: 'x', version: 0 })).status).toBe(404);
    // She starts her own plan if nobody has.
    const started = await t.other.she.put('/api/my/safety-plan/sections/online').send({ body: 'Turn off location sharing', version: 0 });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ journeyId: t.otherJourney, version: 1, reviewOn: null });
    expect((await t.noJourney.she.get('/api/my/safety-plan')).status).toBe(404);
    expect((await t.advocate.get('/api/my/safety-plan')).status).toBe(403);

    const uow = t.app.get(UnitOfWork);
    const asHer = (sql: string) => uow.run({ organisationId: t.org, userId: t.herAccount.id, role: 'service_user' }, (em) => em.query(sql));
    expect(await asHer(`SELECT count(*)::int AS n FROM safety_plan_section`)).toEqual([{ n: 2 }]);
    await expect(asHer(`SELECT * FROM safety_plan_section_history`)).resolves.toEqual([]);
    await expect(asHer(`UPDATE safety_plan SET review_on = current_date`)).resolves.toBeDefined();
    expect((await t.owner.query(`SELECT review_on FROM safety_plan WHERE journey_id = $1`, [t.journey]))[0].review_on).toBeNull();
    await t.advocate.put(`${staffPlan()}/sections/at_work`).send({ body: 'Tell my manager Jo', version: 0 }).expect(200);
    await expect(asHer(`UPDATE safety_plan_section SET body = 'changed', updated_by = '${t.herAccount.id}' WHERE section_key = 'at_work'`)).resolves.toBeDefined();
    expect((await t.owner.query(`SELECT body FROM safety_plan_section WHERE section_key = 'at_work'`))[0].body).toBe('Tell my manager Jo');
  });
});
