import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { ConsultationBuilderPage } from './consultation-builder-page';
import { consultation } from './consultation-examples.testing';
import { ConsultationsPage } from './consultations-page';

const session = { manages: true, role: 'manager' };

describe('the consultations list and builder', () => {
  const asked: string[] = [];
  const api = apiSpec(
    provideRouter([]),
    { provide: SessionStore, useValue: { can: (p: string) => p !== 'consultation:manage' || session.manages, role: () => session.role } },
    { provide: MatDialog, useValue: { open: (_c: unknown, config: { data: { title: string } }) => (asked.push(config.data.title), { afterClosed: () => of(true) }) } },
  );
  let fixture: ReturnType<typeof TestBed.createComponent<unknown>>;
  const page = pageOf(() => fixture);

  beforeEach(() => {
    asked.length = 0;
    session.manages = true;
    session.role = 'manager';
  });

  async function builder(id?: string, answer = consultation()): Promise<void> {
    fixture = TestBed.createComponent(ConsultationBuilderPage);
    if (id) fixture.componentRef.setInput('consultationId', id);
    fixture.detectChanges();
    if (id) api.backend.expectOne(`/api/consultations/${id}`).flush(answer);
    await page.settle(3);
  }

  it('should list each consultation with its status, dates and who answers, and offer a new one to those who write them', async () => {
    fixture = TestBed.createComponent(ConsultationsPage);
    api.backend.expectOne('/api/consultations').flush([consultation({ status: 'open', networkWide: true, locked: true })]);
    await page.settle(2);
    expect(page.text()).toContain('Your say on our groups');
    expect(page.text()).toContain('Open');
    expect(page.text()).toContain('1 December 2026 to 31 December 2026');
    expect(page.text()).toContain('Anonymous, network-wide');
    expect(page.text()).toContain('Some women have answered');
    expect(page.el().querySelector('a[href="/consultations/new"]')).not.toBeNull();
    expect(page.el().querySelector('a[href="/consultations/c1/texts"]')).not.toBeNull();
  });

  it('should show the panel the list and results only, never the builder or the texts', async () => {
    session.manages = false;
    fixture = TestBed.createComponent(ConsultationsPage);
    api.backend.expectOne('/api/consultations').flush([consultation({ locked: true })]);
    await page.settle(2);
    expect(page.el().querySelector('a[href="/consultations/new"]')).toBeNull();
    expect(page.el().querySelector('a[href="/consultations/c1/texts"]')).toBeNull();
    expect(page.el().querySelector('a[href="/consultations/c1"]')).toBeNull();
    expect(page.el().querySelectorAll('a[href="/consultations/c1/results"]').length).toBe(2);
  });

  it('should refuse a new consultation without its title, notice, choice of anonymity and dates, asking the API nothing', async () => {
    await builder();
    page.el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await page.settle();
    const summary = page.el().querySelector('bs-error-summary')?.textContent ?? '';
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Say in plain words what is kept and who sees it');
    expect(summary).toContain('Choose anonymous or named');
    expect(summary).toContain('Enter the day it opens');
    expect(page.el().querySelector('bs-error-summary a[href="#consultation-title"]')).not.toBeNull();
    // The link to the choice lands on the first radio itself, which takes focus.
    expect(page.el().querySelector('bs-error-summary a[href="#consultation-anonymous-input"]')).not.toBeNull();
    expect(page.el().querySelector('input#consultation-anonymous-input')).not.toBeNull();
  });

  it('should save a manager’s network-wide consultation as an anonymous draft and open it', async () => {
    await builder();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    page.type('#consultation-title', ' Your say ');
    page.type('#consultation-privacy-notice', 'No names are kept.');
    (page.el().querySelector('#consultation-network-wide input') as HTMLInputElement).click();
    page.type('#consultation-opens-on', '2026-12-01');
    page.type('#consultation-closes-on', '2026-12-31');
    await page.settle();
    (page.el().querySelector('#consultation-public-link input') as HTMLInputElement).click();
    page.el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await page.settle();
    const req = api.backend.expectOne('/api/consultations');
    expect(req.request.body).toEqual({
      title: 'Your say',
      privacyNotice: 'No names are kept.',
      anonymous: true,
      networkWide: true,
      opensOn: '2026-12-01',
      closesOn: '2026-12-31',
      secondLanguage: null,
      publicLink: true,
    });
    req.flush(consultation({ id: 'c7', title: 'Your say' }), { status: 201, statusText: 'Created' });
    await page.settle(2);
    expect(navigate).toHaveBeenCalledWith(['/consultations', 'c7']);
    expect(TestBed.inject(FlashNotice).take()).toContain('Your say is saved. Now add its questions.');
  });

  it('should preview a question as she would see it and save the questions in order with the version', async () => {
    await builder('c1');
    const frame = () => page.el().querySelector('[data-testid="preview-frame"]')?.textContent ?? '';
    expect(frame()).toContain('We keep your answers without your name.');
    page.button('Preview question 1').click();
    await page.settle();
    expect(frame()).toContain('How did you hear of us?');
    expect(frame()).toContain('My GP');
    page.type('#question-0-words', 'Where did you hear of us?');
    await page.settle();
    expect(frame()).toContain('Where did you hear of us?');

    page.button('Move down question 1').click();
    page.button('Add a question').click();
    await page.settle();
    page.type('#question-2-words', 'Anything else?');
    page.type('#question-2-choice-0-words', 'Yes');
    page.type('#question-2-choice-1-words', 'No');
    await page.settle();
    page.button('Save the questions').click();
    await page.settle();
    const req = api.backend.expectOne('/api/consultations/c1/questions');
    expect(req.request.body.version).toBe(2);
    expect(req.request.body.questions.map((q: { words: string }) => q.words)).toEqual(['What would you change?', 'Where did you hear of us?', 'Anything else?']);
    expect(req.request.body.questions[2]).toEqual({
      kind: 'single',
      words: 'Anything else?',
      easyRead: null,
      secondLanguageWords: null,
      required: true,
      choices: [
        { key: 'a', words: 'Yes', easyRead: null, secondLanguageWords: null },
        { key: 'b', words: 'No', easyRead: null, secondLanguageWords: null },
      ],
    });
    req.flush({ statusCode: 400, message: ['questions.2.choices: each key must be 1–40 lower-case letters, digits, - or _'] }, { status: 400, statusText: 'Bad Request' });
    await page.settle();
    expect(page.el().querySelector('bs-questions-editor bs-error-summary')?.textContent).toContain('each key must be 1–40 lower-case letters');
  });

  it('should not send a choice question with an empty choice, and name the field', async () => {
    await builder('c1');
    page.button('Add a question').click();
    await page.settle();
    page.type('#question-2-words', 'Anything else?');
    page.button('Save the questions').click();
    await page.settle();
    const summary = page.el().querySelector('bs-questions-editor bs-error-summary')?.textContent ?? '';
    expect(summary).toContain('Enter the words of choice 1 of question 3');
    expect(page.el().querySelector('bs-questions-editor bs-error-summary a[href="#question-2-choice-0-words"]')).not.toBeNull();
    api.backend.expectNone('/api/consultations/c1/questions');
  });

  it('should show a locked consultation read-only, saying why', async () => {
    await builder('c1', consultation({ status: 'open', locked: true }));
    expect(page.text()).toContain('Women have answered, so this consultation and its questions can no longer change');
    expect(page.button('Save the questions')).toBeUndefined();
    expect(page.button('Add a question')).toBeUndefined();
    expect((page.el().querySelector('#question-0-words') as HTMLTextAreaElement).disabled).toBe(true);
  });

  it('should open a draft after asking, and say plainly why the API refused', async () => {
    await builder('c1');
    page.button('Open now').click();
    await page.settle(3);
    expect(asked).toEqual(['Open this consultation now?']);
    api.backend
      .expectOne('/api/consultations/c1/open')
      .flush({ statusCode: 409, message: 'A consultation without questions cannot open' }, { status: 409, statusText: 'Conflict' });
    await page.settle(2);
    expect(page.text()).toContain('A consultation without questions cannot open');
  });

  it('should show the public address of an anonymous consultation’s link', async () => {
    await builder('c1', consultation({ publicLink: true, publicSlug: 'k3Xy9' }));
    expect(page.el().querySelector('#public-address')?.textContent).toContain('/consultations/public/k3Xy9');
  });
});
