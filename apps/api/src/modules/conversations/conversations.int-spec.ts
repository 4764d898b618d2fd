import { useTestApp } from '../../testing/test-app';
import { herJourney, womanWithAccount } from '../../testing/journey-team';
import { auditEventsFor, createJourney, createNote, newSession } from '../../testing/fixtures';
import { ALWAYS_SAFE as ALWAYS } from '../../testing/message-delivery';



describe('messages between her and her advocate', () => {
  const t = useTestApp(async (t) => {
    const cast = await herJourney(t, { name: 'Rosa Field' });
    const otherAdvocate = await newSession(t, cast.org, 'advocate');
    const manager = await newSession(t, cast.org, 'manager');
    const other = await womanWithAccount(t, cast.org);
    const otherJourney = await createJourney(t, cast.org, other.her, cast.asha.id);
    return { ...cast, otherAdvocate, manager, otherWoman: other.she, otherJourney };
  });

  const setSafeContact = (safeContact: Record<string, unknown>) =>
    t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [t.her, JSON.stringify(safeContact)]);
  const alertsForHer = async (): Promise<{ subject: string; body: string; channel: string; status: string }[]> =>
    t.owner.query(`SELECT subject, body, channel, status FROM outbox_message WHERE service_user_id = $1 AND template = 'message_alert' ORDER BY created_at`, [t.her]);

  it('should let her advocate write, her read it with an unread count, and audit the read as a look at her record', async () => {
    const sent = await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'Hello Rosa, how did Tuesday go?' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ authorName: 'Asha Advocate', authorRole: 'advocate', mine: true, body: 'Hello Rosa, how did Tuesday go?', version: 1 });
    expect(sent.body.editableUntil).toBeTruthy();

    expect((await t.she.get('/api/my/conversation/unread')).body).toEqual({ unread: 1 });
    expect((await t.she.get('/api/my/conversation/unread')).body).toEqual({ unread: 1 });
    const read = await t.she.get('/api/my/conversation');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ journeyId: t.journey, unread: 1, canSend: true });
    expect(read.body.messages.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([['Hello Rosa, how did Tuesday go?', false]]);
    expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'conversation.read', entity_id: t.journey, subject_id: t.her });
    expect((await t.she.get('/api/my/conversation')).body.unread).toBe(0);
    expect((await t.she.get('/api/my/conversation/unread')).body).toEqual({ unread: 0 });
  });

  it('should tell her advocates in-app when she writes, without her name or words', async () => {
    const res = await t.she.post('/api/my/conversation').send({ body: 'It went well, thank you' });
    expect(res.status).toBe(201);
    expect(res.body.message).toMatchObject({ authorName: 'Rosa Field', authorRole: 'service_user', mine: true });
    const [note]: { text: string; link: string }[] = await t.owner.query(
      `SELECT text, link FROM notification WHERE recipient_id = $1 AND kind = 'conversation.message' ORDER BY created_at DESC LIMIT 1`,
      [t.asha.id],
    );
    expect(note.link).toBe(`/journeys/${t.journey}?tab=messages`);
    expect(note.text).not.toMatch(/Rosa|thank you/);
    const unread = await t.advocate.get('/api/conversations/unread');
    expect(unread.body).toEqual(expect.arrayContaining([{ journeyId: t.journey, unread: 1 }]));
  });

  it('should say when her message will be read if she writes while the service is closed, and where to go in danger', async () => {
    await t.owner.query(`UPDATE organisation SET settings = jsonb_set(settings, '{openingHours}', $2::jsonb) WHERE id = $1`, [t.org, JSON.stringify(ALWAYS)]);
    expect((await t.she.post('/api/my/conversation').send({ body: 'Open now?' })).body.outsideOpeningHours).toBeNull();
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/London' }).toLowerCase();
    await t.owner.query(`UPDATE organisation SET settings = jsonb_set(settings, '{openingHours}', $2::jsonb) WHERE id = $1`, [
      t.org,
      JSON.stringify([{ days: [tomorrow], from: '09:00', until: '17:00' }]),
    ]);
    const closed = await t.she.post('/api/my/conversation').send({ body: 'Are you there?' });
    expect(new Date(closed.body.outsideOpeningHours.readFrom).getTime()).toBeGreaterThan(Date.now());
  });

  it('should let a manager read (audited) but not write, and keep it from an advocate who is not hers', async () => {
    const read = await t.manager.get(`/api/journeys/${t.journey}/conversation`);
    expect(read.status).toBe(200);
    expect(read.body.canSend).toBe(false);
    expect((await t.manager.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'Hi' })).status).toBe(403);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/conversation`)).status).toBe(404);
    expect((await t.otherAdvocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'Hi' })).status).toBe(404);
  });

  it("should answer another woman's conversation as missing, and never show a staff-only note in hers", async () => {
    await createNote(t, t.journey, 'staff', 'STAFF-ONLY impressions', t.asha.id);
    expect((await t.otherWoman.get(`/api/my/conversation?journeyId=${t.journey}`)).status).toBe(404);
    expect((await t.otherWoman.post('/api/my/conversation').send({ body: 'x', journeyId: t.journey })).status).toBe(404);
    const mine = await t.she.get('/api/my/conversation');
    expect(JSON.stringify(mine.body)).not.toContain('STAFF-ONLY');
    const theirs = await t.otherWoman.get('/api/my/conversation');
    expect(theirs.body.journeyId).toBe(t.otherJourney);
    expect(theirs.body.messages).toEqual([]);
  });

  it('should let the author change a message within 5 minutes, keeping the earlier words, and no one else', async () => {
    const sent = await t.she.post('/api/my/conversation').send({ body: 'See you on Tuesdya' });
    const id = sent.body.message.id;
    const edited = await t.she.patch(`/api/my/conversation-messages/${id}`).send({ body: 'See you on Tuesday', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'See you on Tuesday', version: 2, earlierVersions: [{ body: 'See you on Tuesdya' }] });
    expect(edited.body.editedAt).toBeTruthy();
    expect((await t.she.patch(`/api/my/conversation-messages/${id}`).send({ body: 'Again', version: 1 })).status).toBe(409);
    expect((await t.advocate.patch(`/api/conversation-messages/${id}`).send({ body: 'Not mine', version: 2 })).status).toBe(403);
    expect((await t.otherWoman.patch(`/api/my/conversation-messages/${id}`).send({ body: 'Not mine', version: 2 })).status).toBe(404);
    const staffView = await t.advocate.get(`/api/journeys/${t.journey}/conversation`);
    expect(staffView.body.messages.find((m: { id: string }) => m.id === id).earlierVersions).toEqual([expect.objectContaining({ body: 'See you on Tuesdya' })]);

    await t.owner.query(`UPDATE conversation_message SET sent_at = now() - interval '6 minutes' WHERE id = $1`, [id]);
    const late = await t.she.patch(`/api/my/conversation-messages/${id}`).send({ body: 'Too late', version: 2 });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/5 minutes/);
  });

  it('should alert her once per batch of unread messages, by her safe channel, in neutral words', async () => {
    await setSafeContact({ channels: ['email'], safeWindows: ALWAYS, messageConsent: { message_alert: ['email'] } });
    await t.she.get('/api/my/conversation');
    const before = (await alertsForHer()).length;
    await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'Your appointment at the psychiatric unit is confirmed' });
    await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'And one more thing' });
    const alerts = await alertsForHer();
    expect(alerts).toHaveLength(before + 1);
    const alert = alerts[alerts.length - 1];
    expect(alert).toMatchObject({ subject: 'You have a new message', channel: 'email', status: 'queued' });
    expect(alert.body).not.toMatch(/psychiatric|Asha|advocate|Beside/i);

    await t.owner.query(`UPDATE outbox_message SET status = 'sent', sent_at = now() WHERE service_user_id = $1`, [t.her]);
    await t.she.get('/api/my/conversation');
    await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'A new one after she read' });
    expect(await alertsForHer()).toHaveLength(before + 2);
  });

  it('should queue no alert without a safe channel, and tell staff why', async () => {
    await setSafeContact({ channels: ['phone'], safeWindows: ALWAYS, messageConsent: { message_alert: ['email'] } });
    const before = (await alertsForHer()).length;
    await t.she.get('/api/my/conversation');
    await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: 'Call me when you can' });
    expect(await alertsForHer()).toHaveLength(before);
    const view = await t.advocate.get(`/api/journeys/${t.journey}/conversation`);
    expect(view.body.alertProblem).toBe('She has not marked email or text as a safe way to contact her.');
  });

  it('should refuse bad input with a 400 naming the field, and change nothing', async () => {
    const count = async () => Number((await t.owner.query(`SELECT count(*) AS n FROM conversation_message`))[0].n);
    const before = await count();
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(4001) }, { body: 42 }, {}, { body: 'ok', extra: true }]) {
      const res = await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/body|extra/);
    }
    expect((await t.she.post('/api/my/conversation').send({ body: 'x', journeyId: 'not-a-uuid' })).status).toBe(400);
    // A journey named as null is not "no journey named": refused, as the full fuzz found it was not.
    const nullJourney = await t.she.post('/api/my/conversation').send({ body: 'x', journeyId: null });
    expect([nullJourney.status, JSON.stringify(nullJourney.body.message)]).toEqual([400, expect.stringContaining('journeyId')]);
    expect((await t.she.get('/api/my/conversation?cursor=nonsense')).status).toBe(400);
    expect((await t.advocate.patch(`/api/conversation-messages/not-a-uuid`).send({ body: 'x', version: 1 })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('should keep messages as part of her record: the timeline, her data download, and who has looked', async () => {
    const timeline = await t.advocate.get(`/api/journeys/${t.journey}/timeline`);
    const messages = timeline.body.items.filter((e: { kind: string }) => e.kind === 'message');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((e: { detail: { fromHer: boolean } }) => e.detail.fromHer)).toBe(true);
    const data = await t.she.get('/api/my/data.json');
    expect(data.body.messages.map((m: { body: string }) => m.body)).toEqual(expect.arrayContaining(['Hello Rosa, how did Tuesday go?', 'See you on Tuesday']));
    expect(data.body.messages.find((m: { body: string }) => m.body === 'See you on Tuesday').earlierVersions).toEqual([expect.objectContaining({ body: 'See you on Tuesdya' })]);
    const looked = await t.she.get('/api/my/access-log');
    expect(JSON.stringify(looked.body)).toContain('Read your messages');
  });

  it('should page back through older messages', async () => {
    for (let i = 0; i < 55; i++) await t.advocate.post(`/api/journeys/${t.journey}/conversation`).send({ body: `Message ${i}` });
    const first = await t.she.get('/api/my/conversation');
    expect(first.body.messages).toHaveLength(50);
    expect(first.body.messages[49].body).toBe('Message 54');
    const older = await t.she.get(`/api/my/conversation?cursor=${first.body.olderCursor}`);
    expect(older.status).toBe(200);
    const seen = new Set([...first.body.messages, ...older.body.messages].map((m: { id: string }) => m.id));
    expect(seen.size).toBe(first.body.messages.length + older.body.messages.length);
  });
});
