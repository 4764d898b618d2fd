import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { dataRequest } from '@beside/web/data-protection/data-access/testing';
import { RequestPage } from './request-page';

describe('RequestPage', () => {
  let fixture: ComponentFixture<RequestPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function open(request = dataRequest()): Promise<void> {
    fixture = TestBed.createComponent(RequestPage);
    fixture.componentRef.setInput('requestId', request.id);
    fixture.detectChanges();
    await page.settle();
    api.backend.expectOne(`/api/data-requests/${request.id}`).flush(request);
    await page.settle(2);
  }

  it('should show her words and the clock, ask for the reason first, then record the decision with the exemptions', async () => {
    await open();
    expect(page.el().querySelector('h1')?.textContent).toContain('Nia Campbell: Rectification (correct something)');
    expect(page.text()).toContain('My date of birth is wrong.');
    expect(page.text()).toContain('20 days left');
    page.button('Record the decision').click();
    await page.settle();
    expect(page.text()).toContain('Choose the decision');
    expect(page.text()).toContain('Give the reason for the decision: she is told it with the answer');
    expect(page.el().querySelector('.bs-error-summary a[href="#decide-reason"]')).not.toBeNull();

    (page.el().querySelectorAll('#decide-decision input')[0] as HTMLInputElement).click();
    page.type('#decide-reason', 'The date was typed wrongly at intake.');
    (page.el().querySelectorAll('#decide-exemptions input')[0] as HTMLInputElement).click();
    page.button('Record the decision').click();
    const req = api.backend.expectOne('/api/data-requests/r1/decision');
    expect(req.request.body).toEqual({ version: 1, decision: 'granted', reason: 'The date was typed wrongly at intake.', exemptions: ['safeguarding_record_kept'] });
    req.flush(dataRequest({ version: 2, status: 'decided', decision: 'granted', decisionReason: 'The date was typed wrongly at intake.', exemptions: ['safeguarding_record_kept'], decidedBy: 'Maya Okafor' }));
    await page.settle(2);
    expect(page.text()).toContain('The decision is recorded');
    expect(page.text()).toContain('A safeguarding record kept');
    expect(page.button('Record the answer')).toBeDefined();
  });

  it('should explain why an extension was refused and show the request as it is now', async () => {
    await open();
    page.button('Extend the time limit').click();
    await page.settle();
    page.type('#extend-reason', 'Several records to check');
    page.button('Extend').click();
    api.backend
      .expectOne('/api/data-requests/r1/extend')
      .flush({ statusCode: 409, message: 'The first month ended on 2027-03-01: an extension must be made within it.', current: dataRequest({ version: 2 }) }, { status: 409, statusText: 'Conflict' });
    await page.settle(2);
    expect(page.text()).toContain('The first month ended on 2027-03-01: an extension must be made within it. The request is shown as it is now.');
  });

  it('should record the answer and show the clock stopped', async () => {
    await open(dataRequest({ receivedOn: '2026-01-31', status: 'decided', decision: 'refused', decisionReason: 'Kept for safeguarding', decidedBy: 'Maya Okafor' }));
    page.type('#answer-text', 'We have kept the record because…');
    page.button('Record the answer').click();
    const req = api.backend.expectOne('/api/data-requests/r1/answer');
    expect(req.request.body.answer).toBe('We have kept the record because…');
    req.flush(dataRequest({ status: 'answered', decision: 'refused', clock: null, answer: 'We have kept the record because…', answeredOn: '2027-02-10', version: 3 }));
    await page.settle(2);
    expect(page.text()).toMatch(/Stopped: answered on 10 February 2027/);
    expect(page.text()).toContain('The answer sent to her');
  });
});
