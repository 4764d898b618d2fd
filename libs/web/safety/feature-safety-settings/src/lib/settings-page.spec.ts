import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { SafetySettingsPage } from './settings-page';
import { agency, checklist, version } from './settings-examples.testing';

describe('SafetySettingsPage', () => {
  let fixture: ComponentFixture<SafetySettingsPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const rows = (caption: string) =>
    [...(page.el().querySelector(`table:has(caption#${caption})`)?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));

  it('should list the checklists and agencies with where each comes from, archived ones apart', async () => {
    fixture = TestBed.createComponent(SafetySettingsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/risk-checklists').flush([
      checklist({ versions: [version(), version({ version: 2, shipped: false, inUse: false })] }),
      checklist({ key: 'licensed', name: 'Licensed checklist', archived: true, versions: [version({ checklistKey: 'licensed', shipped: false })] }),
    ]);
    api.backend.expectOne('/api/referral-agencies').flush([
      agency(),
      agency({ key: 'housing_team', name: 'Housing team', description: 'The council’s housing team.', outcomeStatus: 'outcome_received', shipped: false }),
      agency({ key: 'police', name: 'Police', archived: true }),
    ]);
    await page.settle(2);
    expect(rows('checklists-caption')).toEqual(['Domestic abuse risk checklist Shipped with Beside | Version 2']);
    expect(page.el().querySelector('ul[aria-labelledby="archived-checklists-heading"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Licensed checklist Your own Archived');
    expect(rows('agencies-caption')).toEqual([
      'Housing team Your ownThe council’s housing team. | Outcome received',
      'MARAC Shipped with BesideThe local multi-agency risk assessment conference. | Discussed',
    ]);
    expect(page.el().querySelector('a[href="/agencies/police"]')?.closest('ul')?.getAttribute('aria-labelledby')).toBe('archived-agencies-heading');
  });

  it('should say what went wrong with either list', async () => {
    fixture = TestBed.createComponent(SafetySettingsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/risk-checklists').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    api.backend.expectOne('/api/referral-agencies').flush([]);
    await page.settle(2);
    expect(page.el().querySelector('bs-notice')?.textContent).toContain('Not allowed');
    expect(page.text()).toContain('No agency is in use.');
  });
});
