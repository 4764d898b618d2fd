import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { HerStatementView } from '@beside/shared/contracts';
import { MyStatementStore } from '@beside/web/challenges/data-access';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { SAVED_ELSEWHERE, StatementForm } from './statement-form';

const SAVED: HerStatementView = {
  whatToKnow: 'Speak to me, not about me',
  formats: ['easy_read'],
  support: ['quiet_space'],
  interpreterLanguage: null,
  crisis: null,
  sharedWith: { appointmentIds: [], challengeIds: [] },
  updatedAt: '2027-03-01T10:00:00Z',
  version: 2,
};

describe('StatementForm', () => {
  const api = apiSpec(MyStatementStore);
  let fixture: ComponentFixture<StatementForm>;
  const page = pageOf(() => fixture);
  const box = (id: string) => page.el().querySelector(`#${id}-input`) as HTMLInputElement;
  const submit = async () => {
    (page.el().querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await page.settle(2);
  };

  beforeEach(async () => {
    TestBed.inject(MyStatementStore).statement.set(SAVED);
    fixture = TestBed.createComponent(StatementForm);
    await page.settle();
  });

  it('should show what she saved, with every format and support in plain words', () => {
    expect((page.el().querySelector('#about-me-know') as HTMLTextAreaElement).value).toBe('Speak to me, not about me');
    expect(box('about-me-format-easy_read').checked).toBe(true);
    expect(box('about-me-support-quiet_space').checked).toBe(true);
    expect(page.text()).toContain('A British Sign Language interpreter');
    expect(page.text()).toContain('British Sign Language video');
    expect(page.el().querySelectorAll('fieldset legend')[0].textContent).toContain('How to give you information');
  });

  it('should save her words, empty ones as nothing, with the version she read', async () => {
    box('about-me-format-large_print').click();
    page.type('#about-me-interpreter', ' Polish ');
    page.type('#about-me-crisis', '   ');
    await submit();
    const req = api.backend.expectOne('/api/my/statement');
    expect(req.request.body).toEqual({
      whatToKnow: 'Speak to me, not about me',
      formats: ['large_print', 'easy_read'],
      support: ['quiet_space'],
      interpreterLanguage: 'Polish',
      crisis: null,
      version: 2,
    });
    req.flush({ ...SAVED, formats: ['large_print', 'easy_read'], interpreterLanguage: 'Polish', version: 3 });
    await page.settle(2);
    expect(page.text()).toContain('Saved.');
  });

  it('should show what was saved elsewhere, and say so, when her version is old', async () => {
    page.type('#about-me-know', 'Mine');
    await submit();
    api.backend.expectOne('/api/my/statement').flush({ message: 'Saved on another device', current: { ...SAVED, whatToKnow: 'Newer', version: 3 } }, { status: 409, statusText: 'Conflict' });
    await page.settle(3);
    expect((page.el().querySelector('#about-me-know') as HTMLTextAreaElement).value).toBe('Newer');
    expect(page.text()).toContain(SAVED_ELSEWHERE);
  });
});
