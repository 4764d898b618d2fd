import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { DataRequestsStore } from '@beside/web/data-protection/data-access';
import { dataRequest } from '@beside/web/data-protection/data-access/testing';
import { RecordRequestPage } from './record-request-page';

describe('RecordRequestPage', () => {
  let fixture: ComponentFixture<RecordRequestPage>;
  const api = apiSpec(DataRequestsStore, provideRouter([]));
  const page = pageOf(() => fixture);

  it('should name every missing field, then find her by name (each woman once) and offer her to choose', async () => {
    fixture = TestBed.createComponent(RecordRequestPage);
    fixture.detectChanges();
    page.button('Record the request').click();
    await page.settle();
    expect(page.text()).toContain('Find her and choose her name');
    expect(page.text()).toContain('Choose what she asks for');
    expect(page.text()).toContain('Choose how the request reached you');
    expect(page.el().querySelector('#request-woman')?.getAttribute('aria-describedby')).toBe('request-woman-error');

    page.type('#find-her-name', 'Rosa');
    page.button('Find her').click();
    const req = api.backend.expectOne((r) => r.url === '/api/journeys' && r.params.get('q') === 'Rosa');
    req.flush({ items: [{ id: 'j1', serviceUserId: 'su2', serviceUserName: 'Rosa Almeida' }, { id: 'j0', serviceUserId: 'su2', serviceUserName: 'Rosa Almeida' }], nextCursor: null });
    await page.settle(2);
    expect(page.text()).toContain('1 woman matches: choose her below.');
    expect(page.el().querySelectorAll('mat-radio-button')).toHaveLength(1);
  });

  it('should record the request and open it', async () => {
    fixture = TestBed.createComponent(RecordRequestPage);
    fixture.detectChanges();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const form = (fixture.componentInstance as unknown as { form: { patchValue(v: unknown): void } }).form;
    form.patchValue({ serviceUserId: 'su2', kind: 'access', channel: 'letter', details: 'A copy by post' });
    page.button('Record the request').click();
    const req = api.backend.expectOne('/api/data-requests');
    expect(req.request.body).toEqual(expect.objectContaining({ serviceUserId: 'su2', kind: 'access', channel: 'letter', details: 'A copy by post' }));
    req.flush(dataRequest({ id: 'new', channel: 'letter' }), { status: 201, statusText: 'Created' });
    await page.settle(2);
    expect(navigate).toHaveBeenCalledWith(['/data-protection/requests', 'new']);
  });
});
