import { strFromU8, unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import type request from 'supertest';
import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, newSession } from '../../../testing/fixtures';
import { herJourney } from '../../../testing/journey-team';
import { addCalendarDays } from '../deadlines/challenge-deadline';

const today = () => londonToday(new Date());
const binary = (res: request.Test) => res.buffer(true).parse((r, done) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
});
const pdfText = async (body: Buffer) => (await new PDFParse({ data: new Uint8Array(body) }).getText()).text;

describe('letters written with her', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t, { name: 'Nia Campbell' });
    await t.owner.query(`UPDATE service_user SET date_of_birth = '1991-04-12' WHERE id = $1`, [team.her]);
    const manager = await newSession(t, team.org, 'manager');
    const opened = await team.advocate.post(`/api/journeys/${team.journey}/challenges`).send({
      typeKey: 'nhs_complaint',
      bodyChallenged: 'North Riverside NHS Trust',
      herWords: 'I want my psychiatrist to listen to me about my medication',
      eventOn: addCalendarDays(today(), -20),
    });
    return { ...team, manager, challenge: opened.body as { id: string } };
  });

  const draft = async () => {
    const res = await t.advocate.post(`/api/challenges/${t.challenge.id}/letters`).send({ templateKey: 'nhs_complaint' });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; body: string; status: string };
  };

  it('should draft from the template with her details filled in, and refuse a field this challenge has no value for', async () => {
    const letter = await draft();
    expect(letter.status).toBe('draft');
    expect(letter.body).toContain('My name is Nia Campbell and my date of birth is 12 April 1991');
    expect(letter.body).toContain('**What I want:** I want my psychiatrist to listen to me about my medication');
    expect(letter.body).not.toMatch(/\{\{|\}\}/);
    const template = { name: 'Needs awareness', challengeTypeKey: null, stageKey: null, title: 'Letter', body: 'I found out on {{challenge.awareOn}}.' };
    expect((await t.manager.put('/api/letter-templates/aware_letter').send(template)).status).toBe(200);
    const before = await countRows(t, 'letter');
    const refused = await t.advocate.post(`/api/challenges/${t.challenge.id}/letters`).send({ templateKey: 'aware_letter' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toContain('when she became aware of it ({{challenge.awareOn}})');
    const unknown = await t.manager.put('/api/letter-templates/bad_letter').send({ ...template, body: 'Dear {{her.favouriteColour}}' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.message)).toContain('{{her.favouriteColour}}');
    expect(await countRows(t, 'letter')).toBe(before);

    // The title is named when the unknown field is there; a type or stage must exist; blank words are not words.
    const inTitle = await t.manager.put('/api/letter-templates/bad_letter').send({ ...template, title: 'About {{her.shoeSize}}' });
    expect([inTitle.status, JSON.stringify(inTitle.body.message)]).toEqual([400, expect.stringContaining('title names unknown merge fields: {{her.shoeSize}}')]);
    for (const [over, named] of [
      [{ challengeTypeKey: 'no_such_type' }, 'challengeTypeKey'],
      [{ challengeTypeKey: 'housing_review', stageKey: 'ombudsman' }, 'stageKey'],
      [{ stageKey: 'request' }, 'stageKey'],
      [{ name: '   ' }, 'name must not be empty'],
    ] as const) {
      const res = await t.manager.put('/api/letter-templates/bad_letter').send({ ...template, ...over });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(named)]);
    }
    expect((await t.manager.get('/api/letter-templates')).body.map((x: { key: string }) => x.key)).not.toContain('bad_letter');
  });

  it('should share it with her; she asks for a change in her own words; accepted, it is the new version; sent, it never changes', async () => {
    const letter = await draft();
    expect((await t.she.get('/api/my/letters')).body.map((l: { id: string }) => l.id)).not.toContain(letter.id);
    const shared = await t.advocate.post(`/api/letters/${letter.id}/share`).send({ version: letter.version });
    expect(shared.status).toBe(201);
    const mine = (await t.she.get('/api/my/letters')).body.find((l: { id: string }) => l.id === letter.id);
    expect(mine).toMatchObject({ status: 'shared', typeName: 'NHS complaint' });
    const herWords = mine.body.replace('Yours sincerely', 'I also want a copy of my care plan.\n\nYours sincerely');
    const proposed = await t.she.post('/api/my/change-proposals').send({ targetType: 'letter', targetId: letter.id, field: 'body', proposedValue: herWords, reason: 'I want my care plan too' });
    expect(proposed.status).toBe(201);
    const accepted = await t.advocate.post(`/api/change-proposals/${proposed.body.id}/accept`).send({ version: proposed.body.version });
    expect(accepted.status).toBe(200);
    const read = (await t.advocate.get(`/api/letters/${letter.id}`)).body;
    expect(read.body).toContain('I also want a copy of my care plan.');
    expect(read.versions.map((v: { version: number; byHer: boolean; writtenBy: string }) => [v.version, v.byHer, v.writtenBy])).toEqual([
      [1, false, 'Asha Advocate'],
      [2, true, 'her'],
    ]);

    const pdf = await binary(t.advocate.get(`/api/letters/${letter.id}/pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="letter-${today()}.pdf"`);
    const text = await pdfText(pdf.body);
    expect(text).toContain('I also want a copy of my care plan.');
    expect(text).toContain('North Riverside NHS Trust');
    const first = await pdfText((await binary(t.advocate.get(`/api/letters/${letter.id}/pdf?version=1`))).body);
    expect(first).not.toContain('care plan');
    const docx = await binary(t.advocate.get(`/api/letters/${letter.id}/docx`));
    expect(strFromU8(unzipSync(new Uint8Array(docx.body))['word/document.xml'])).toContain('I also want a copy of my care plan.');
    expect((await auditEventsFor(t, docx))[0]).toMatchObject({ action: 'letter.downloaded', detail: { format: 'docx', version: 2 } });

    const sent = await t.advocate.post(`/api/letters/${letter.id}/sent`).send({ version: read.version, on: today() });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'sent', sentOn: today(), sentVersion: 2 });
    const changed = await t.advocate.patch(`/api/letters/${letter.id}`).send({ version: sent.body.version, body: 'Something else' });
    expect(changed.status).toBe(409);
    const late = await t.she.post('/api/my/change-proposals').send({ targetType: 'letter', targetId: letter.id, field: 'body', proposedValue: 'Too late', reason: 'Changed my mind' });
    expect(late.status).toBe(409);
    const hers = await binary(t.she.get(`/api/my/letters/${letter.id}/pdf`));
    expect(hers.status).toBe(200);
    expect(await pdfText(hers.body)).toContain('I also want a copy of my care plan.');
  });

  it('should keep drafts from her, and a sent letter from changing even in the database', async () => {
    const letter = await draft();
    expect((await t.she.get(`/api/my/letters/${letter.id}/pdf`)).status).toBe(404);
    const proposal = await t.she.post('/api/my/change-proposals').send({ targetType: 'letter', targetId: letter.id, field: 'body', proposedValue: 'Mine', reason: 'Mine' });
    expect(proposal.status).toBe(404);
    await t.advocate.post(`/api/letters/${letter.id}/sent`).send({ version: letter.version, on: today() });
    await expect(t.owner.query(`UPDATE letter SET body = 'rewritten' WHERE id = $1`, [letter.id])).rejects.toThrow(/was sent/);
    const future = await t.advocate.post(`/api/letters/${(await draft()).id}/sent`).send({ version: 1, on: addCalendarDays(today(), 2) });
    expect(future.status).toBe(400);
  });
});
