import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyDataRequest } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MyRequestsPage } from './my-requests-page';

function mine(overrides: Partial<MyDataRequest> = {}): MyDataRequest {
  return {
    id: 'r1',
    kind: 'rectification',
    details: 'My date of birth is wrong.',
    receivedOn: '2027-01-31',
    answerBy: '2027-03-01',
    status: 'received',
    decision: null,
    answer: null,
    answeredOn: null,
    extensionReason: null,
    ...overrides,
  };
}

describe('MyRequestsPage', () => {
  let fixture: ComponentFixture<MyRequestsPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function open(requests: MyDataRequest[]): Promise<void> {
    fixture = TestBed.createComponent(MyRequestsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/data-requests').flush(requests);
    await page.settle(2);
  }

  it('should show her requests in her words, when to expect the answer, and the answer once sent', async () => {
    await open([
      mine(),
      mine({ id: 'r2', kind: 'access', status: 'answered', answer: 'We sent you a copy.', answeredOn: '2027-02-10' }),
    ]);
    expect(page.text()).toContain('Correct something that is wrong');
    expect(page.text()).toContain('“My date of birth is wrong.”');
    expect(page.text()).toMatch(/You will get an answer by 1 March 2027/);
    expect(page.text()).toContain('We have your request');
    expect(page.text()).toMatch(/Our answer, sent on 10 February 2027/);
    expect(page.text()).toContain('We sent you a copy.');
    expect(page.el().querySelector('a[href="/api/my/data.html"]')).not.toBeNull();
  });

  it('should name what is missing, then send her request and confirm the date to expect the answer by', async () => {
    await open([]);
    expect(page.text()).toContain('You have not made a request yet.');
    page.button('Send your request').click();
    await page.settle();
    expect(page.text()).toContain('Choose what you would like us to do');
    expect(page.text()).toContain('Tell us in your own words what you would like');
    const fieldset = page.el().querySelector('#request-kind');
    expect(fieldset?.getAttribute('aria-describedby')).toBe('request-kind-error');

    (page.el().querySelector('[data-kind="rectification"] input') as HTMLInputElement).click();
    page.type('#request-details', 'My surname is spelt wrong.');
    page.button('Send your request').click();
    const req = api.backend.expectOne('/api/my/data-requests');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ kind: 'rectification', details: 'My surname is spelt wrong.' });
    expect(req.request.headers.has('Idempotency-Key')).toBe(true);
    req.flush(mine({ id: 'new', details: 'My surname is spelt wrong.', receivedOn: '2027-02-01', answerBy: '2027-03-01' }), { status: 201, statusText: 'Created' });
    await page.settle(2);
    expect(page.text()).toMatch(/Thank you\. We have your request\..*You will get an answer by 1 March 2027/);
    expect(page.text()).toContain('“My surname is spelt wrong.”');
    page.button('Make another request').click();
    await page.settle();
    expect(page.button('Send your request')).toBeDefined();
  });

  it('should put the API’s words at her field when it refuses', async () => {
    await open([]);
    (page.el().querySelector('[data-kind="access"] input') as HTMLInputElement).click();
    page.type('#request-details', 'A copy please');
    page.button('Send your request').click();
    api.backend.expectOne('/api/my/data-requests').flush({ statusCode: 400, message: ['details must be shorter than or equal to 4000 characters'] }, { status: 400, statusText: 'Bad Request' });
    await page.settle(2);
    expect(page.text()).toContain('Your words must be shorter than or equal to 4000 characters');
    expect(page.el().querySelector('.bs-error-summary a[href="#request-details"]')).not.toBeNull();
  });
});
