import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { LetterTemplateView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { complaintLetter, nhsComplaint } from './catalogue-examples.testing';
import type { LetterTemplateForm } from './letter-template-form';
import { LetterTemplatePage } from './letter-template-page';

describe('LetterTemplatePage', () => {
  let fixture: ComponentFixture<LetterTemplatePage>;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } });
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);
  const body = () => page.el().querySelector('#template-body') as HTMLTextAreaElement;
  const form = () => (fixture.componentInstance as unknown as { form: LetterTemplateForm }).form;

  async function open(key: string | undefined, templates: LetterTemplateView[] = [complaintLetter()]): Promise<void> {
    fixture = TestBed.createComponent(LetterTemplatePage);
    if (key) fixture.componentRef.setInput('templateKey', key);
    fixture.detectChanges();
    api.backend.expectOne('/api/challenge-types').flush([nhsComplaint(), nhsComplaint({ key: 'pals_contact', name: 'PALS contact', stages: [] })]);
    api.backend.expectOne('/api/letter-templates').flush(templates);
    await settle();
  }

  it('should list every merge field with what it is, and insert one where the cursor was', async () => {
    await open('nhs_complaint');
    const first = page.el().querySelector('.bs-merge-field');
    expect(first?.querySelector('code')?.textContent).toBe('{{her.name}}');
    expect(first?.textContent).toContain('Her name');
    expect(page.el().querySelector('#insert-her-name')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Insert her name');
    const at = body().value.indexOf(' .');
    body().setSelectionRange(at + 1, at + 1);
    body().dispatchEvent(new Event('blur'));
    (page.el().querySelector('#insert-her-name') as HTMLButtonElement).click();
    await settle();
    expect(form().controls.body.value).toBe('Dear {{body.name}},\n\nMy name is {{her.name}}.');
    expect(document.activeElement?.id).toBe('template-body');
  });

  it('should show the API’s refusal of an unknown merge field on the letter, naming it', async () => {
    await open('nhs_complaint');
    page.type('#template-body', 'My shoe size is {{her.shoeSize}}.');
    page.button('Save the template').click();
    await settle();
    const req = api.backend.expectOne('/api/letter-templates/nhs_complaint');
    expect(req.request.body).toEqual({ name: 'NHS complaint', challengeTypeKey: 'nhs_complaint', stageKey: 'complaint', title: 'Complaint', body: 'My shoe size is {{her.shoeSize}}.' });
    req.flush({ statusCode: 400, message: ['body names unknown merge fields: {{her.shoeSize}}; known: her.name, body.name'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    const link = page.el().querySelector('bs-error-summary a[href="#template-body"]');
    expect(link?.textContent).toBe('Beside has no merge field {{her.shoeSize}}: use one of the fields listed beside the letter, or take it out');
    expect(page.el().querySelector('mat-error')?.textContent).toContain('{{her.shoeSize}}');
  });

  it('should put an unknown field in the title on the title', async () => {
    await open('nhs_complaint');
    page.type('#template-title', 'About {{her.age}}');
    page.button('Save the template').click();
    await settle();
    api.backend
      .expectOne('/api/letter-templates/nhs_complaint')
      .flush({ statusCode: 400, message: ['body names unknown merge fields: {{her.age}}; known: her.name'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(page.el().querySelector('bs-error-summary a')?.getAttribute('href')).toBe('#template-title');
  });

  it('should write a template of her own for any challenge, under a key from its name', async () => {
    await open(undefined);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    page.type('#template-name', 'Asking for my records');
    await settle();
    expect((page.el().querySelector('#template-key') as HTMLInputElement).value).toBe('asking_for_my_records');
    expect(form().controls.stageKey.disabled).toBe(true);
    page.type('#template-title', 'Subject access request');
    page.type('#template-body', 'I am {{her.name}}.');
    page.button('Add the template').click();
    await settle();
    const req = api.backend.expectOne('/api/letter-templates/asking_for_my_records');
    expect(req.request.body).toEqual({ name: 'Asking for my records', challengeTypeKey: null, stageKey: null, title: 'Subject access request', body: 'I am {{her.name}}.' });
    req.flush(complaintLetter({ key: 'asking_for_my_records', name: 'Asking for my records', challengeTypeKey: null, stageKey: null, shipped: false, changed: true }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organisation/challenge-types', 'letter-templates', 'asking_for_my_records']);
  });

  it('should let the stage go back to any when the challenge changes under it', async () => {
    await open('nhs_complaint');
    form().controls.challengeTypeKey.setValue('pals_contact');
    await settle();
    expect(form().controls.stageKey.value).toBe('');
    form().controls.challengeTypeKey.setValue('');
    await settle();
    expect(form().controls.stageKey.disabled).toBe(true);
  });

  it('should archive the template once she confirms', async () => {
    await open('nhs_complaint');
    page.button('Archive this template').click();
    await settle();
    api.backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/letter-templates/nhs_complaint').flush(complaintLetter({ archived: true, changed: true }));
    await settle();
    expect(page.text()).toContain('NHS complaint is archived.');
    expect(page.text()).toContain('Archived: no new letter can be drafted from it.');
  });
});
