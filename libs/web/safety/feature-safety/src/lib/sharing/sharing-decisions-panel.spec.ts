import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { sharingExample } from '../referrals/safety-examples.testing';
import { SharingDecisionsPanel } from './sharing-decisions-panel';

const WITHOUT = sharingExample();
const WITH = sharingExample({ id: 's2', withConsent: true, lawfulBasis: 'explicit_consent', considerations: [], reasoning: null, shownToHer: true, heldBackReason: null, sharedWith: 'Her GP', sharedOn: '2026-12-01' });

describe('SharingDecisionsPanel', () => {
  let fixture: ComponentFixture<SharingDecisionsPanel>;
  let manager = false;
  const api = apiSpec(
    { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
    { provide: SessionStore, useValue: { can: (p: string) => manager && p === 'safety:review' } },
  );
  const page = pageOf(() => fixture);
  const article = (text: string): string => [...page.el().querySelectorAll('article')].find((a) => a.textContent?.includes(text))?.textContent?.replace(/\s+/g, ' ') ?? '';

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(SharingDecisionsPanel);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    api.backend.expectOne('/api/journeys/j1/sharing-decisions').flush([WITH, WITHOUT]);
    await page.settle(2);
  }

  afterEach(() => (manager = false));

  it('should show each sharing with its basis in words, her consent, what she sees and the review', async () => {
    await render();
    const without = article('Riverside MARAC');
    expect(without).toContain('Without her consent');
    expect(without).toContain('Held back from her: He reads her phone.');
    expect(without).toContain('Safeguarding individuals who are at risk');
    expect(without).toContain('Caldicott principle 7');
    expect(without).toContain('Awaiting a manager’s review');
    expect(article('Her GP')).toContain('No review needed: she consented');
    expect(page.button('Review')).toBeUndefined();
  });

  it('should name the reasoning when a sharing without consent leaves it out', async () => {
    await render();
    page.button('Record sharing').click();
    await page.settle();
    page.type('textarea[id$="-what"]', 'Her risk assessment');
    page.type('input[id$="-with"]', 'Riverside MARAC');
    page.el().querySelector<HTMLInputElement>('mat-radio-button[value="no"] input')?.click();
    await page.settle();
    page.button('Record the sharing decision').click();
    await page.settle(2);
    const summary = page.el().querySelector('.bs-error-summary')?.textContent ?? '';
    expect(summary).toContain('Write the reasoning for sharing without her consent');
    expect(summary).toContain('Choose the lawful basis for sharing');
    expect(page.text()).toContain('A manager will review this decision');
  });

  it('should let a manager review one without consent, with a note', async () => {
    manager = true;
    await render();
    expect(page.text()).toContain('1 sharing without her consent is awaiting your review.');
    page.button('Review').click();
    await page.settle();
    page.type('textarea[id$="-note"]', 'Right to share: the risk was high.');
    page.button('Record the review').click();
    await page.settle(2);
    const req = api.backend.expectOne('/api/sharing-decisions/s1/review');
    expect(req.request.body).toEqual({ version: 1, note: 'Right to share: the risk was high.', shownToHer: false, heldBackReason: 'He reads her phone.' });
    req.flush({ ...WITHOUT, version: 2, review: { by: 'Maya Patel', at: '2026-12-07T10:00:00Z', note: 'Right to share: the risk was high.' } });
    await page.settle(2);
    expect(article('Riverside MARAC')).toContain('Reviewed by Maya Patel on 7 December 2026');
    expect(page.button('Review')).toBeUndefined();
  });
});
