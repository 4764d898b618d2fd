import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { AGENCIES, assessmentExample, referralExample, sharingExample } from './safety-examples.testing';
import { MultiAgencyReferralsPanel } from './multi-agency-referrals-panel';

const DRAFT = referralExample();
const SENT = referralExample({
  id: 'r2',
  agencyKey: 'police',
  agencyName: 'Police',
  outcomeStatus: 'outcome_received',
  sentTo: 'Riverside CID',
  status: 'sent',
  sentOn: '2026-12-03',
  reference: 'CID-42',
  nextMeetingOn: '2026-12-20',
  actions: [
    { id: 'x1', description: 'Call her back', ownerId: 'u1', ownerName: 'Amara Hughes', dueOn: '2026-12-04', doneOn: null, overdue: true },
    { id: 'x2', description: 'Send the letter', ownerId: 'u1', ownerName: 'Amara Hughes', dueOn: '2026-12-30', doneOn: null, overdue: false },
  ],
});

describe('MultiAgencyReferralsPanel', () => {
  let fixture: ComponentFixture<MultiAgencyReferralsPanel>;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } });
  const page = pageOf(() => fixture);
  const article = (text: string): string => [...page.el().querySelectorAll('article')].find((a) => a.textContent?.includes(text))?.textContent?.replace(/\s+/g, ' ') ?? '';

  async function render(url = '/'): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(MultiAgencyReferralsPanel);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    const backend = api.backend;
    backend.expectOne('/api/journeys/j1/multi-agency-referrals').flush([DRAFT, SENT]);
    backend.expectOne('/api/referral-agencies').flush(AGENCIES);
    backend.expectOne('/api/journeys/j1/concerns').flush([]);
    backend.expectOne('/api/staff').flush([{ id: 'u1', displayName: 'Amara Hughes', role: 'advocate' }]);
    backend.expectOne('/api/journeys/j1/risk-assessments').flush([assessmentExample()]);
    backend.expectOne('/api/journeys/j1/sharing-decisions').flush([sharingExample()]);
    await page.settle(3);
  }

  it('should list each referral with its status, reference, next meeting and overdue actions in words', async () => {
    await render();
    expect(article('Riverside CID')).toContain('Sent, awaiting acknowledgement');
    expect(article('Riverside CID')).toContain('CID-42');
    expect(article('Riverside CID')).toContain('20 December 2026');
    expect(article('Riverside CID')).toContain('2 open actions, 1 overdue');
    expect(article('Riverside CID')).toContain('Overdue');
    expect(article('Riverside MARAC coordinator')).toContain('Draft, not sent');
  });

  it('should open the form with MARAC chosen when the address says refer=marac, with her assessment filled in read-only', async () => {
    await render('/?refer=marac');
    expect(page.el().querySelector('h3#start-referral-heading')).not.toBeNull();
    expect(page.text()).toContain('From the risk assessment on 1 December 2026');
    expect(page.text()).toContain('Has he threatened to kill you? Yes');
    expect(page.text()).not.toContain('Are you pregnant?');
    expect(page.text()).toContain('The local meeting on the highest-risk cases.');
  });

  it('should refuse to mark it sent without a sharing decision, saying why, and send it with one', async () => {
    await render();
    [...page.el().querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Open the MARAC'))?.click();
    await page.settle();
    page.button('Mark as sent').click();
    await page.settle();
    [...page.el().querySelectorAll<HTMLButtonElement>('button[type=submit]')].find((b) => b.textContent?.trim() === 'Mark as sent')?.click();
    await page.settle(2);
    expect(page.text()).toContain('a referral cannot be marked sent without its sharing decision');
    const radio = page.el().querySelector<HTMLInputElement>('#sharing-choice-s1-input');
    radio?.click();
    await page.settle();
    [...page.el().querySelectorAll<HTMLButtonElement>('button[type=submit]')].find((b) => b.textContent?.trim() === 'Mark as sent')?.click();
    await page.settle(3);
    const req = api.backend.expectOne('/api/multi-agency-referrals/r1/sent');
    expect(req.request.body).toMatchObject({ version: 1, sharingDecisionId: 's1', reference: null });
    req.flush({ ...DRAFT, status: 'sent', sentOn: req.request.body.sentOn, sharingDecisionId: 's1', version: 2 });
    await page.settle(2);
    api.backend.expectOne('/api/sharing-decisions/s1').flush(sharingExample({ referralId: 'r1', version: 2 }));
    await page.settle(2);
    expect(page.text()).toContain('The MARAC referral is marked sent');
    expect(page.text()).toContain('Sent, awaiting acknowledgement');
  });
});
