import { TestBed } from '@angular/core/testing';
import type { NetworkFiguresView } from '@beside/shared/contracts';
import { answer, fakeApi, memberOrganisation, storeSpec } from '@beside/web/core/testing';
import { MemberOrganisationsStore } from './member-organisations.store';
import { networkFiguresCsvUrl } from './network-api';
import { NetworkFiguresStore } from './network-figures.store';
import { NetworkPoolSettingStore } from './network-pool-setting.store';

describe('MemberOrganisationsStore', () => {
  const spec = storeSpec(MemberOrganisationsStore);

  it('should list the member organisations by name', async () => {
    expect(await spec.answer(spec.sut.loadAll(), '/api/network/organisations', [memberOrganisation({ id: 'o2', name: 'Riverside' }), memberOrganisation()])).toBe(true);
    expect(spec.sut.list()?.map((o) => o.name)).toEqual(['Harbour Women’s Voice', 'Riverside']);
  });

  it('should say why the list could not be read and keep nothing made up', async () => {
    expect(await spec.refuse(spec.sut.loadAll(), '/api/network/organisations', 403, 'Only the network operator can see this')).toBe(false);
    expect(spec.sut.problem()).toBe('Only the network operator can see this');
    expect(spec.sut.list()).toBeNull();
  });

  it('should add an organisation with its first admin, with the submission’s Idempotency-Key, and put it in the list', async () => {
    await spec.answer(spec.sut.loadAll(), '/api/network/organisations', [memberOrganisation({ id: 'o2', name: 'Riverside' })]);
    const request = { name: 'Harbour Women’s Voice', firstAdmin: { name: 'Hana Sato', email: 'hana@example.org' } };
    const creating = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/network/organisations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(memberOrganisation(), { status: 201, statusText: 'Created' });
    const result = await creating;
    expect(result.ok).toBe(true);
    expect(spec.sut.list()?.map((o) => o.name)).toEqual(['Harbour Women’s Voice', 'Riverside']);
  });

  it('should send the version it read, and hand back what is there now on a stale one', async () => {
    await spec.answer(spec.sut.load('o1'), '/api/network/organisations/o1', memberOrganisation());
    const saving = spec.sut.update({ name: 'Harbour Voice' });
    const req = spec.backend.expectOne('/api/network/organisations/o1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ name: 'Harbour Voice', version: 3 });
    const now = memberOrganisation({ name: 'Harbour Women’s Voice CIC', version: 4 });
    req.flush({ statusCode: 409, message: 'Someone changed this organisation meanwhile', current: now }, { status: 409, statusText: 'Conflict' });
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflict?.current).toEqual(now);
    // Nothing is taken as saved until the form decides.
    expect(spec.sut.current()?.name).toBe('Harbour Women’s Voice');
  });

  it('should take a name already in use as a problem, not as a conflict', async () => {
    await spec.answer(spec.sut.load('o1'), '/api/network/organisations/o1', memberOrganisation());
    const result = await spec.refuse(spec.sut.update({ name: 'Riverside' }), '/api/network/organisations/o1', 409, 'name: Another member organisation is called Riverside');
    expect(!result.ok && result.conflict).toBeNull();
    expect(!result.ok && result.problem.messages).toEqual(['name: Another member organisation is called Riverside']);
  });

  it('should suspend with the reason and reinstate, keeping what the API answers', async () => {
    await spec.answer(spec.sut.load('o1'), '/api/network/organisations/o1', memberOrganisation());
    const suspending = spec.sut.suspend('Its trustees asked for a pause', 'key-2');
    const req = spec.backend.expectOne('/api/network/organisations/o1/suspend');
    expect(req.request.body).toEqual({ reason: 'Its trustees asked for a pause' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    req.flush(memberOrganisation({ status: 'suspended', suspendedAt: '2026-12-07T09:00:00Z', suspensionReason: 'Its trustees asked for a pause', version: 4 }));
    expect((await suspending).ok).toBe(true);
    expect(spec.sut.current()?.status).toBe('suspended');

    const reinstating = spec.sut.reinstate();
    const again = spec.backend.expectOne('/api/network/organisations/o1/reinstate');
    expect(again.request.method).toBe('POST');
    again.flush(memberOrganisation({ version: 5 }));
    await reinstating;
    expect(spec.sut.current()?.status).toBe('active');
  });

  it('should add an invited admin to the organisation’s admins', async () => {
    await spec.answer(spec.sut.load('o1'), '/api/network/organisations/o1', memberOrganisation());
    const inviting = spec.sut.inviteAdmin({ name: 'Lena Park', email: 'lena@example.org' }, 'key-3');
    const req = spec.backend.expectOne('/api/network/organisations/o1/admins');
    expect(req.request.body).toEqual({ name: 'Lena Park', email: 'lena@example.org' });
    req.flush({ accountId: 'a2', name: 'Lena Park', email: 'lena@example.org', status: 'invited' }, { status: 201, statusText: 'Created' });
    expect((await inviting).ok).toBe(true);
    expect(spec.sut.current()?.admins.map((a) => `${a.name} ${a.status}`)).toEqual(['Hana Sato active', 'Lena Park invited']);
  });
});

describe('NetworkFiguresStore', () => {
  const spec = storeSpec(NetworkFiguresStore);

  it('should ask for the months from and to', async () => {
    const figures: NetworkFiguresView = { from: '2026-01', to: '2026-03', organisationsPooled: 2, tables: [], protection: 'Counts from 1 to 4 show as <5.' };
    const loading = spec.sut.show('2026-01', '2026-03');
    expect(spec.sut.loading()).toBe(true);
    spec.backend.expectOne('/api/network/figures?from=2026-01&to=2026-03').flush(figures);
    expect(await loading).toBe(true);
    expect(spec.sut.value()).toEqual(figures);
    expect(spec.sut.loading()).toBe(false);
  });

  it('should keep the API’s problem with a range for the form', async () => {
    expect(await spec.refuse(spec.sut.show('2024-01', '2026-03'), (r) => r.url === '/api/network/figures', 400, ['to: Choose at most 24 months'])).toBe(false);
    expect(spec.sut.apiProblem()?.messages).toEqual(['to: Choose at most 24 months']);
    expect(spec.sut.value()).toBeNull();
  });

  it('should link the CSV of the same months', () => {
    expect(networkFiguresCsvUrl('2026-01', '2026-03')).toBe('/api/network/figures.csv?from=2026-01&to=2026-03');
  });
});

describe('NetworkPoolSettingStore', () => {
  it('should read the setting and save a change with PUT', async () => {
    const backend = fakeApi(NetworkPoolSettingStore);
    const sut = TestBed.inject(NetworkPoolSettingStore);
    await answer(backend, sut.load(), '/api/organisation/network-figures', { sharesNetworkFigures: true, changedAt: null });
    expect(sut.setting()?.sharesNetworkFigures).toBe(true);
    const saving = sut.save(false);
    const req = backend.expectOne('/api/organisation/network-figures');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ sharesNetworkFigures: false });
    req.flush({ sharesNetworkFigures: false, changedAt: '2026-12-07T09:00:00Z' });
    expect((await saving).ok).toBe(true);
    expect(sut.setting()).toEqual({ sharesNetworkFigures: false, changedAt: '2026-12-07T09:00:00Z' });
    backend.verify();
  });
});
