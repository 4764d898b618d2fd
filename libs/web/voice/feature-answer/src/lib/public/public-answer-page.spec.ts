import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { PublicConsultationView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { PublicAnswerPage } from './public-answer-page';

const VIEW: PublicConsultationView = {
  title: 'Waiting times',
  privacyNotice: 'We keep no names and no addresses.',
  closesOn: '2099-01-31',
  open: true,
  secondLanguage: null,
  questions: [{ id: 'q1', position: 1, kind: 'scale', words: 'How safe do you feel?', easyRead: null, secondLanguageWords: null, choices: [], required: true, textLimit: null }],
  proofOfWork: { challenge: 'c.1.a.s', bits: 1, expiresAt: '2099-01-01T00:00:00Z' },
};

describe('PublicAnswerPage', () => {
  let fixture: ComponentFixture<PublicAnswerPage>;
  const api = apiSpec();
  const page = pageOf(() => fixture);

  function open(): void {
    fixture = TestBed.createComponent(PublicAnswerPage);
    fixture.componentRef.setInput('slug', 'abcdefghijklmnop');
    fixture.detectChanges();
  }

  it('should show the privacy notice first and say it is anonymous', async () => {
    open();
    api.backend.expectOne('/api/public/consultations/abcdefghijklmnop').flush(VIEW);
    await page.settle();
    expect(page.text()).toContain('We keep no names and no addresses.');
    expect(page.text()).toContain('Anonymous');
    expect(page.button('Start')).toBeDefined();
  });

  it('should say when it is not open, and offer no questions', async () => {
    open();
    api.backend.expectOne('/api/public/consultations/abcdefghijklmnop').flush({ ...VIEW, open: false });
    await page.settle();
    expect(page.text()).toContain('This consultation is not open for answers');
    expect(page.button('Start')).toBeUndefined();
  });

  it('should say in plain words when the link does not work', async () => {
    open();
    api.backend.expectOne('/api/public/consultations/abcdefghijklmnop').flush({ statusCode: 404, message: 'Consultation not found' }, { status: 404, statusText: 'Not Found' });
    await page.settle();
    expect(page.text()).toContain('This link does not work');
  });
});
