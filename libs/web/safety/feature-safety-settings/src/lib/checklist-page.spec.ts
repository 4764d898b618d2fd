import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { ChecklistPage } from './checklist-page';
import { checklist, version } from './settings-examples.testing';

describe('ChecklistPage', () => {
  let fixture: ComponentFixture<ChecklistPage>;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } });
  const page = pageOf(() => fixture);
  const versions = [version(), version({ version: 2, shipped: false, inUse: false, thresholds: { medium: 12, high: 20, marac: 20 } })];

  async function open(v?: string): Promise<void> {
    fixture = TestBed.createComponent(ChecklistPage);
    fixture.componentRef.setInput('checklistKey', 'beside_domestic_abuse');
    if (v) fixture.componentRef.setInput('version', v);
    fixture.detectChanges();
    api.backend.expectOne('/api/risk-checklists').flush([checklist({ versions })]);
    await page.settle(2);
  }

  it('should show the current version in full, editable while no assessment has used it', async () => {
    await open();
    expect(page.text()).toContain('Version 2, used for new assessments');
    expect(page.text()).toContain('Medium from a score of 12');
    expect(page.el().querySelector('a[href="/organisation/safety/checklists/beside_domestic_abuse/versions/2/edit"]')).toBeTruthy();
    const rows = [...page.el().querySelectorAll('.bs-answers tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' '));
    expect(rows.slice(0, 2)).toEqual(['No 0', 'Yes 3']);
  });

  it('should mark the shipped version in use as fixed, saying why in words', async () => {
    await open('1');
    expect(page.el().querySelector('nav')?.textContent?.replace(/\s+/g, ' ')).toContain('Version 1 Shipped with Beside In use — fixed');
    expect(page.el().querySelector('#version-fixed')?.textContent).toContain('The version shipped with Beside cannot be changed: add a new version of it instead.');
    expect(page.el().querySelector('a[href$="/edit"]')).toBeNull();
  });

  it('should archive the checklist once she confirms', async () => {
    await open();
    page.button('Archive this checklist').click();
    await page.settle(3);
    const req = api.backend.expectOne('/api/risk-checklists/beside_domestic_abuse');
    expect(req.request.method).toBe('DELETE');
    req.flush(checklist({ versions, archived: true }));
    await page.settle(2);
    expect(page.text()).toContain('Domestic abuse risk checklist is archived.');
    expect(page.text()).toContain('Archived: no new assessment can use this checklist.');
  });
});
