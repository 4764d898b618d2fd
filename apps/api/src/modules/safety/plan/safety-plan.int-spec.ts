import { PDFParse } from 'pdf-parse';
import type request from 'supertest';
import { SAFETY_PLAN_SECTIONS } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, newSession, sessionFor } from '../../../testing/fixtures';

const ORGANISATION = 'Riverside Women’s Advocacy';
const today = () => londonToday(new Date());
const dayFromToday = (n: number) => londonToday(new Date(Date.now() + n * 86_400_000));
const binary = (res: request.Test) =>
  res.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('her safety plan, as staff write it with her', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, ORGANISATION);
    const asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await newSession(t, org, 'advocate');
    const manager = await newSession(t, org, 'manager');
    const admin = await newSession(t, org, 'admin');
    const panel = await newSession(t, org, 'panel_member');
    const elsewhere = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    const her = await createServiceUser(t, org, { name: 'Nia Campbell' });
    const journey = await createJourney(t, org, her, asha.id);
    const emptyJourney = await createJourney(t, org, await createServiceUser(t, org), asha.id);
    return { org, advocate, otherAdvocate, manager, admin, panel, elsewhere, her, journey, emptyJourney };
  });
  const plan = (journey = t.journey) => `/api/journeys/${journey}/safety-plan`;
  const write = (key: string, body: object, journey = t.journey) => t.advocate.put(`${plan(journey)}/sections/${key}`).send(body);

  it('should show every section in order before anything is written, empty and at version 0', async () => {
    const res = await t.advocate.get(plan(t.emptyJourney));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ journeyId: t.emptyJourney, reviewOn: null, reviewDue: false, updatedAt: null, version: 0 });
    expect(res.body.sections.map((s: { key: string }) => s.key)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(res.body.sections[0]).toEqual({ key: 'safe_places', id: null, body: null, byHer: false, updatedAt: null, updatedBy: null, version: 0 });
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'safety_plan.read', subject_id: expect.any(String) });
  });

  it('should start the plan on the first section written, change it at its version, and keep the earlier words', async () => {
    const first = await write('safe_places', { body: 'My sister Ana’s flat on Mill Road', version: 0 });
    expect(first.status).toBe(200);
    const section = first.body.sections.find((s: { key: string }) => s.key === 'safe_places');
    expect(section).toMatchObject({ body: 'My sister Ana’s flat on Mill Road', byHer: false, updatedBy: 'Asha Advocate', version: 1 });
    const [event] = await auditEventsFor(t, first);
    expect(event).toMatchObject({ action: 'safety_plan.section_saved', entity_type: 'safety_plan_section', entity_id: section.id, subject_id: t.her, detail: { key: 'safe_places', byHer: false, created: true } });
    expect(JSON.stringify(event)).not.toContain('Mill Road');

    const stale = await write('safe_places', { body: 'Somewhere else', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.sections[0].body).toBe('My sister Ana’s flat on Mill Road');
    expect((await write('safe_places', { body: 'Somewhere else', version: 7 })).status).toBe(409);

    const changed = await write('safe_places', { body: 'Ana’s flat, or the library on Mill Road', version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.sections[0]).toMatchObject({ body: 'Ana’s flat, or the library on Mill Road', version: 2 });
    const history = await t.owner.query(`SELECT body, by_her FROM safety_plan_section_history WHERE section_id = $1`, [section.id]);
    expect(history).toEqual([{ body: 'My sister Ana’s flat on Mill Road', by_her: false }]);
    expect((await t.manager.get(plan())).body.sections[0].body).toBe('Ana’s flat, or the library on Mill Road');
  });

  it('should refuse an unknown section, empty words and words too long, naming the problem and storing nothing', async () => {
    const before = await countRows(t, 'safety_plan_section');
    const unknown = await write('escape_route', { body: 'x', version: 0 });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.message)).toContain(`key must be one of: ${SAFETY_PLAN_SECTIONS.join(', ')}`);
    for (const [body, problem] of [
      [{ body: '', version: 0 }, 'body must not be empty'],
      [{ body: '   \n ', version: 0 }, 'body must not be empty'],
      [{ body: 'x'.repeat(4001), version: 0 }, 'body must be shorter than or equal to 4000 characters'],
      [{ body: 'Words', version: -1 }, 'version'],
      [{ body: 'Words' }, 'version'],
      [{ version: 0 }, 'body'],
    ] as const) {
      const res = await write('code_words', body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect(await countRows(t, 'safety_plan_section')).toBe(before);
  });

  it('should set a review date at the plan version, refuse one in the past, and say when it is due', async () => {
    const started = await t.advocate.get(plan());
    const refused = await t.advocate.put(`${plan()}/review`).send({ reviewOn: dayFromToday(-1), version: started.body.version });
    expect([refused.status, JSON.stringify(refused.body.message)]).toEqual([400, expect.stringContaining('reviewOn must not be in the past')]);
    expect((await t.advocate.put(`${plan()}/review`).send({ reviewOn: '2027-02-30', version: started.body.version })).status).toBe(400);
    const set = await t.advocate.put(`${plan()}/review`).send({ reviewOn: dayFromToday(28), version: started.body.version });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ reviewOn: dayFromToday(28), reviewDue: false, version: started.body.version + 1 });
    expect((await auditEventsFor(t, set))[0]).toMatchObject({ action: 'safety_plan.review_set', subject_id: t.her, detail: { reviewOn: dayFromToday(28) } });
    expect((await t.advocate.put(`${plan()}/review`).send({ reviewOn: today(), version: started.body.version })).status).toBe(409);
    // A review date that has passed (set earlier, straight in the database) shows as due.
    await t.owner.query(`UPDATE safety_plan SET review_on = $2 WHERE journey_id = $1`, [t.journey, dayFromToday(-3)]);
    expect((await t.advocate.get(plan())).body).toMatchObject({ reviewOn: dayFromToday(-3), reviewDue: true });
    await t.owner.query(`UPDATE safety_plan SET review_on = $2 WHERE journey_id = $1`, [t.journey, dayFromToday(28)]);
    // A plan not yet started gets its review date at version 0.
    const fresh = await createJourney(t, t.org, await createServiceUser(t, t.org), (await createUser(t, t.org, 'advocate')).id);
    const onFresh = await t.manager.put(`${plan(fresh)}/review`).send({ reviewOn: today(), version: 0 });
    expect(onFresh.body).toMatchObject({ reviewOn: today(), reviewDue: false, version: 2 });
  });

  it('should print as "My plan" with every heading, her words and the review date, and no service or organisation name anywhere', async () => {
    await write('emergency_numbers', { body: '999, and press 55 if I cannot speak. Ana: 07700 900123', version: 0 });
    const pdf = await binary(t.advocate.get(`${plan()}/pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="plan-${today()}.pdf"`);
    expect(pdf.headers['cache-control']).toBe('no-store');
    const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
    const { text } = await parser.getText();
    for (const words of ['My plan', 'Safe places', 'Ana’s flat, or the library on Mill Road', 'Emergency numbers', 'Ana: 07700 900123', 'Code words', 'Online and on my phone', 'To look at again on']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Beside|Riverside Women|Test organisation|safety/i);
    const { info } = await parser.getInfo();
    expect(info.Title).toBe('My plan');
    expect(JSON.stringify(info)).not.toMatch(/Beside|Riverside|Test organisation|safety/i);
    expect((await auditEventsFor(t, pdf))[0]).toMatchObject({ action: 'safety_plan.downloaded', subject_id: t.her, detail: { format: 'pdf' } });
  });

  it('should keep the plan to her journey’s reach: not a colleague off it, not another organisation, not admins or the panel', async () => {
    for (const who of [t.otherAdvocate, t.elsewhere]) {
      expect((await who.get(plan())).status).toBe(404);
      expect((await who.get(`${plan()}/pdf`)).status).toBe(404);
      expect((await who.put(`${plan()}/sections/at_home`).send({ body: 'Not theirs', version: 0 })).status).toBe(404);
      expect((await who.put(`${plan()}/review`).send({ reviewOn: today(), version: 3 })).status).toBe(404);
    }
    for (const who of [t.admin, t.panel]) {
      expect((await who.get(plan())).status).toBe(403);
      expect((await who.put(`${plan()}/sections/at_home`).send({ body: 'Not theirs', version: 0 })).status).toBe(403);
    }
    expect((await t.advocate.get(plan(t.emptyJourney))).body.sections.every((s: { body: string | null }) => s.body === null)).toBe(true);
    expect(JSON.stringify((await t.advocate.get(plan())).body)).not.toContain('Not theirs');
  });
});
