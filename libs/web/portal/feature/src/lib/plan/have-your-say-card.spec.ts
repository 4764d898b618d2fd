import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyConsultationView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { HaveYourSayCard } from './have-your-say-card';

const OPEN: MyConsultationView = { id: 'c1', title: 'Waiting times', privacyNotice: 'Notice', anonymous: true, closesOn: '2099-01-31', secondLanguage: null, answered: false, questions: [] };

describe('HaveYourSayCard', () => {
  let fixture: ComponentFixture<HaveYourSayCard>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  beforeEach(() => {
    fixture = TestBed.createComponent(HaveYourSayCard);
    fixture.detectChanges();
  });

  it('should list the consultations she has not answered, and say when feedback is waiting', async () => {
    api.backend.expectOne('/api/my/consultations').flush([OPEN, { ...OPEN, id: 'c2', title: 'Answered one', answered: true }]);
    api.backend.expectOne('/api/my/appointment-feedback').flush([{ id: 'i1', appointmentOn: '2026-12-01', professionalRole: 'GP', professionalOrganisation: null }]);
    await page.settle();
    const links = [...page.el().querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Waiting times', '/my/consultations/c1'],
      ['Give feedback', '/my/feedback'],
    ]);
    expect(page.text()).toContain('Tell us how your appointment went');
  });

  it('should show nothing when nothing waits for her, or when it cannot be read', async () => {
    api.backend.expectOne('/api/my/consultations').flush([{ ...OPEN, answered: true }]);
    api.backend.expectOne('/api/my/appointment-feedback').flush({ statusCode: 404, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await page.settle();
    expect(page.text().trim()).toBe('');
  });
});
