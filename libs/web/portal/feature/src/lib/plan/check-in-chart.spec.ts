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

  it('says so when there are no check-ins yet', () => {
    const fixture = TestBed.createComponent(CheckInChart);
    fixture.componentRef.setInput('checkIns', []);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('You have not done a check-in yet');
  });
});
