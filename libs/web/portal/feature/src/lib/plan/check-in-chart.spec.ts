import { TestBed } from '@angular/core/testing';
import { CheckInChart } from './check-in-chart';

describe('CheckInChart', () => {
  it('draws her check-ins and says the same in words and in a table', async () => {
    const fixture = TestBed.createComponent(CheckInChart);
    fixture.componentRef.setInput('checkIns', [
      { id: 'b', confidence: 7, words: 'Better', recordedAt: '2026-03-10T10:00:00Z' },
      { id: 'a', confidence: 3, words: null, recordedAt: '2026-03-01T10:00:00Z' },
    ]);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelectorAll('circle').length).toBe(2);
    expect(el.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('check-in-chart-caption');
    expect(el.querySelector('figcaption')?.textContent).toContain('From 3 out of 10');
    expect(el.querySelector('figcaption')?.textContent).toContain('to 7 out of 10');
    const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('7 out of 10');
    expect(rows[0]).toContain('Better');
  });

  it('says the day once when every check-in is from the same day, and lists each with its time', async () => {
    const fixture = TestBed.createComponent(CheckInChart);
    fixture.componentRef.setInput('checkIns', [
      { id: 'c', confidence: 6, words: null, recordedAt: '2026-03-10T15:30:00Z' },
      { id: 'b', confidence: 4, words: null, recordedAt: '2026-03-10T12:00:00Z' },
      { id: 'a', confidence: 3, words: null, recordedAt: '2026-03-10T09:05:00Z' },
    ]);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('figcaption')?.textContent).toBe('Your last 3 check-ins, all on Tuesday, 10 March 2026. From 3 out of 10 to 6 out of 10.');
    expect([...el.querySelectorAll('svg text')].filter((t) => t.textContent?.includes('Mar')).length).toBe(1);
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['When', 'Score', 'Your words']);
    expect(el.querySelector('tbody td')?.textContent).toBe('10 Mar 2026, 3:30\u00a0pm');
  });

  it('says so when there are no check-ins yet', () => {
    const fixture = TestBed.createComponent(CheckInChart);
    fixture.componentRef.setInput('checkIns', []);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('You have not done a check-in yet');
  });
});
