import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, expectRefusedNaming } from '../../testing/fixtures';
import { journeyTeam } from '../../testing/journey-team';

describe('notes', () => {
  let noteId: string;

  const t = useTestApp(journeyTeam);

  it('should write a note and keep each earlier version when it is edited', async () => {
    const created = await t.advocate.post(`/api/journeys/${t.journey}/notes`).send({ visibility: 'staff', body: 'First words' });
    expect(created.body).toMatchObject({ visibility: 'staff', body: 'First words', version: 1 });
    noteId = created.body.id;
    const edited = await t.advocate.patch(`/api/notes/${noteId}`).send({ version: 1, body: 'Second words', visibility: 'shared' });
    expect(edited.body).toMatchObject({ body: 'Second words', visibility: 'shared', version: 2 });
    expect((await auditEventsFor(t, edited))[0].detail).toEqual({ fields: ['visibility', 'body'] });
    await t.advocate.patch(`/api/notes/${noteId}`).send({ version: 2, body: 'Third words' });
    const history = await t.advocate.get(`/api/notes/${noteId}/versions`);
    expect(history.body.map((v: { version: number; body: string }) => [v.version, v.body])).toEqual([[2, 'Second words'], [1, 'First words']]);
    expect((await auditEventsFor(t, history))[0]).toMatchObject({ action: 'note.read', entity_id: noteId, subject_id: t.her });
  });

  it('should answer a stale edit with 409 and keep no version for it', async () => {
    const before = await countRows(t, 'note_version');
    const res = await t.advocate.patch(`/api/notes/${noteId}`).send({ version: 1, body: 'Late' });
    expect(res.status).toBe(409);
    expect(res.body.current).toMatchObject({ body: 'Third words', version: 3 });
    expect(await countRows(t, 'note_version')).toBe(before);
  });

  it('should list notes newest first with one audit event', async () => {
    await t.advocate.post(`/api/journeys/${t.journey}/notes`).send({ visibility: 'shared', body: 'Newest' });
    const res = await t.advocate.get(`/api/journeys/${t.journey}/notes?limit=1`);
    expect(res.body.items.map((n: { body: string }) => n.body)).toEqual(['Newest']);
    const next = await t.advocate.get(`/api/journeys/${t.journey}/notes?limit=1&cursor=${res.body.nextCursor}`);
    expect(next.body.items[0].id).toBe(noteId);
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'note.list', detail: expect.objectContaining({ count: 1 }) });
  });

  it('should refuse bad input naming the field, and write nothing', async () => {
    const before = await countRows(t, 'note');
    const cases: [object, string][] = [
      [{ visibility: 'public', body: 'x' }, 'visibility'],
      [{ visibility: 'staff', body: '' }, 'body'],
    ];
    await expectRefusedNaming(cases, (body) => t.advocate.post(`/api/journeys/${t.journey}/notes`).send(body));
    expect(await countRows(t, 'note')).toEqual(before);
  });

  it('should answer 404 to an advocate not on the journey and to another organisation', async () => {
    for (const client of [t.otherAdvocate, t.otherOrgManager]) {
      expect((await client.get(`/api/journeys/${t.journey}/notes`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${t.journey}/notes`).send({ visibility: 'staff', body: 'x' })).status).toBe(404);
      expect((await client.patch(`/api/notes/${noteId}`).send({ version: 3, body: 'x' })).status).toBe(404);
      expect((await client.get(`/api/notes/${noteId}/versions`)).status).toBe(404);
    }
  });
});
