import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { FeedbackInvitationView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MyFeedbackPage } from './my-feedback-page';

const INVITATION: FeedbackInvitationView = { id: 'i1', appointmentOn: '2026-12-01', professionalRole: 'gp', professionalOrganisation: 'Hillside Surgery' };

describe('MyFeedbackPage', () => {
  let fixture: ComponentFixture<MyFeedbackPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const { el, text } = page;

  beforeEach(async () => {
    fixture = TestBed.createComponent(MyFeedbackPage);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/appointment-feedback').flush([INVITATION]);
    await page.settle();
  });
  afterEach(() => fixture.nativeElement.remove());

  it('should say which appointment it is, that it is anonymous, and ask the three statements agree–disagree', () => {
    expect(text()).toContain('GP (doctor) – Hillside Surgery, Tuesday, 1 December 2026');
    expect(text()).toContain('anonymous');
    const legends = [...el().querySelectorAll('legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual(['Because I had an advocate, I feel more able to raise concerns with staff', 'I felt listened to at the appointment', 'I said what mattered to me']);
    expect(el().querySelectorAll('input[type=radio]')).toHaveLength(15);
  });

  it('should ask for at least one answer before sending anything', async () => {
    page.button('Send feedback').click();
    await page.settle();
    expect(text()).toContain('Choose an answer to at least one of the statements');
    api.backend.expectNone('/api/my/appointment-feedback/i1');
  });

  it('should send what she chose once, then thank her and take the appointment off', async () => {
    el().querySelector<HTMLInputElement>('#i1-raiseConcerns-strongly_agree')?.click();
    el().querySelector<HTMLInputElement>('#i1-saidWhatMattered-disagree')?.click();
    page.button('Send feedback').click();
    const req = api.backend.expectOne('/api/my/appointment-feedback/i1');
    expect(req.request.body).toEqual({ answers: { raiseConcerns: 'strongly_agree', saidWhatMattered: 'disagree' } });
    req.flush({});
    await page.settle(2);
    expect(text()).toContain('Thank you');
    expect(text()).toContain('There are no appointments waiting for your feedback');
  });
});
