import { useTestApp } from '../../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, newSession } from '../../../../testing/fixtures';

describe('referral agencies: the defaults, an organisation\'s changes and its own', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await newSession(t, org, 'advocate');
    const manager = await newSession(t, org, 'manager');
    const admin = await newSession(t, org, 'admin');
    const panel = await newSession(t, org, 'panel_member');
    const journey = await createJourney(t, org, await createServiceUser(t, org), advocate.user.id);
    return { org, advocate, manager, admin, panel, journey };
  });

  it('should list the default agencies, and let a manager change one, add her own and archive one', async () => {
    const list = await t.advocate.get('/api/referral-agencies');
    expect(list.status).toBe(200);
    expect(list.body.map((a: { key: string }) => a.key)).toEqual(['marac', 'adult_safeguarding', 'police', 'childrens_services']);
    expect(list.body[0]).toMatchObject({ name: 'MARAC', outcomeStatus: 'discussed', shipped: true, archived: false });
    expect(list.body[1]).toMatchObject({ outcomeStatus: 'enquiry_opened' });
    expect(list.body[1].description).toContain('Care Act 2014, section 42');

    const own = { name: 'Housing options team', description: 'The council housing team, for a safe move.', outcomeStatus: 'outcome_received' };
    const saved = await t.manager.put('/api/referral-agencies/housing_options').send(own);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ key: 'housing_options', shipped: false, archived: false, ...own });
    expect((await auditEventsFor(t, saved))[0]).toMatchObject({ action: 'referral_agency.changed', detail: { key: 'housing_options' } });
    expect((await t.advocate.put('/api/referral-agencies/housing_options').send(own)).status).toBe(403);
    const before = await countRows(t, 'referral_agency');
    for (const [key, body, problem] of [
      ['Bad Key', own, 'key must be'],
      ['ok_key', { ...own, outcomeStatus: 'sorted' }, 'outcomeStatus must be one of'],
      ['ok_key', { ...own, name: '' }, 'name must not be empty'],
    ] as const) {
      const res = await t.manager.put(`/api/referral-agencies/${encodeURIComponent(key)}`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect(await countRows(t, 'referral_agency')).toBe(before);

    const archived = await t.manager.delete('/api/referral-agencies/childrens_services');
    expect(archived.body).toMatchObject({ key: 'childrens_services', shipped: true, archived: true });
    const refused = await t.advocate.post(`/api/journeys/${t.journey}/multi-agency-referrals`).send({ agencyKey: 'childrens_services', sentTo: 'Front door', reason: 'Children at home' });
    expect([refused.status, JSON.stringify(refused.body.message)]).toEqual([400, expect.stringContaining('agencyKey must be one of: marac, adult_safeguarding, police, housing_options')]);
    expect((await t.manager.put('/api/referral-agencies/childrens_services').send({ ...archived.body, key: undefined, shipped: undefined, archived: undefined })).body.archived).toBe(false);
    expect((await t.manager.delete('/api/referral-agencies/no_such_agency')).status).toBe(404);
  });

  it('should show the list to staff on journeys only', async () => {
    expect((await t.admin.get('/api/referral-agencies')).status).toBe(403);
    expect((await t.panel.get('/api/referral-agencies')).status).toBe(403);
    expect((await t.admin.delete('/api/referral-agencies/police')).status).toBe(403);
  });
});
