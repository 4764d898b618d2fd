import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { NetworkFiguresView } from '@beside/shared/contracts';
import { apiSpec, fakeApi } from '@beside/web/core/testing';
import { defaultRange } from './figures-months';
import { NetworkFiguresPage } from './network-figures-page';
import { PoolSettingPage } from './pool-setting-page';

const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r));
};

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const figures: NetworkFiguresView = {
  from: '2026-01',
  to: '2026-02',
  organisationsPooled: 3,
  tables: [
    {
      measure: 'accompaniments',
      title: 'Accompaniments by support level',
      columns: ['Light', 'Medium', 'Intensive'],
      rows: [
        { month: '2026-01', cells: [12, '<5', 'suppressed'] },
        { month: '2026-02', cells: [0, 7, 9] },
      ],
    },
  ],
  protection: 'Counts from 1 to 4 show as <5; a cell is suppressed when fewer than three organisations contribute to it.',
};

describe('network figures', () => {
  const api = apiSpec();

  /** The page with the default months' figures shown. */
  async function open(): Promise<{ fixture: ComponentFixture<NetworkFiguresPage>; el: HTMLElement }> {
    const fixture = TestBed.createComponent(NetworkFiguresPage);
    api.backend.expectOne((r) => r.url === '/api/network/figures').flush(figures);
    await settle();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement };
  }

  async function showMonths(el: HTMLElement, from: string, to: string): Promise<void> {
    type(el, '#figures-from', from);
    type(el, '#figures-to', to);
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
  }

  it('should show the twelve complete months first, as tables with months as rows, and explain “<5” and “suppressed”', async () => {
    const { from, to } = defaultRange();
    const fixture = TestBed.createComponent(NetworkFiguresPage);
    api.backend.expectOne(`/api/network/figures?from=${from}&to=${to}`).flush(figures);
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Pooled from 3 member organisations.');
    const table = el.querySelector('table');
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim())).toEqual(['Month', 'Light', 'Medium', 'Intensive']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['January 2026', '12', '<5', 'suppressed'],
      ['February 2026', '0', '7', '9'],
    ]);
    const protection = el.querySelector('.bs-figures-protection')?.textContent ?? '';
    expect(protection).toContain('“<5” means a count from 1 to 4');
    expect(protection).toContain('“suppressed” means the number is held back');
    expect(protection).toContain(figures.protection);
    expect(el.querySelector('a[download]')?.getAttribute('href')).toBe(`/api/network/figures.csv?from=${from}&to=${to}`);
  });

  it('should refuse more than 24 months, or a last month before the first, without asking the API', async () => {
    const { fixture, el } = await open();
    await showMonths(el, '2023-01', '2025-01');
    fixture.detectChanges();
    expect(el.querySelector('bs-error-summary')?.textContent).toContain('Choose at most 24 months at a time');
    await showMonths(el, '2025-06', '2025-03');
    fixture.detectChanges();
    expect(el.querySelector('bs-error-summary')?.textContent).toContain('The last month must be the same as the first month or after it');
    api.backend.expectNone((r) => r.url === '/api/network/figures');
  });

  it('should ask for the chosen months and move the CSV link with them', async () => {
    const { fixture, el } = await open();
    await showMonths(el, '2024-03', '2026-02');
    api.backend.expectOne('/api/network/figures?from=2024-03&to=2026-02').flush({ ...figures, from: '2024-03', organisationsPooled: 1, tables: [] });
    await settle();
    fixture.detectChanges();
    expect(el.textContent).toContain('Pooled from 1 member organisation.');
    expect(el.textContent).toContain('No figures for these months.');
    expect(el.querySelector('a[download]')?.getAttribute('href')).toBe('/api/network/figures.csv?from=2024-03&to=2026-02');
  });

  it('should put the API’s refusal of a range on its field', async () => {
    const fixture = TestBed.createComponent(NetworkFiguresPage);
    api.backend
      .expectOne((r) => r.url === '/api/network/figures')
      .flush({ statusCode: 400, message: ['to: Choose a month that has begun'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('bs-error-summary a')?.getAttribute('href')).toBe('#figures-to');
    expect(el.querySelector('bs-error-summary')?.textContent).toContain('Choose a month that has begun');
  });
});

describe('joining the network’s pooled figures', () => {
  it('should show the setting and save a change with what it means', async () => {
    const backend = fakeApi();
    const fixture = TestBed.createComponent(PoolSettingPage);
    backend.expectOne('/api/organisation/network-figures').flush({ sharesNetworkFigures: true, changedAt: null });
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector('#pool-shares-input') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(el.textContent).toContain('Yes unless your organisation says no.');
    box.click();
    fixture.detectChanges();
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const req = backend.expectOne('/api/organisation/network-figures');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ sharesNetworkFigures: false });
    req.flush({ sharesNetworkFigures: false, changedAt: '2026-12-07T09:00:00Z' });
    await settle();
    fixture.detectChanges();
    expect(el.textContent).toContain('Saved. Your organisation’s figures are kept out of the network’s pooled figures from now on.');
    expect(el.textContent).toContain('your figures are kept out of the pooled figures');
    expect((el.querySelector('#pool-shares-input') as HTMLInputElement).checked).toBe(false);
    backend.verify();
  });
});
