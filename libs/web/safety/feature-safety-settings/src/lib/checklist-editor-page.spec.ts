import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { ChecklistEditorPage, type ChecklistEditorMode } from './checklist-editor-page';
import { checklist, version } from './settings-examples.testing';

describe('ChecklistEditorPage', () => {
  let fixture: ComponentFixture<ChecklistEditorPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);
  const field = (selector: string) => page.el().querySelector(selector) as HTMLInputElement;

  async function open(mode: ChecklistEditorMode, key?: string, v?: string, list = [checklist()]): Promise<void> {
    fixture = TestBed.createComponent(ChecklistEditorPage);
    fixture.componentRef.setInput('mode', mode);
    if (key) fixture.componentRef.setInput('checklistKey', key);
    if (v) fixture.componentRef.setInput('version', v);
    fixture.detectChanges();
    api.backend.expectOne('/api/risk-checklists').flush(list);
    await settle();
  }

  it('should start a new version from the current one’s text and post it with a changed threshold', async () => {
    await open('version', 'beside_domestic_abuse');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(page.el().querySelector('h1')?.textContent).toContain('New version of Domestic abuse risk checklist');
    expect(field('#threshold-medium').value).toBe('10');
    expect(field('#q-0-text').value).toBe('Are you frightened of the person harming you?');
    page.type('#threshold-medium', '12');
    page.button('Save the new version').click();
    await settle();
    const req = api.backend.expectOne('/api/risk-checklists/beside_domestic_abuse/versions');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.has('Idempotency-Key')).toBe(true);
    expect(req.request.body.thresholds).toEqual({ medium: 12, high: 20, marac: 20 });
    expect(req.request.body.questions[1]).toEqual({ key: 'stalking', text: 'Do they follow you?', guidance: null, required: false, options: version().questions[1].options });
    req.flush(checklist({ versions: [version(), version({ version: 2, shipped: false, inUse: false })] }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organisation/safety', 'checklists', 'beside_domestic_abuse']);
  });

  it('should show each of the API’s problems at the top and beside its field', async () => {
    await open('version', 'beside_domestic_abuse');
    page.type('#threshold-medium', '25');
    page.button('Save the new version').click();
    await settle();
    api.backend
      .expectOne('/api/risk-checklists/beside_domestic_abuse/versions')
      .flush({ statusCode: 400, message: ['thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    const link = page.el().querySelector('bs-error-summary a[href="#threshold-medium"]');
    expect(link?.textContent).toBe('Thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)');
    expect(page.el().querySelector('#thresholds-error')?.textContent).toContain('medium ≤ high ≤ marac');
    expect(page.el().querySelector('fieldset.bs-thresholds')?.getAttribute('aria-describedby')).toBe('thresholds-error');
  });

  it('should add, move and remove questions and answers by buttons, with whole-number weights from 0 to 100', async () => {
    await open('version', 'beside_domestic_abuse');
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    page.button('Add a question').click();
    await settle();
    expect(document.activeElement?.id).toBe('q-2-text');
    page.type('#q-2-text', 'Do they have access to weapons?');
    await settle();
    expect(field('#q-2-key').value).toBe('do_they_have_access_to_weapons');
    page.button('Move up question 3').click();
    await settle();
    expect(document.activeElement?.id).toBe('q-1-up');
    page.button('Add an answer to question 2').click();
    await settle();
    page.type('#q-1-o-2-label', 'Not sure');
    page.type('#q-1-o-2-weight', '101');
    page.button('Remove question 1').click();
    await settle();
    page.button('Save the new version').click();
    await settle();
    expect(page.el().querySelector('bs-error-summary a[href="#q-0-o-2-weight"]')?.textContent).toBe('The weight of answer 3 to question 1 must be a whole number from 0 to 100');
    page.type('#q-0-o-2-weight', '1');
    page.button('Save the new version').click();
    await settle();
    const req = api.backend.expectOne('/api/risk-checklists/beside_domestic_abuse/versions');
    expect(req.request.body.questions.map((q: { key: string }) => q.key)).toEqual(['do_they_have_access_to_weapons', 'stalking']);
    expect(req.request.body.questions[0].options[2]).toEqual({ key: 'not_sure', label: 'Not sure', weight: 1 });
    req.flush(checklist());
    await settle();
  });

  it('should say why the shipped version cannot be edited, and offer a new version instead', async () => {
    await open('edit', 'beside_domestic_abuse', '1');
    expect(page.text()).toContain('The version shipped with Beside cannot be changed: add a new version of it instead.');
    expect(page.el().querySelector('form')).toBeNull();
    expect(page.el().querySelector('a[href="/organisation/safety/checklists/beside_domestic_abuse/new-version"]')).toBeTruthy();
  });

  it('should load a checklist of her own from pasted JSON, then create it under its key', async () => {
    await open('own');
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (page.el().querySelector('details') as HTMLDetailsElement).open = true;
    const { checklistKey: _k, version: _v, shipped: _s, inUse: _u, createdAt: _c, ...body } = version({ name: 'Licensed checklist', source: 'Licence 42' });
    page.type('#checklist-json', JSON.stringify({ key: 'licensed', ...body }));
    page.button('Put it in the form').click();
    await settle();
    expect(field('#checklist-name').value).toBe('Licensed checklist');
    expect(field('#checklist-key').value).toBe('licensed');
    page.button('Save the checklist').click();
    await settle();
    const req = api.backend.expectOne('/api/risk-checklists');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ key: 'licensed', ...body });
    req.flush(checklist({ key: 'licensed', name: 'Licensed checklist', versions: [version({ checklistKey: 'licensed', shipped: false })] }));
    await settle();
  });

  it('should name what stops pasted JSON being read', async () => {
    await open('own');
    page.type('#checklist-json', '{ "name": "x" }');
    page.button('Put it in the form').click();
    await settle();
    expect(page.el().querySelector('#checklist-json-problems')?.textContent).toContain('The checklist has no "questions"');
    expect(field('#checklist-json').getAttribute('aria-describedby')).toBe('checklist-json-problems');
  });
});
