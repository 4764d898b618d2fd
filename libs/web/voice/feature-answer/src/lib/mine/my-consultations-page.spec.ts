import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyConsultationView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MyConsultationsPage } from './my-consultations-page';

const OPEN: MyConsultationView = { id: 'c1', title: 'Waiting times', privacyNotice: 'Notice', anonymous: true, closesOn: '2099-01-31', secondLanguage: null, answered: false, questions: [] };

describe('MyConsultationsPage', () => {
  let fixture: ComponentFixture<MyConsultationsPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  it('should list what is open to her with whether it is anonymous, what she answered, and feedback waiting', async () => {
    fixture = TestBed.createComponent(MyConsultationsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/consultations').flush([OPEN, { ...OPEN, id: 'c2', title: 'Groups', anonymous: false, answered: true }]);
    api.backend.expectOne('/api/my/appointment-feedback').flush([{ id: 'i1', appointmentOn: '2026-12-01', professionalRole: 'gp', professionalOrganisation: null }]);
    await page.settle();
    const open = page.el().querySelector('article');
    expect(open?.textContent).toContain('Waiting times');
    expect(open?.textContent).toContain('Anonymous');
    expect(open?.querySelector('a')?.getAttribute('href')).toBe('/my/consultations/c1');
    expect(page.el().querySelector('ul')?.textContent?.trim()).toBe('Groups');
    expect(page.text()).toContain('One appointment you went to with an advocate is waiting for your feedback');
  });
});
