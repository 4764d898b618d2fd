import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MemberOrganisationView, NetworkFiguresView } from '@beside/shared/contracts';
import { MemberOrganisationsStore } from './member-organisations.store';
import { networkFiguresCsvUrl } from './network-api';
import { NetworkFiguresStore } from './network-figures.store';
import { NetworkPoolSettingStore } from './network-pool-setting.store';

export function memberOrganisation(overrides: Partial<MemberOrganisationView> = {}): MemberOrganisationView {
  return {
    id: 'o1',
    name: 'Harbour Women’s Voice',
    status: 'active',
    suspendedAt: null,
    suspensionReason: null,
    sharesNetworkFigures: true,
    settings: { messageSender: null, concernTriageHours: {}, openingHours: null, servicesOffered: null },
    admins: [{ accountId: 'a1', name: 'Hana Sato', email: 'hana@example.org', status: 'active' }],
    createdAt: '2026-12-01T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

describe('MemberOrganisationsStore', () => {
  let sut: MemberOrganisationsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [MemberOrganisationsStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(MemberOrganisationsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list the member organisations by name', async () => {
    const loading = sut.loadAll();
    backend.expectOne('/api/network/organisations').flush([memberOrganisation({ id: 'o2', name: 'Riverside' }), memberOrganisation()]);
    expect(await loading).toBe(true);
    expect(sut.list()?.map((o) => o.name)).toEqual(['Harbour Women’s Voice', 'Riverside']);
  });

  it('should say why the list could not be read and keep nothing made up', async () => {
    const loading = sut.loadAll();
    backend
      .expectOne('/api/network/organisations')
      .flush({ statusCode: 403, message: 'Only the network operator can see this' }, { status: 403, statusText: 'Forbidden' });
    expect(await loading).toBe(false);
    expect(sut.problem()).toBe('Only the network operator can see this');
    expect(sut.list()).toBeNull();
  });

  it('should add an organisation with its first admin, with the submission’s Idempotency-Key, and put it in the list', async () => {
    const loading = sut.loadAll();
    backend.expectOne('/api/network/organisations').flush([memberOrganisation({ id: 'o2', name: 'Riverside' })]);
    await loading;
    const request = { name: 'Harbour Women’s Voice', firstAdmin: { name: 'Hana Sato', email: 'hana@example.org' } };
    const creating = sut.create(request, 'key-1');
    const req = backend.expectOne('/api/network/organisations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(memberOrganisation(), { status: 201, statusText: 'Created' });
    const result = await creating;
    expect(result.ok).toBe(true);
    expect(sut.list()?.map((o) => o.name)).toEqual(['Harbour Women’s Voice', 'Riverside']);
  });

  it('should send the version it read, and hand back what is there now on a stale one', async () => {
    const loading = sut.load('o1');
    backend.expectOne('/api/network/organisations/o1').flush(memberOrganisation());
    await loading;
    const saving = sut.update({ name: 'Harbour Voice' });
    const req = backend.expectOne('/api/network/organisations/o1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ name: 'Harbour Voice', version: 3 });
    const now = memberOrganisation({ name: 'Harbour Women’s Voice CIC', version: 4 });
    req.flush({ statusCode: 409, message: 'Someone changed this organisation meanwhile', current: now }, { status: 409, statusText: 'Conflict' });
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflict?.current).toEqual(now);
    // Nothing is taken as saved until the form decides.
    expect(sut.current()?.name).toBe('Harbour Women’s Voice');
  });

  it('should take a name already in use as a problem, not as a conflict', async () => {
    const loading = sut.load('o1');
    backend.expectOne('/api/network/organisations/o1').flush(memberOrganisation());
    await loading;
    const saving = sut.update({ name: 'Riverside' });
    backend
      .expectOne('/api/network/organisations/o1')
      .flush({ statusCode: 409, message: 'name: Another member organisation is called Riverside' }, { status: 409, statusText: 'Conflict' });
    const result = await saving;
    expect(!result.ok && result.conflict).toBeNull();
    expect(!result.ok && result.problem.messages).toEqual(['name: Another member organisation is called Riverside']);
  });

  it('should suspend with the reason and reinstate, keeping what the API answers', async () => {
    const loading = sut.load('o1');
    backend.expectOne('/api/network/organisations/o1').flush(memberOrganisation());
    await loading;
    const suspending = sut.suspend('Its trustees asked for a pause', 'key-2');
    const req = backend.expectOne('/api/network/organisations/o1/suspend');
    expect(req.request.body).toEqual({ reason: 'Its trustees asked for a pause' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    req.flush(memberOrganisation({ status: 'suspended', suspendedAt: '2026-12-07T09:00:00Z', suspensionReason: 'Its trustees asked for a pause', version: 4 }));
    expect((await suspending).ok).toBe(true);
    expect(sut.current()?.status).toBe('suspended');

    const reinstating = sut.reinstate();
    const again = backend.expectOne('/api/network/organisations/o1/reinstate');
    expect(again.request.method).toBe('POST');
    again.flush(memberOrganisation({ version: 5 }));
    await reinstating;
    expect(sut.current()?.status).toBe('active');
  });

  it('should add an invited admin to the organisation’s admins', async () => {
    const loading = sut.load('o1');
    backend.expectOne('/api/network/organisations/o1').flush(memberOrganisation());
    await loading;
    const inviting = sut.inviteAdmin({ name: 'Lena Park', email: 'lena@example.org' }, 'key-3');
    const req = backend.expectOne('/api/network/organisations/o1/admins');
    expect(req.request.body).toEqual({ name: 'Lena Park', email: 'lena@example.org' });
    req.flush({ accountId: 'a2', name: 'Lena Park', email: 'lena@example.org', status: 'invited' }, { status: 201, statusText: 'Created' });
    expect((await inviting).ok).toBe(true);
    expect(sut.current()?.admins.map((a) => `${a.name} ${a.status}`)).toEqual(['Hana Sato active', 'Lena Park invited']);
  });
});

describe('NetworkFiguresStore', () => {
  let sut: NetworkFiguresStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [NetworkFiguresStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(NetworkFiguresStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should ask for the months from and to', async () => {
    const figures: NetworkFiguresView = { from: '2026-01', to: '2026-03', organisationsPooled: 2, tables: [], protection: 'Counts from 1 to 4 show as <5.' };
    const loading = sut.show('2026-01', '2026-03');
    expect(sut.loading()).toBe(true);
    backend.expectOne('/api/network/figures?from=2026-01&to=2026-03').flush(figures);
    expect(await loading).toBe(true);
    expect(sut.value()).toEqual(figures);
    expect(sut.loading()).toBe(false);
  });

  it('should keep the API’s problem with a range for the form', async () => {
    const loading = sut.show('2024-01', '2026-03');
    backend
      .expectOne((r) => r.url === '/api/network/figures')
      .flush({ statusCode: 400, message: ['to: Choose at most 24 months'] }, { status: 400, statusText: 'Bad Request' });
    expect(await loading).toBe(false);
    expect(sut.apiProblem()?.messages).toEqual(['to: Choose at most 24 months']);
    expect(sut.value()).toBeNull();
  });

  it('should link the CSV of the same months', () => {
    expect(networkFiguresCsvUrl('2026-01', '2026-03')).toBe('/api/network/figures.csv?from=2026-01&to=2026-03');
  });
});

describe('NetworkPoolSettingStore', () => {
  it('should read the setting and save a change with PUT', async () => {
    TestBed.configureTestingModule({ providers: [NetworkPoolSettingStore, provideHttpClient(), provideHttpClientTesting()] });
    const sut = TestBed.inject(NetworkPoolSettingStore);
    const backend = TestBed.inject(HttpTestingController);
    const loading = sut.load();
    backend.expectOne('/api/organisation/network-figures').flush({ sharesNetworkFigures: true, changedAt: null });
    await loading;
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
