import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Dashboard } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { DashboardPage } from './dashboard-page';
import { emptyOverview } from './safety-overview-examples.testing';

// Chart.js draws on a canvas, which jsdom has not: the figures are read from the table beside each chart.
jest.mock('chart.js', () => {
  class Chart {
    static register(): void {
      // nothing to register without a canvas
    }
    destroy(): void {
      // nothing drawn
    }
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    generatedAt: '2026-12-07T09:00:00Z',
    openConcernsBySeverity: [],
    overdueTriage: { count: 0, concerns: [] },
    breakGlassAwaitingReview: 0,
    caseloads: [],
    appointmentsThisWeek: 0,
    attendance: { attended: 0, missed: 0, rate: null },
    accompanimentsBySupportLevel: [],
    selfAdvocacyTrend: [{ month: '2026-11', accompaniments: 8, independentOrPrepared: 4, share: 0.5 }],
    advocateFeedbackTrend: [
      { month: '2026-11', responses: 9, agreePercent: 78 },
      { month: '2026-12', responses: '<5', agreePercent: null },
    ],
    goalsAchieved: { total: 0, byMonth: [] },
    challengeDeadlines: { missed: 0, near: 0, soonest: [] },
    ...overrides,
  };
}

describe('the dashboard', () => {
  const api = apiSpec(provideRouter([]));

  it('should show raising concerns after accompaniment beside the self-advocacy trend, with no figure below 5 answers', async () => {
    const fixture = TestBed.createComponent(DashboardPage);
    const page = pageOf(() => fixture);
    fixture.detectChanges();
    api.backend.expectOne('/api/dashboard').flush(dashboard());
    await page.settle(2);
    // The safety section reads its own figures, apart from the dashboard's.
    api.backend.expectOne('/api/safety/overview').flush(emptyOverview());
    await page.settle(2);
    const ids = [...page.el().querySelectorAll('bs-chart-with-table')].map((c) => c.getAttribute('id'));
    expect(ids.indexOf('chart-raise-concerns')).toBe(ids.indexOf('chart-self-advocacy') + 1);
    const figure = page.el().querySelector('#chart-raise-concerns');
    expect(figure?.querySelector('h3')?.textContent).toBe('Raising concerns after accompaniment');
    const rows = [...(figure?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' '));
    expect(rows).toEqual(['Nov 2026 78%', 'Dec 2026 Fewer than 5 answers']);
  });

  it('should list challenges near or past their deadline, in words, each linking to her journey', async () => {
    const fixture = TestBed.createComponent(DashboardPage);
    const page = pageOf(() => fixture);
    fixture.detectChanges();
    const soonest = [
      { challengeId: 'c1', journeyId: 'j1', serviceUserName: 'Nia', typeName: 'NHS complaint', stageName: 'Response', deadlineOn: '2026-12-05', daysLeft: -2 },
      { challengeId: 'c2', journeyId: 'j2', serviceUserName: 'Rosa', typeName: 'Housing review', stageName: 'Review asked for', deadlineOn: '2026-12-10', daysLeft: 3 },
    ];
    api.backend.expectOne('/api/dashboard').flush(dashboard({ challengeDeadlines: { missed: 1, near: 1, soonest } }));
    await page.settle(2);
    // The safety section reads its own figures, apart from the dashboard's.
    api.backend.expectOne('/api/safety/overview').flush(emptyOverview());
    await page.settle(2);
    const items = [...page.el().querySelectorAll('section[aria-labelledby="challenge-deadlines-heading"] li')].map((li) => [...li.children].map((c) => c.textContent?.trim()).join(' '));
    expect(items).toEqual(['Nia NHS complaint: Response Deadline missed 2 days ago', 'Rosa Housing review: Review asked for Due in 3 days (10 December 2026)']);
    expect(page.el().querySelector('section[aria-labelledby="challenge-deadlines-heading"] a')?.getAttribute('href')).toBe('/journeys/j1?tab=challenges');
    expect(page.text()).toContain('challenges past their deadline, 1 due within 14 days');
  });
});
