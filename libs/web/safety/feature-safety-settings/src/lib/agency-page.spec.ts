import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { AgencyPage } from './agency-page';
import { agency } from './settings-examples.testing';

describe('AgencyPage', () => {
  let fixture: ComponentFixture<AgencyPage>;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } });
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);

  async function open(key?: string): Promise<void> {
    fixture = TestBed.createComponent(AgencyPage);
    if (key) fixture.componentRef.setInput('agencyKey', key);
    fixture.detectChanges();
    api.backend.expectOne('/api/referral-agencies').flush([agency()]);
    await settle();
  }

  it('should add an agency of her own under a key made from its name', async () => {
    await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    page.button('Add the agency').click();
    await settle();
    expect([...page.el().querySelectorAll('bs-error-summary a')].map((a) => a.textContent)).toEqual([
      'Enter the name of the agency',
      'Enter a key for the agency',
      'Say what the agency does with a referral',
      'Choose what happens after the agency acknowledges a referral',
    ]);
    page.type('#agency-name', 'Housing Options team');
    await settle();
    expect((page.el().querySelector('#agency-key') as HTMLInputElement).value).toBe('housing_options_team');
    page.type('#agency-description', 'The council’s housing team: they assess her for emergency housing.');
    (page.el().querySelector('#agency-outcome-outcome_received-input') as HTMLInputElement).click();
    page.button('Add the agency').click();
    await settle();
    const req = api.backend.expectOne('/api/referral-agencies/housing_options_team');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ name: 'Housing Options team', description: 'The council’s housing team: they assess her for emergency housing.', outcomeStatus: 'outcome_received' });
    req.flush(agency({ key: 'housing_options_team', name: 'Housing Options team', shipped: false }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organisation/safety']);
  });

  it('should change a shipped agency and archive it once she confirms', async () => {
    await open('marac');
    expect(page.text()).toContain('Shipped with Beside');
    page.type('#agency-name', 'MARAC (Riverside)');
    page.button('Save the agency').click();
    await settle();
    api.backend.expectOne('/api/referral-agencies/marac').flush(agency({ name: 'MARAC (Riverside)' }));
    await settle();
    expect(page.text()).toContain('Saved. Referrals already made keep the name they were made with.');
    page.button('Archive this agency').click();
    await settle();
    const req = api.backend.expectOne('/api/referral-agencies/marac');
    expect(req.request.method).toBe('DELETE');
    req.flush(agency({ name: 'MARAC (Riverside)', archived: true }));
    await settle();
    expect(page.text()).toContain('MARAC (Riverside) is archived.');
    expect(page.button('Save and bring it back')).toBeTruthy();
  });
});
