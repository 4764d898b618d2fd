import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { complaintLetter, nhsComplaint } from './catalogue-examples.testing';
import { CataloguePage } from './catalogue-page';
import { keyFromName, limitInWords } from './catalogue-words';

describe('CataloguePage', () => {
  let fixture: ComponentFixture<CataloguePage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const rows = (caption: string) =>
    [...(page.el().querySelector(`table:has(caption#${caption})`)?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(' '));

  it('should list the types with their stages and where each comes from, archived ones apart', async () => {
    fixture = TestBed.createComponent(CataloguePage);
    fixture.detectChanges();
    api.backend.expectOne('/api/challenge-types').flush([
      nhsComplaint(),
      nhsComplaint({ key: 'housing_review', name: 'Housing review', changed: true }),
      nhsComplaint({ key: 'school_exclusion', name: 'School exclusion', shipped: false, changed: true, stages: [{ key: 'appeal', name: 'Appeal', description: 'x', limit: null }] }),
      nhsComplaint({ key: 'pals_contact', name: 'PALS contact', archived: true, changed: true }),
    ]);
    api.backend.expectOne('/api/letter-templates').flush([
      complaintLetter(),
      complaintLetter({ key: 'records', name: 'Asking for my records', challengeTypeKey: null, stageKey: null, shipped: false, changed: true }),
      complaintLetter({ key: 'housing_review', name: 'Housing review', challengeTypeKey: 'housing_review', stageKey: null, archived: true, changed: true }),
    ]);
    await page.settle(2);
    expect(rows('types-caption')).toEqual([
      'Housing review Changed 2 stages, 1 with a time limit',
      'NHS complaint Default 2 stages, 1 with a time limit',
      'School exclusion Your own 1 stage, no time limits',
    ]);
    expect(page.text()).toContain('Archived types');
    expect(page.el().querySelector('a[href="/pals_contact"]')).toBeTruthy();
    expect(rows('templates-caption')).toEqual(['Asking for my records Your own Any challenge', 'NHS complaint Default NHS complaint: Complaint made']);
    expect(page.el().querySelector('a[href="/letter-templates/housing_review"]')?.closest('ul')?.previousElementSibling?.previousElementSibling?.textContent).toBe('Archived templates');
  });

  it('should say what went wrong when the catalogue cannot be read', async () => {
    fixture = TestBed.createComponent(CataloguePage);
    fixture.detectChanges();
    api.backend.expectOne('/api/challenge-types').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    api.backend.expectOne('/api/letter-templates').flush([]);
    await page.settle(2);
    expect(page.el().querySelector('bs-notice')?.textContent).toContain('Not allowed');
  });

  it('should make keys from names and put limits in words', () => {
    expect(keyFromName('NHS complaint (our own) – Café')).toBe('nhs_complaint_our_own_cafe');
    expect(keyFromName('2nd opinion')).toBe('nd_opinion');
    expect(limitInWords({ amount: 1, unit: 'months', from: 'event', source: 's' })).toBe('1 month from the event');
    expect(limitInWords({ amount: 3, unit: 'working_days', from: 'stage_start', source: 's' })).toBe('3 working days from the day the stage began');
  });
});
