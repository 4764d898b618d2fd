import { caseloadChart, chartTable, concernAgeChart, formatValue, monthLabel, raiseConcernsChart, selfAdvocacyChart, supportLevelChart } from './chart-data';

describe('monthLabel', () => {
  it('should name the month in short words', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(monthLabel('2025-12')).toBe('Dec 2025');
  });
});

describe('chartTable', () => {
  it('should give a row per month and a column per support level, in the ladder order', () => {
    const data = supportLevelChart([
      { month: '2026-01', counts: { advocate_led: 4, accompanied: 3, prepared: 1, independent: 0 } },
      { month: '2026-02', counts: { advocate_led: 1, accompanied: 2, prepared: 3, independent: 5 } },
    ]);
    expect(chartTable(data)).toEqual({
      headings: ['Month', 'Advocate led', 'Accompanied', 'Prepared', 'Independent'],
      rows: [
        { label: 'Jan 2026', cells: ['4', '3', '1', '0'] },
        { label: 'Feb 2026', cells: ['1', '2', '3', '5'] },
      ],
    });
  });

  it('should show a share as a percentage and a month without accompaniments as no data', () => {
    const data = selfAdvocacyChart([
      { month: '2026-01', accompaniments: 8, independentOrPrepared: 1, share: 0.125 },
      { month: '2026-02', accompaniments: 0, independentOrPrepared: 0, share: null },
      { month: '2026-03', accompaniments: 3, independentOrPrepared: 2, share: 2 / 3 },
    ]);
    expect(chartTable(data).rows).toEqual([
      { label: 'Jan 2026', cells: ['13%'] },
      { label: 'Feb 2026', cells: ['No data'] },
      { label: 'Mar 2026', cells: ['67%'] },
    ]);
    expect(data.series[0].values).toEqual([12.5, null, 66.7]);
  });

  it('should list every severity, with zeros for one that has no open concerns', () => {
    const table = chartTable(concernAgeChart([{ severity: 'high', total: 3, underOneDay: 1, oneToSevenDays: 0, overSevenDays: 2 }]));
    expect(table.headings).toEqual(['Severity', 'Under a day', '1 to 7 days', 'Over 7 days']);
    expect(table.rows.map((r) => r.label)).toEqual(['Low', 'Medium', 'High', 'Immediate']);
    expect(table.rows[2].cells).toEqual(['1', '0', '2']);
    expect(table.rows[0].cells).toEqual(['0', '0', '0']);
  });

  it('should put the most loaded advocate first', () => {
    const data = caseloadChart([
      { advocate: { id: 'a', name: 'Amara' }, activeJourneys: 2, highSeverityOpenConcerns: 0, appointmentsThisWeek: 1 },
      { advocate: { id: 'b', name: 'Bea' }, activeJourneys: 5, highSeverityOpenConcerns: 1, appointmentsThisWeek: 0 },
    ]);
    expect(data.categories).toEqual(['Bea', 'Amara']);
    expect(chartTable(data).rows[0].cells).toEqual(['5', '1']);
  });
});

describe('formatValue', () => {
  it('should round percentages and keep counts as they are', () => {
    expect(formatValue(49.6, 'percent')).toBe('50%');
    expect(formatValue(0, 'count')).toBe('0');
    expect(formatValue(null, 'count')).toBe('No data');
  });
});

describe('raiseConcernsChart', () => {
  it('should give each month the share who agree, and a month with fewer than 5 answers no figure', () => {
    const data = raiseConcernsChart([
      { month: '2026-10', responses: 12, agreePercent: 75 },
      { month: '2026-11', responses: '<5', agreePercent: null },
      { month: '2026-12', responses: 0, agreePercent: null },
    ]);
    expect(data.series[0].values).toEqual([75, null, null]);
    expect(chartTable(data)).toEqual({
      headings: ['Month', 'Agree they feel more able'],
      rows: [
        { label: 'Oct 2026', cells: ['75%'] },
        { label: 'Nov 2026', cells: ['Fewer than 5 answers'] },
        { label: 'Dec 2026', cells: ['Fewer than 5 answers'] },
      ],
    });
  });
});
