import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MySharing } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MySharingPage } from './my-sharing-page';

describe('MySharingPage', () => {
  let fixture: ComponentFixture<MySharingPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function render(list: MySharing[] | 'refused'): Promise<void> {
    fixture = TestBed.createComponent(MySharingPage);
    fixture.detectChanges();
    const req = api.backend.expectOne('/api/my/information-sharing');
    if (list === 'refused') req.flush({ statusCode: 404, message: 'We could not find your record with the service. Please ask your advocate.' }, { status: 404, statusText: 'Not Found' });
    else req.flush(list);
    await page.settle(2);
  }

  it('should show each sharing: with whom, when, what, with her consent or not, and why', async () => {
    await render([
      { id: 'd1', what: 'Your address and the risk checklist', sharedWith: 'The MARAC coordinator', sharedOn: '2026-12-02', withConsent: true, why: 'You agreed to it.' },
      { id: 'd2', what: 'Your name', sharedWith: 'The police', sharedOn: '2026-12-03', withConsent: false, why: 'To keep you safe from serious harm.' },
    ]);
    const [first, second] = [...page.el().querySelectorAll('article')];
    expect(first.querySelector('h2')?.textContent).toBe('The MARAC coordinator');
    expect(first.textContent).toMatch(/Wednesday,? 2 December 2026/);
    expect(first.textContent).toContain('Your address and the risk checklist');
    expect(first.textContent).toContain('With your consent');
    expect(first.textContent).toContain('You agreed to it.');
    expect(second.textContent).toContain('Without your consent');
    expect(second.textContent).toContain('To keep you safe from serious harm.');
  });

  it('should say so when nothing was shared, and why the list cannot be read', async () => {
    await render([]);
    expect(page.text()).toContain('Nothing has been shared about you with another organisation.');
    await render('refused');
    expect(page.text()).toContain('We could not find your record with the service.');
    expect(page.text()).not.toContain('Nothing has been shared');
  });
});
