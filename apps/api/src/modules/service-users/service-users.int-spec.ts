import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';

describe('service users: profile, safe contact and consents', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const otherOrg = await createOrganisation(t, 'Elsewhere');
    const asha = await createUser(t, org, 'advocate');
    const her = await createServiceUser(t, org, { name: 'Hana Example' });
    await createJourney(t, org, her, asha.id);
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    const manager = await sessionFor(t, await createUser(t, org, 'manager'));
    const otherOrgManager = await sessionFor(t, await createUser(t, otherOrg, 'manager'));
    return { her, advocate, otherAdvocate, otherOrgManager, manager };
  });

  it('should show her profile with safe-contact defaults, and audit the read with her as subject', async () => {
    const res = await t.advocate.get(`/api/service-users/${t.her}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: t.her, name: 'Hana Example', version: 1, safeContact: { channels: [], voicemailAllowed: false, codeWord: null } });
    expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'service_user.read', entity_id: t.her, subject_id: t.her })]);
  });

  it('should save her profile and safe-contact preferences, auditing field names only', async () => {
    const res = await t.advocate.patch(`/api/service-users/${t.her}`).send({
      version: 1,
      preferredName: 'Hana',
      pronouns: 'she/her',
      dateOfBirth: '1990-02-03',
      safeContact: { channels: ['text', 'email'], safeTimes: 'weekdays 10–2', voicemailAllowed: false, codeWord: 'bluebell' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ preferredName: 'Hana', dateOfBirth: '1990-02-03', version: 2, safeContact: { channels: ['text', 'email'], codeWord: 'bluebell' } });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'service_user.updated', subject_id: t.her, detail: { fields: ['preferredName', 'pronouns', 'dateOfBirth', 'safeContact'] } });
    expect(JSON.stringify(event)).not.toContain('bluebell');
  });

  it('should answer a stale version with 409 and the current profile', async () => {
    const res = await t.advocate.patch(`/api/service-users/${t.her}`).send({ version: 1, pronouns: 'they/them' });
    expect(res.status).toBe(409);
    expect(res.body.current).toMatchObject({ id: t.her, version: 2, pronouns: 'she/her' });
  });

  it('should refuse bad input naming the field, and change nothing', async () => {
    const cases: [object, string][] = [
      [{ version: 2, safeContact: { channels: ['pigeon'], voicemailAllowed: true } }, 'safeContact.channels'],
      [{ version: 2, name: null }, 'name'],
      [{ version: 2, dateOfBirth: '1990-02-31' }, 'dateOfBirth'],
      [{ version: 2, accessibilityNeeds: 'x'.repeat(2001) }, 'accessibilityNeeds'],
      [{ version: 2, favouriteColour: 'blue' }, 'favouriteColour'],
      [{ pronouns: 'she' }, 'version'],
    ];
    for (const [body, field] of cases) {
      const res = await t.advocate.patch(`/api/service-users/${t.her}`).send(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect((await t.advocate.get(`/api/service-users/${t.her}`)).body.version).toBe(2);
  });

  it('should answer 404 to an advocate not on her journey and to another organisation', async () => {
    for (const client of [t.otherAdvocate, t.otherOrgManager]) {
      expect((await client.get(`/api/service-users/${t.her}`)).status).toBe(404);
      expect((await client.patch(`/api/service-users/${t.her}`).send({ version: 2, pronouns: 'x' })).status).toBe(404);
      expect((await client.get(`/api/service-users/${t.her}/consents`)).status).toBe(404);
      expect((await client.post(`/api/service-users/${t.her}/consents`).send({ agreement: 'x', givenOn: '2026-01-01' })).status).toBe(404);
    }
    expect((await t.manager.get(`/api/service-users/${t.her}`)).status).toBe(200);
  });

  describe('consents', () => {
    let consentId: string;

    it('should record a consent with who recorded it, and list it as current', async () => {
      const res = await t.advocate.post(`/api/service-users/${t.her}/consents`).send({ agreement: 'Share my plan with my GP', sharedWith: 'Riverside GP', givenOn: '2026-01-10', validUntil: '2099-01-10' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ agreement: 'Share my plan with my GP', sharedWith: 'Riverside GP', current: true, version: 1 });
      expect(res.body.recordedByName).toEqual(expect.any(String));
      consentId = res.body.id;
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'consent.created', entity_id: consentId, subject_id: t.her });
      const list = await t.advocate.get(`/api/service-users/${t.her}/consents`);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([consentId]);
      expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'consent.list', subject_id: t.her, detail: { count: 1, ids: [consentId] } });
    });

    it('should not count a consent past its end date', async () => {
      const res = await t.advocate.post(`/api/service-users/${t.her}/consents`).send({ agreement: 'Talk to my housing officer', givenOn: '2020-01-01', validUntil: '2020-12-31' });
      expect(res.body.current).toBe(false);
    });

    it('should refuse an end date before the start, naming the field, and write nothing', async () => {
      const before = await countRows(t, 'consent');
      const res = await t.advocate.post(`/api/service-users/${t.her}/consents`).send({ agreement: 'x', givenOn: '2026-02-01', validUntil: '2026-01-01' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('validUntil');
      expect(await countRows(t, 'consent')).toBe(before);
    });

    it('should withdraw a consent once, with a version check', async () => {
      expect((await t.advocate.post(`/api/consents/${consentId}/withdraw`).send({ version: 7 })).status).toBe(409);
      const res = await t.advocate.post(`/api/consents/${consentId}/withdraw`).send({ version: 1 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ current: false, version: 2 });
      expect(res.body.withdrawnAt).toBeTruthy();
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'consent.updated', detail: { fields: ['withdrawnAt'] } });
      const again = await t.advocate.post(`/api/consents/${consentId}/withdraw`).send({ version: 2 });
      expect(again.status).toBe(409);
      expect(again.body.message).toContain('already withdrawn');
      expect((await t.otherAdvocate.post(`/api/consents/${consentId}/withdraw`).send({ version: 2 })).status).toBe(404);
    });
  });

  it('should let staff correct her full name, versioned and audited by field name, and refuse a blank one', async () => {
    const { version } = (await t.advocate.get(`/api/service-users/${t.her}`)).body;
    const res = await t.advocate.patch(`/api/service-users/${t.her}`).send({ version, name: '  Hana Exampel ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Hana Exampel', version: version + 1 });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'service_user.updated', subject_id: t.her, detail: { fields: ['name'] } });
    expect(JSON.stringify(event)).not.toContain('Exampel');
    const blank = await t.advocate.patch(`/api/service-users/${t.her}`).send({ version: version + 1, name: '   ' });
    expect([blank.status, blank.body.message]).toEqual([400, ['name must not be blank']]);
    expect((await t.advocate.get(`/api/service-users/${t.her}`)).body).toMatchObject({ name: 'Hana Exampel', version: version + 1 });
  });
});
