import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseloadEntry, Page, StaffMember } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { apiSpec, fakeApi, pageOf } from '@beside/web/core/testing';
import { CaseloadPage, challengeDeadlineBadge } from './caseload-page';

const AMARA = '4f1c2b1e-8a3d-4c55-9d2e-0b6a7c8d9e01';
const STAFF: StaffMember[] = [
  { id: AMARA, displayName: 'Amara Hughes', role: 'advocate' },
  { id: '7d2a9c40-1b3e-4f5a-8c6d-2e1f0a9b8c7d', displayName: 'Bea Moreno', role: 'advocate' },
];
const EMPTY: Page<CaseloadEntry> = { items: [], nextCursor: null };

describe('CaseloadPage', () => {
  let fixture: ComponentFixture<CaseloadPage>;
  const api = apiSpec(provideRouter([]), { provide: SessionStore, useValue: { can: () => true, role: () => 'manager' } });
  const { text } = pageOf(() => fixture);

  async function open(advocate?: string): Promise<void> {
    fixture = TestBed.createComponent(CaseloadPage);
    if (advocate !== undefined) fixture.componentRef.setInput('advocate', advocate);
    fixture.detectChanges();
    await fixture.whenStable();
  }

  it("should ask for one advocate's journeys and say whose they are, with a way back to everyone's", async () => {
    await open(AMARA);
    api.backend.expectOne((r) => r.url === '/api/journeys' && r.params.get('advocateId') === AMARA).flush(EMPTY);
    api.backend.expectOne('/api/staff').flush(STAFF);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text()).toContain("Showing Amara Hughes's journeys.");
    expect(text()).toContain('Amara Hughes has no journeys as first or second advocate.');
    const back = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')].find((a) => a.textContent?.trim() === "Show everyone's");
    expect(back?.getAttribute('href')).toBe('/caseload');
  });

  it('should show everyone she may see when no advocate is named, without asking for the staff list', async () => {
    await open();
    const req = api.backend.expectOne((r) => r.url === '/api/journeys');
    expect(req.request.params.has('advocateId')).toBe(false);
    req.flush(EMPTY);
    api.backend.expectNone('/api/staff');
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text()).not.toContain('Showing');
  });

  it('should ignore an address that does not name an advocate, rather than fail the page', async () => {
    await open('not-an-id');
    const req = api.backend.expectOne((r) => r.url === '/api/journeys');
    expect(req.request.params.has('advocateId')).toBe(false);
    req.flush(EMPTY);
    expect(text()).not.toContain('Showing');
  });
});

describe('CaseloadPage for an advocate', () => {
  it('should flag a journey with messages she has not read, linking to its Messages tab', async () => {
    const backend = fakeApi(provideRouter([]), { provide: SessionStore, useValue: { can: () => true, role: () => 'advocate' } });
    const fixture = TestBed.createComponent(CaseloadPage);
    fixture.detectChanges();
    await fixture.whenStable();
    backend.expectOne('/api/conversations/unread').flush([{ journeyId: 'j1', unread: 2 }]);
    const entry = { id: 'j1', serviceUserName: 'Nia', status: 'active', pendingProposals: 0, openConcerns: 0, overdueConcerns: 0, overdueSteps: 0 };
    backend.expectOne((r) => r.url === '/api/journeys').flush({ items: [entry], nextCursor: null });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    const badge = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')].find((a) => a.textContent?.trim() === '2 new messages');
    expect(badge?.getAttribute('href')).toBe('/journeys/j1?tab=messages');
    backend.verify();
  });
});

describe('challengeDeadlineBadge', () => {
  it('says how near a deadline is, or that it was missed, and nothing when it is far or absent', () => {
    expect(challengeDeadlineBadge(null, '2027-03-01')).toBeNull();
    expect(challengeDeadlineBadge('2027-03-16', '2027-03-01')).toBeNull();
    expect(challengeDeadlineBadge('2027-03-15', '2027-03-01')).toEqual({ daysLeft: 14, label: 'Challenge deadline in 14 days' });
    expect(challengeDeadlineBadge('2027-03-02', '2027-03-01')?.label).toBe('Challenge deadline in 1 day');
    expect(challengeDeadlineBadge('2027-03-01', '2027-03-01')?.label).toBe('Challenge deadline today');
    expect(challengeDeadlineBadge('2027-02-28', '2027-03-01')?.label).toBe('Challenge deadline missed yesterday');
    // Across the clocks going forward (28 March 2027) a day is still a day.
    expect(challengeDeadlineBadge('2027-04-01', '2027-03-25')?.daysLeft).toBe(7);
  });
});
