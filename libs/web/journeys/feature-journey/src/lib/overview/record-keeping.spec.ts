import { TestBed } from '@angular/core/testing';
import type { JourneyRetentionView } from '@beside/shared/contracts';
import { RetentionApi } from '@beside/web/data-protection/data-access';
import { of, throwError } from 'rxjs';
import { periodInWords, RecordKeeping } from './record-keeping';

async function render(state: JourneyRetentionView | Error): Promise<string> {
  TestBed.configureTestingModule({
    providers: [{ provide: RetentionApi, useValue: { journey: () => (state instanceof Error ? throwError(() => state) : of(state)) } }],
  });
  const fixture = TestBed.createComponent(RecordKeeping);
  fixture.componentRef.setInput('journeyId', 'j1');
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  // Each term and its description as one line: "Her case record: kept 6 years…".
  return [...el.querySelectorAll('dl > div')].map((row) => [...row.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(': ')).join(' | ');
}

const closed: JourneyRetentionView = {
  journeyId: 'j1',
  closedOn: '2020-06-01',
  hasSafeguardingRecords: true,
  rules: [
    { recordType: 'closed_journey', keepMonths: 72 },
    { recordType: 'safeguarding', keepMonths: 120 },
  ],
  dueOn: '2030-06-01',
  keep: { keepUntil: '2031-01-01', reason: 'A claim is expected', decidedBy: 'Maya', decidedAt: '2026-12-01T10:00:00Z' },
  approvedForAnonymisation: false,
  hold: { held: true, since: '2026-11-01T10:00:00Z', reason: null },
  anonymisedAt: null,
};

describe('RecordKeeping', () => {
  it('should say how long each part of her record is kept, when it is due, a longer keep and a hold (no reason for advocates)', async () => {
    const text = await render(closed);
    expect(text).toContain('Her case record: kept 6 years after the journey closes');
    expect(text).toContain('Safeguarding records: kept 10 years after the journey closes');
    expect(text).toContain('Due for review on 1 June 2030');
    expect(text).toContain('Kept longer: until 1 January 2031, because: A claim is expected');
    expect(text).toContain('Legal hold: Held since 1 November 2026: nothing of it is reviewed or anonymised while held');
  });

  it('should say an open journey is not due, and show nothing when it cannot be read', async () => {
    expect(await render({ ...closed, closedOn: null, dueOn: null, keep: null, hold: { held: false, since: null, reason: null } })).toContain('Not due while the journey is open');
    TestBed.resetTestingModule();
    expect(await render(new Error('403'))).toBe('');
  });

  it('should put a period in years and months', () => {
    expect([periodInWords(72), periodInWords(18), periodInWords(1), periodInWords(13)]).toEqual(['6 years', '1 year and 6 months', '1 month', '1 year and 1 month']);
  });
});
