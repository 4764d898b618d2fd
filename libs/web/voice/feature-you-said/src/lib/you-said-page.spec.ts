import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { YouSaidPage } from './you-said-page';

describe('YouSaidPage', () => {
  let fixture: ComponentFixture<YouSaidPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  it('should show her organisation’s in her portal, with the way to have her say', async () => {
    fixture = TestBed.createComponent(YouSaidPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/you-said-we-did').flush({ organisationName: 'Riverside', consultations: [] });
    await page.settle();
    expect(page.text()).toContain('Riverside');
    expect(page.el().querySelector('a[href="/my/consultations"]')).not.toBeNull();
  });

  it('should show the organisation in the address on the public page, and no portal link', async () => {
    fixture = TestBed.createComponent(YouSaidPage);
    fixture.componentRef.setInput('organisationId', 'o1');
    fixture.detectChanges();
    api.backend.expectOne('/api/public/you-said-we-did/o1').flush({ organisationName: 'Harbour', consultations: [] });
    await page.settle();
    expect(page.text()).toContain('Harbour');
    expect(page.el().querySelector('a[href="/my/consultations"]')).toBeNull();
  });

  it('should say what went wrong when it cannot be read', async () => {
    fixture = TestBed.createComponent(YouSaidPage);
    fixture.componentRef.setInput('organisationId', 'o1');
    fixture.detectChanges();
    api.backend.expectOne('/api/public/you-said-we-did/o1').flush({ statusCode: 404, message: 'Organisation not found' }, { status: 404, statusText: 'Not Found' });
    await page.settle();
    expect(page.text()).toContain('Organisation not found');
  });
});
