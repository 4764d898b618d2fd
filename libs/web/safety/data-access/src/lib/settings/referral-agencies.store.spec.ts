import { storeSpec } from '@beside/web/core/testing';
import { ReferralAgenciesStore } from './referral-agencies.store';
import { agency } from './settings-examples.testing';

describe('ReferralAgenciesStore', () => {
  const spec = storeSpec(ReferralAgenciesStore);

  it('should put a changed agency in place of the one held, and add one of her own', async () => {
    await spec.answer(spec.sut.load(), '/api/referral-agencies', [agency(), agency({ key: 'police', name: 'Police', outcomeStatus: 'outcome_received' })]);
    const saving = spec.sut.save('marac', { name: 'MARAC (Riverside)', description: 'x', outcomeStatus: 'discussed' });
    const req = spec.backend.expectOne('/api/referral-agencies/marac');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ name: 'MARAC (Riverside)', description: 'x', outcomeStatus: 'discussed' });
    req.flush(agency({ name: 'MARAC (Riverside)', description: 'x' }));
    await saving;
    await spec.answer(spec.sut.save('housing', { name: 'Housing', description: 'y', outcomeStatus: 'outcome_received' }), '/api/referral-agencies/housing', agency({ key: 'housing', name: 'Housing', shipped: false }));
    expect(spec.sut.agencies()?.map((a) => a.name)).toEqual(['MARAC (Riverside)', 'Police', 'Housing']);
  });

  it('should archive an agency, keeping it apart from those in use', async () => {
    await spec.answer(spec.sut.load(), '/api/referral-agencies', [agency(), agency({ key: 'housing', name: 'Housing', shipped: false })]);
    const archiving = spec.sut.archive('housing');
    const req = spec.backend.expectOne('/api/referral-agencies/housing');
    expect(req.request.method).toBe('DELETE');
    req.flush(agency({ key: 'housing', name: 'Housing', shipped: false, archived: true }));
    expect((await archiving).ok).toBe(true);
    expect(spec.sut.active().map((a) => a.key)).toEqual(['marac']);
    expect(spec.sut.archived().map((a) => a.key)).toEqual(['housing']);
  });

  it('should hand back the API’s words for a malformed agency', async () => {
    const result = await spec.refuse(spec.sut.save('Bad Key', { name: 'x', description: 'y', outcomeStatus: 'discussed' }), '/api/referral-agencies/Bad%20Key', 400, ['key must be 2 to 40 lower-case letters, digits and _, starting with a letter']);
    expect(result.ok).toBe(false);
    expect(spec.sut.agencies()).toBeNull();
  });
});
