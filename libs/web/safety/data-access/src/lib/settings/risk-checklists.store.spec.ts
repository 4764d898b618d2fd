import { storeSpec } from '@beside/web/core/testing';
import { RiskChecklistsStore, checklistBodyOf } from './risk-checklists.store';
import { checklist, checklistVersion } from './settings-examples.testing';

describe('RiskChecklistsStore', () => {
  const spec = storeSpec(RiskChecklistsStore);
  const load = () => spec.answer(spec.sut.load(), '/api/risk-checklists', [checklist(), checklist({ key: 'dash', name: 'DASH', archived: true, versions: [checklistVersion({ checklistKey: 'dash', shipped: false })] })]);

  it('should load the checklists, archived ones apart, and find a version or the current one', async () => {
    await load();
    expect(spec.sut.active().map((c) => c.key)).toEqual(['beside_domestic_abuse']);
    expect(spec.sut.archived().map((c) => c.key)).toEqual(['dash']);
    expect(spec.sut.version('beside_domestic_abuse')?.version).toBe(1);
    expect(spec.sut.version('beside_domestic_abuse', 7)).toBeNull();
  });

  it('should post a new version with an Idempotency-Key and hold the checklist it answers', async () => {
    await load();
    const body = checklistBodyOf(checklistVersion());
    body.thresholds.medium = 12;
    const adding = spec.sut.addVersion('beside_domestic_abuse', body, 'k1');
    const req = spec.backend.expectOne('/api/risk-checklists/beside_domestic_abuse/versions');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Idempotency-Key')).toBe('k1');
    expect(req.request.body.thresholds).toEqual({ medium: 12, high: 20, marac: 20 });
    req.flush(checklist({ versions: [checklistVersion(), checklistVersion({ version: 2, shipped: false, thresholds: body.thresholds })] }));
    expect((await adding).ok).toBe(true);
    expect(spec.sut.checklist('beside_domestic_abuse')?.currentVersion).toBe(2);
  });

  it('should hand back the API’s words when the shipped version cannot be changed, and keep what it holds', async () => {
    await load();
    const message = 'The version shipped with Beside cannot be changed: add a new version of it instead.';
    const result = await spec.refuse(spec.sut.editVersion('beside_domestic_abuse', 1, checklistBodyOf(checklistVersion())), '/api/risk-checklists/beside_domestic_abuse/versions/1', 409, message);
    expect(result.ok ? [] : result.problem.messages).toEqual([message]);
    expect(spec.sut.checklist('beside_domestic_abuse')?.versions.length).toBe(1);
  });

  it('should add a checklist of her own to the list and archive it by its key', async () => {
    await load();
    const own = checklist({ key: 'licensed', name: 'Licensed', versions: [checklistVersion({ checklistKey: 'licensed', shipped: false })] });
    await spec.answer(spec.sut.create({ key: 'licensed', ...checklistBodyOf(checklistVersion()) }), '/api/risk-checklists', own);
    const archiving = spec.sut.archive('licensed');
    const req = spec.backend.expectOne('/api/risk-checklists/licensed');
    expect(req.request.method).toBe('DELETE');
    req.flush({ ...own, archived: true });
    await archiving;
    expect(spec.sut.archived().map((c) => c.key)).toEqual(['dash', 'licensed']);
  });

  it('should say what went wrong when the checklists cannot be read', async () => {
    expect(await spec.refuse(spec.sut.load(), '/api/risk-checklists', 403, 'You do not have permission')).toBe(false);
    expect(spec.sut.problem()).toBe('You do not have permission');
  });
});
