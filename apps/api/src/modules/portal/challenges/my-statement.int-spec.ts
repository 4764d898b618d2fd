import { PDFParse } from 'pdf-parse';
import type request from 'supertest';
import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createAppointment, createJourney } from '../../../testing/fixtures';
import { herJourney, womanWithAccount } from '../../../testing/journey-team';

const binary = (res: request.Test) => res.buffer(true).parse((r, done) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
});

describe('her statement for professionals', () => {
  const statement = {
    version: 0,
    whatToKnow: 'I hear voices when I am very stressed. Please speak slowly and tell me what will happen next.',
    formats: ['easy_read', 'email'],
    support: ['advocate_present', 'extra_time'],
    interpreterLanguage: 'Polish',
    crisis: 'Call my sister Ana first. A quiet room helps.',
  };

  const t = useTestApp(async (t) => {
    const team = await herJourney(t, { name: 'Nia Campbell' });
    const appointment = await createAppointment(t, team.journey);
    const challenge = await team.advocate.post(`/api/journeys/${team.journey}/challenges`).send({
      typeKey: 'pals_contact',
      bodyChallenged: 'North Riverside NHS Trust',
      herWords: 'I want a new care coordinator',
      eventOn: londonToday(new Date(Date.now() - 3 * 86_400_000)),
    });
    const other = await womanWithAccount(t, team.org);
    const otherJourney = await createJourney(t, team.org, other.her, team.asha.id);
    const otherChallenge = await team.advocate.post(`/api/journeys/${otherJourney}/challenges`).send({
      typeKey: 'pals_contact',
      bodyChallenged: 'Elsewhere',
      herWords: 'Not hers',
      eventOn: londonToday(new Date(Date.now() - 3 * 86_400_000)),
    });
    return { ...team, appointment, challengeId: challenge.body.id as string, other, otherChallengeId: otherChallenge.body.id as string };
  });

  it('should be hers to write, in her words; staff read it on her journey; a stale save is refused with what was saved', async () => {
    expect((await t.she.get('/api/my/statement')).body).toMatchObject({ version: 0, whatToKnow: null, formats: [] });
    const saved = await t.she.put('/api/my/statement').send(statement);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...statement, version: 1 });
    expect((await auditEventsFor(t, saved))[0]).toMatchObject({ action: 'her_statement.saved', subject_id: t.her });
    expect(JSON.stringify(await auditEventsFor(t, saved))).not.toContain('voices');
    const staff = await t.advocate.get(`/api/journeys/${t.journey}/statement`);
    expect(staff.body).toMatchObject({ whatToKnow: statement.whatToKnow, interpreterLanguage: 'Polish' });
    const stale = await t.she.put('/api/my/statement').send({ ...statement, crisis: 'Something else' });
    expect(stale.status).toBe(409);
    expect(stale.body.current.crisis).toBe(statement.crisis);
    expect((await t.other.she.get('/api/my/statement')).body.version).toBe(0);
  });

  it('should refuse a format or support not on the list, naming it, and save nothing', async () => {
    const before = await countRows(t, 'her_statement');
    for (const [body, field] of [
      [{ ...statement, formats: ['smoke_signals'] }, 'formats'],
      [{ ...statement, support: ['telepathy'] }, 'support'],
      [{ ...statement, whatToKnow: 'x'.repeat(4001) }, 'whatToKnow'],
    ] as const) {
      const res = await t.other.she.put('/api/my/statement').send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(field)]);
    }
    expect(await countRows(t, 'her_statement')).toBe(before);
  });

  it('should go with the appointments and challenges she chooses, only her own', async () => {
    const shared = await t.she.put('/api/my/statement/sharing').send({ appointmentIds: [t.appointment], challengeIds: [t.challengeId] });
    expect(shared.status).toBe(200);
    expect(shared.body.sharedWith).toEqual({ appointmentIds: [t.appointment], challengeIds: [t.challengeId] });
    const refused = await t.she.put('/api/my/statement/sharing').send({ appointmentIds: [], challengeIds: [t.otherChallengeId] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toContain(t.otherChallengeId);
    expect((await t.advocate.get(`/api/journeys/${t.journey}/statement`)).body.sharedWith.challengeIds).toEqual([t.challengeId]);
  });

  it('should download as one page headed "About me", with no service name', async () => {
    const pdf = await binary(t.she.get('/api/my/statement/pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="about-me-${londonToday(new Date())}.pdf"`);
    const parsed = await new PDFParse({ data: new Uint8Array(pdf.body) }).getText();
    expect(parsed.total).toBe(1);
    for (const words of ['About me: Nia Campbell', 'Please speak slowly', 'Easy read', 'An interpreter for Polish', 'Call my sister Ana first']) expect(parsed.text).toContain(words);
    expect(parsed.text).not.toMatch(/Beside|Test organisation/);
  });
});
