import type { CampaignView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { CampaignsStore } from './campaigns.store';

function campaign(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'c1',
    title: 'Care coordinators within a week',
    summary: 'Ask the integrated care board to fund more coordinators.',
    status: 'active',
    findingIds: ['f1'],
    findings: [{ id: 'f1', title: 'Waiting for a care coordinator' }],
    asks: [],
    targets: [],
    actions: [],
    outcomes: [],
    version: 3,
    ...overrides,
  };
}

describe('CampaignsStore', () => {
  const spec = storeSpec(CampaignsStore);
  const open = () => spec.answer(spec.sut.load('c1'), '/api/campaigns/c1', campaign());

  it('should add an action with the campaign’s version and keep the campaign the API answers', async () => {
    await open();
    const pending = spec.sut.addItem('actions', { what: 'Write to the ICB', owner: 'Rosa', dueOn: '2026-12-20' }, 'k1');
    const req = spec.backend.expectOne('/api/campaigns/c1/actions');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ what: 'Write to the ICB', owner: 'Rosa', dueOn: '2026-12-20', version: 3 });
    const action = { id: 'a1', what: 'Write to the ICB', owner: 'Rosa', dueOn: '2026-12-20', status: 'planned' as const, doneOn: null };
    req.flush(campaign({ actions: [action], version: 4 }));
    await pending;
    expect(spec.sut.current()?.version).toBe(4);
    expect(spec.sut.current()?.actions).toEqual([action]);
  });

  it('should change and remove an item by its id, with the version', async () => {
    await open();
    const change = spec.sut.updateItem('asks', 'x1', { words: 'Fund ten more coordinators' });
    const patch = spec.backend.expectOne('/api/campaigns/c1/asks/x1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ words: 'Fund ten more coordinators', version: 3 });
    patch.flush(campaign({ version: 4 }));
    await change;
    const remove = spec.sut.removeItem('asks', 'x1');
    const del = spec.backend.expectOne('/api/campaigns/c1/asks/x1');
    expect(del.request.method).toBe('DELETE');
    expect(del.request.body).toEqual({ version: 4 });
    del.flush(campaign({ version: 5 }));
    await remove;
    expect(spec.sut.current()?.version).toBe(5);
  });

  it('should keep the campaign as it was when the version is stale, and hand back the current one', async () => {
    await open();
    const pending = spec.sut.update({ status: 'achieved' });
    spec.backend
      .expectOne('/api/campaigns/c1')
      .flush({ statusCode: 409, message: 'Someone else changed this campaign', current: campaign({ version: 7 }) }, { status: 409, statusText: 'Conflict' });
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflict?.current.version).toBe(7);
    expect(spec.sut.current()?.status).toBe('active');
  });

  it('should put a new campaign into the list', async () => {
    await spec.answer(spec.sut.loadAll(), '/api/campaigns', []);
    const request = { title: 'Care coordinators', summary: 'Why', findingIds: ['f1'] };
    const pending = spec.sut.create(request, 'k2');
    const req = spec.backend.expectOne('/api/campaigns');
    expect(req.request.body).toEqual(request);
    req.flush(campaign());
    await pending;
    expect(spec.sut.list()?.map((c) => c.id)).toEqual(['c1']);
  });
});
