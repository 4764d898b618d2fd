import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { breach, dataRequest } from '@beside/web/data-protection/data-access/testing';
import { DataProtectionDashboardSection } from './data-protection-dashboard-section';

describe('DataProtectionDashboardSection', () => {
  let fixture: ComponentFixture<DataProtectionDashboardSection>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  it('should list requests whose clock ends within 7 days or has passed, and open breaches with their clock', async () => {
    fixture = TestBed.createComponent(DataProtectionDashboardSection);
    fixture.detectChanges();
    api.backend.expectOne((r) => r.url === '/api/data-requests' && r.params.get('status') === 'open').flush([
      dataRequest({ id: 'late', clock: { dueOn: '2027-02-01', daysLeft: -2 } }),
      dataRequest({ id: 'soon', serviceUserName: 'Rosa Diaz', clock: { dueOn: '2027-02-08', daysLeft: 5 } }),
      dataRequest({ id: 'later', serviceUserName: 'Lena Ward', clock: { dueOn: '2027-03-08', daysLeft: 30 } }),
    ]);
    api.backend.expectOne('/api/breaches').flush([breach({ icoClock: { deadlineAt: '2027-02-04T09:00:00.000Z', hoursLeft: -3 } }), breach({ id: 'b2', closedAt: '2027-01-01T00:00:00Z' })]);
    api.backend.expectOne('/api/retention-reviews').flush([
      { id: 'j1', journeyId: 'j1', serviceUserName: 'Lena', what: 'Her journey', hasSafeguardingRecords: false, closedOn: '2020-01-10', dueOn: '2026-01-10', previousKeep: null, approved: null, blockedBy: null },
    ]);
    await page.settle(2);
    expect(page.text()).toContain('1 record is due for review.');
    expect(page.text()).toContain('1 past its time limit, 1 due within 7 days.');
    expect(page.text()).toContain('2 days overdue');
    expect(page.text()).toContain('Rosa Diaz');
    expect(page.text()).not.toContain('Lena Ward');
    expect(page.text()).toContain('Passed 3 hours ago');
    expect(page.el().querySelectorAll('a[href^="/data-protection/breaches/"]')).toHaveLength(1);
  });
});
