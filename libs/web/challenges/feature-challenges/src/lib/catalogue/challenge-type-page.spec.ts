import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { ChallengeTypeView } from '@beside/shared/contracts';
import { FlashNotice } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { nhsComplaint } from './catalogue-examples.testing';
import { ChallengeTypePage } from './challenge-type-page';

describe('ChallengeTypePage', () => {
  let fixture: ComponentFixture<ChallengeTypePage>;
  let sure = true;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(sure) }) } });
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);
  const field = <T extends HTMLElement = HTMLInputElement>(selector: string) => page.el().querySelector(selector) as T;

  async function open(key: string | undefined, types: ChallengeTypeView[] = [nhsComplaint()]): Promise<void> {
    fixture = TestBed.createComponent(ChallengeTypePage);
    if (key) fixture.componentRef.setInput('typeKey', key);
    fixture.detectChanges();
    api.backend.expectOne('/api/challenge-types').flush(types);
    await settle();
  }

  beforeEach(() => {
    sure = true;
  });

  it('should change a default stage’s time limit and send the whole type under its key', async () => {
    await open('nhs_complaint');
    expect(page.el().querySelector('h1')?.textContent).toContain('NHS complaint');
    expect(field('#stage-0-amount').value).toBe('12');
    page.type('#stage-0-amount', '6');
    page.button('Save the type').click();
    await settle();
    const req = api.backend.expectOne('/api/challenge-types/nhs_complaint');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body.stages[0]).toEqual({
      key: 'complaint',
      name: 'Complaint made',
      description: 'She complains to the NHS body.',
      limit: { amount: 6, unit: 'months', from: 'awareness', nextWorkingDay: false, source: 'Complaints Regulations 2009, regulation 12' },
    });
    expect(req.request.body.stages[1].limit).toBeNull();
    req.flush({ ...nhsComplaint({ changed: true }), ...req.request.body });
    await settle();
    expect(page.text()).toContain('Saved. New challenges of this type follow it from now on');
    expect(field('#stage-0-amount').value).toBe('6');
  });

  it('should ask for the source of a time limit and link the summary to it', async () => {
    await open('nhs_complaint');
    (field('#stage-1-limit-on-input') as HTMLInputElement).click();
    await settle();
    page.type('#stage-1-amount', '3');
    page.button('Save the type').click();
    await settle();
    const link = page.el().querySelector('bs-error-summary a[href="#stage-1-source"]');
    expect(link?.textContent).toBe('Say which regulation or guidance sets the time limit of stage 2');
  });

  it('should add, move and remove stages by buttons, focus following the stage moved', async () => {
    await open('nhs_complaint');
    page.button('Add a stage').click();
    await settle();
    expect(document.activeElement?.id).toBe('stage-2-name');
    page.type('#stage-2-name', 'Ombudsman');
    await settle();
    expect(field('#stage-2-key').value).toBe('ombudsman');
    page.button('Move up stage 3').click();
    await settle();
    expect([...page.el().querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual(['Stage 1: Complaint made', 'Stage 2: Ombudsman', 'Stage 3: Response']);
    expect(document.activeElement?.id).toBe('stage-1-up');
    page.button('Remove stage 1').click();
    await settle();
    page.type('#stage-0-description', 'The Ombudsman looks at it.');
    page.button('Save the type').click();
    await settle();
    const req = api.backend.expectOne('/api/challenge-types/nhs_complaint');
    expect(req.request.body.stages.map((s: { key: string }) => s.key)).toEqual(['ombudsman', 'response']);
    req.flush(nhsComplaint({ changed: true }));
    await settle();
  });

  it('should add a type of her own under a key made from its name, and open it', async () => {
    await open(undefined);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    page.type('#type-name', 'NHS complaint');
    await settle();
    expect(field('#type-key').value).toBe('nhs_complaint');
    page.type('#type-body-hint', 'A school');
    page.type('#stage-0-name', 'Appeal to governors');
    page.type('#stage-0-description', 'She asks the governors to look again.');
    page.button('Add the type').click();
    await settle();
    expect(page.el().querySelector('bs-error-summary')?.textContent).toContain('A type with this key already exists');
    page.type('#type-name', 'School exclusion review');
    await settle();
    expect(field('#type-key').value).toBe('school_exclusion_review');
    page.button('Add the type').click();
    await settle();
    const req = api.backend.expectOne('/api/challenge-types/school_exclusion_review');
    expect(req.request.body).toEqual({
      name: 'School exclusion review',
      bodyHint: 'A school',
      stages: [{ key: 'appeal_to_governors', name: 'Appeal to governors', description: 'She asks the governors to look again.', limit: null }],
    });
    req.flush(nhsComplaint({ key: 'school_exclusion_review', name: 'School exclusion review', shipped: false, changed: true }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organisation/challenge-types', 'school_exclusion_review']);
    expect(TestBed.inject(FlashNotice).take()).toBe('School exclusion review is added to your challenge types.');
  });

  it('should put the API’s message about a stage’s field on that field', async () => {
    await open('nhs_complaint');
    page.button('Save the type').click();
    await settle();
    api.backend
      .expectOne('/api/challenge-types/nhs_complaint')
      .flush({ statusCode: 400, message: ['stages.1.name must be shorter than or equal to 120 characters', 'stages: the key "x" is used twice'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    const summary = page.el().querySelector('bs-error-summary');
    expect(summary?.querySelector('a[href="#stage-1-name"]')?.textContent).toBe('Name of stage 2 must be shorter than or equal to 120 characters');
    expect(summary?.querySelector('a[href="#add-stage"]')?.textContent).toBe('The key "x" is used twice');
  });

  it('should archive the type once she confirms, saying open challenges carry on, and bring it back when saved', async () => {
    await open('nhs_complaint');
    page.button('Archive this type').click();
    await settle();
    api.backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/challenge-types/nhs_complaint').flush(nhsComplaint({ archived: true, changed: true }));
    await settle();
    expect(page.text()).toContain('NHS complaint is archived. Open challenges of this type carry on.');
    expect(page.button('Archive this type')).toBeUndefined();
    page.button('Save and bring it back').click();
    await settle();
    api.backend.expectOne('/api/challenge-types/nhs_complaint').flush(nhsComplaint({ changed: true }));
    await settle();
    expect(page.text()).toContain('Saved, and back in use');
  });

  it('should archive nothing when she keeps it in use', async () => {
    sure = false;
    await open('nhs_complaint');
    page.button('Archive this type').click();
    await settle();
    api.backend.expectNone('/api/challenge-types/nhs_complaint');
  });

  it('should say so when the organisation has no type with the key', async () => {
    await open('no_such_type');
    expect(page.el().querySelector('h1')?.textContent).toContain('Challenge type not found');
  });
});
