import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { SafetyOverviewSection } from './safety-overview-section';
import { emptyOverview } from './safety-overview-examples.testing';

describe('the dashboard’s safety section', () => {
  let allowed = true;
  const api = apiSpec(provideRouter([]), { provide: SessionStore, useValue: { can: () => allowed } });

  async function open(overview = emptyOverview()) {
    const fixture = TestBed.createComponent(SafetyOverviewSection);
    const page = pageOf(() => fixture);
    fixture.detectChanges();
    api.backend.expectOne('/api/safety/overview').flush(overview);
    await page.settle(2);
    const part = (heading: string) => page.el().querySelector(`section[aria-labelledby="${heading}"]`);
    const items = (heading: string) => [...(part(heading)?.querySelectorAll('li') ?? [])].map((li) => [...li.children].map((c) => c.textContent?.trim()).join(' '));
    return { page, part, items };
  }

  beforeEach(() => {
    allowed = true;
  });

  it('should say in words that nothing waits on a quiet day, with the link to the safety settings', async () => {
    const { page } = await open();
    expect(page.text()).toContain('No woman\'s latest risk assessment is high.');
    expect(page.text()).toContain('No referral is waiting for an acknowledgement or an outcome.');
    expect(page.text()).toContain('No action for Beside is due in the next 7 days or overdue.');
    expect(page.text()).toContain('No meeting about a referral in the next 14 days.');
    expect(page.text()).toContain('Every safety plan with a review date is within it.');
    expect(page.text()).toContain('No sharing without consent is waiting for a manager\'s review.');
    expect(page.text()).toContain('No assessment kept from her portal is due to be looked at again.');
    expect(page.el().querySelector('a[href="/organisation/safety"]')?.textContent).toBe('Safety settings: risk checklists and agencies');
  });

  it('should list who is at high risk and what waits, each linking to her journey’s safety tab, risk and lateness in words', async () => {
    const { page, items } = await open(
      emptyOverview({
        highRisk: { count: 1, women: [{ journeyId: 'j1', serviceUserName: 'Rosa', assessedOn: '2026-12-01', score: 22 }] },
        referralsAwaiting: {
          acknowledgement: 1,
          outcome: 0,
          referrals: [{ id: 'r1', journeyId: 'j1', serviceUserName: 'Rosa', agencyName: 'MARAC', status: 'sent', sentOn: '2026-12-02', nextMeetingOn: null }],
        },
        actionsDue: [
          { id: 'a1', referralId: 'r1', journeyId: 'j1', description: 'Ring her GP', ownerName: 'Amara', dueOn: '2026-12-01', overdue: true },
          { id: 'a2', referralId: 'r1', journeyId: 'j1', description: 'Book a room', ownerName: 'Maya', dueOn: '2026-12-09', overdue: false },
        ],
        sharingAwaitingReview: [{ id: 's1', journeyId: 'j2', serviceUserName: 'Nia', sharedWith: 'Police', sharedOn: '2026-12-03' }],
      }),
    );
    expect(page.text()).toContain('1 woman whose latest risk assessment is high.');
    expect(items('high-risk-heading')).toEqual(['Rosa Risk: High (score 22), assessed on 1 December 2026']);
    expect(page.text()).toContain('1 referral awaiting acknowledgement, 0 referrals awaiting the outcome.');
    expect(items('referrals-awaiting-heading')).toEqual(['Rosa MARAC: Awaiting acknowledgement sent on 2 December 2026']);
    expect(page.text()).toContain('1 action overdue, 1 action due in the next 7 days.');
    expect(items('actions-due-heading')).toEqual(['Ring her GP Amara Overdue: was due on 1 December 2026', 'Book a room Maya Due on 9 December 2026']);
    expect(items('sharing-review-heading')).toEqual(['Nia shared with Police on 3 December 2026']);
    expect(page.el().querySelector('section[aria-labelledby="sharing-review-heading"] a')?.getAttribute('href')).toBe('/journeys/j2?tab=safety');
  });

  it('should leave out the settings link for those who cannot change them, and say when the figures cannot be read', async () => {
    allowed = false;
    const fixture = TestBed.createComponent(SafetyOverviewSection);
    const page = pageOf(() => fixture);
    fixture.detectChanges();
    api.backend.expectOne('/api/safety/overview').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    await page.settle(2);
    expect(page.el().querySelector('a[href="/organisation/safety"]')).toBeNull();
    expect(page.text()).toContain('The safety figures could not be read. Not allowed');
    page.button('Try again').click();
    api.backend.expectOne('/api/safety/overview').flush(emptyOverview());
    await page.settle(2);
    expect(page.text()).toContain('No woman\'s latest risk assessment is high.');
  });
});
