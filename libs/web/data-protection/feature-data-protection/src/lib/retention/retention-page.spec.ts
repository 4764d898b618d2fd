import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RetentionReviewView, RetentionRuleView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { RetentionPage } from './retention-page';
import { monthsInWords } from './retention-words';

const RULE: RetentionRuleView = { recordType: 'closed_journey', keepMonths: 72, reason: 'Limitation Act 1980, ss. 2 and 5', defaultMonths: 72, isDefault: true, updatedBy: null, updatedAt: null, version: 0 };
const REVIEW: RetentionReviewView = { id: 'j1', journeyId: 'j1', serviceUserName: 'Imani Clarke', what: 'Her journey', hasSafeguardingRecords: false, closedOn: '2020-01-10', dueOn: '2026-01-10', previousKeep: null, approved: null, blockedBy: null };

describe('RetentionPage', () => {
  let fixture: ComponentFixture<RetentionPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function open(reviews: RetentionReviewView[]): Promise<void> {
    fixture = TestBed.createComponent(RetentionPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/retention-reviews').flush(reviews);
    api.backend.expectOne('/api/retention-rules').flush([RULE]);
    await page.settle(2);
  }

  it('should say each period in months and years, and refuse a period of 0 at the field', async () => {
    await open([]);
    expect(page.text()).toContain('72 months (6 years) after the journey closed. The default.');
    expect(page.text()).toContain('No record is due for review.');
    page.button('Change the period for Her case record (a closed journey)').click();
    await page.settle();
    page.type('#rule-closed_journey-months', '0');
    page.type('#rule-closed_journey-reason', 'Shorter');
    page.button('Save the period').click();
    await page.settle();
    expect(page.text()).toContain('The period must be at least 1 month');
  });

  it('should keep a record only with a date and a reason, and take it out of the queue', async () => {
    await open([REVIEW]);
    expect(page.text()).toContain('Imani Clarke: Her journey');
    page.button('Keep until… (Imani Clarke)').click();
    await page.settle();
    page.button('Keep it').click();
    await page.settle();
    expect(page.text()).toContain('Enter the date to keep it until');
    expect(page.text()).toContain('Say why it is kept longer');
    page.type('#keep-j1-until', '2099-01-01');
    page.type('#keep-j1-reason', 'A claim is expected');
    page.button('Keep it').click();
    const req = api.backend.expectOne('/api/retention-reviews/j1/keep');
    expect(req.request.body).toEqual({ keepUntil: '2099-01-01', reason: 'A claim is expected' });
    req.flush(REVIEW);
    await page.settle(2);
    expect(page.text()).toContain('Imani Clarke’s record is kept until 1 January 2099');
    expect(page.text()).toContain('No record is due for review.');
  });

  it('should name what blocks anonymisation and offer no Anonymise then', async () => {
    await open([{ ...REVIEW, blockedBy: 'An open concern' }]);
    expect(page.text()).toContain('It cannot be anonymised now: An open concern');
    expect(page.button('Anonymise Imani Clarke’s record')).toBeUndefined();
  });

  it('should say months and years', () => {
    expect([monthsInWords(1), monthsInWords(18), monthsInWords(120)]).toEqual(['1 month', '18 months (1 year and 6 months)', '120 months (10 years)']);
  });
});
