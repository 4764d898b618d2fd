import {
  CONCERN_SEVERITIES,
  SUPPORT_LEVELS,
  type AdvocateCaseload,
  type Dashboard,
  type ConcernAgeRow,
  type MonthlyCount,
  type MonthlySupportLevels,
  type SelfAdvocacyPoint,
} from '@beside/shared/contracts';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
}

/** One chart and the figures behind it: the same data draws the chart and fills the table beside it. */
export interface ChartData {
  kind: 'bar' | 'stacked-bar' | 'line';
  /** What the first column of the table holds ("Month", "Severity"). */
  categoryHeading: string;
  categories: string[];
  series: ChartSeries[];
  unit: 'count' | 'percent';
  /** What a missing value reads as in the table ("No data" unless said). */
  missing?: string;
}

export interface ChartTable {
  headings: string[];
  rows: { label: string; cells: string[] }[];
}

// Distinguishable in colour-blindness simulations and against white; the table carries the meaning anyway.
export const PALETTE = ['#1d4e89', '#e07b00', '#2a7f62', '#8c1d18', '#6b4fa0', '#4d4d4d'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

export function formatValue(value: number | null, unit: ChartData['unit'], missing = 'No data'): string {
  if (value === null) return missing;
  return unit === 'percent' ? `${Math.round(value)}%` : String(value);
}

/** The accessible table beside a chart: a row per category, a column per series. */
export function chartTable(data: ChartData): ChartTable {
  return {
    headings: [data.categoryHeading, ...data.series.map((s) => s.label)],
    rows: data.categories.map((label, i) => ({ label, cells: data.series.map((s) => formatValue(s.values[i] ?? null, data.unit, data.missing)) })),
  };
}

const SEVERITY_WORDS = { low: 'Low', medium: 'Medium', high: 'High', immediate: 'Immediate' } as const;
const SUPPORT_WORDS = { advocate_led: 'Advocate led', accompanied: 'Accompanied', prepared: 'Prepared', independent: 'Independent' } as const;

/** Open concerns: a bar per severity, stacked by how long they have been open. */
export function concernAgeChart(rows: ConcernAgeRow[]): ChartData {
  const bySeverity = CONCERN_SEVERITIES.map((s) => rows.find((r) => r.severity === s) ?? null);
  return {
    kind: 'stacked-bar',
    categoryHeading: 'Severity',
    categories: CONCERN_SEVERITIES.map((s) => SEVERITY_WORDS[s]),
    series: [
      { label: 'Under a day', values: bySeverity.map((r) => r?.underOneDay ?? 0), colour: PALETTE[2] },
      { label: '1 to 7 days', values: bySeverity.map((r) => r?.oneToSevenDays ?? 0), colour: PALETTE[1] },
      { label: 'Over 7 days', values: bySeverity.map((r) => r?.overSevenDays ?? 0), colour: PALETTE[3] },
    ],
    unit: 'count',
  };
}

/** Accompaniments each month, stacked by support level: the road to self-advocacy. */
export function supportLevelChart(months: MonthlySupportLevels[]): ChartData {
  return {
    kind: 'stacked-bar',
    categoryHeading: 'Month',
    categories: months.map((m) => monthLabel(m.month)),
    series: SUPPORT_LEVELS.map((level, i) => ({
      label: SUPPORT_WORDS[level],
      values: months.map((m) => m.counts[level] ?? 0),
      colour: [PALETTE[3], PALETTE[1], PALETTE[0], PALETTE[2]][i],
    })),
    unit: 'count',
  };
}

/** The share of accompaniments where she was prepared or independent, month by month. */
export function selfAdvocacyChart(points: SelfAdvocacyPoint[]): ChartData {
  return {
    kind: 'line',
    categoryHeading: 'Month',
    categories: points.map((p) => monthLabel(p.month)),
    series: [
      {
        label: 'Prepared or independent',
        values: points.map((p) => (p.share === null ? null : Math.round(p.share * 1000) / 10)),
        colour: PALETTE[2],
      },
    ],
    unit: 'percent',
  };
}

/**
 * Her feedback after accompanied appointments: each month, the share agreeing "Because I had an advocate, I feel more
 * able to raise concerns with staff". A month with fewer than five answers has no figure, so no one can be picked out.
 */
export function raiseConcernsChart(trend: Dashboard['advocateFeedbackTrend']): ChartData {
  return {
    kind: 'line',
    categoryHeading: 'Month',
    categories: trend.map((p) => monthLabel(p.month)),
    series: [{ label: 'Agree they feel more able', values: trend.map((p) => p.agreePercent), colour: PALETTE[4] }],
    unit: 'percent',
    missing: 'Fewer than 5 answers',
  };
}

export function goalsChart(byMonth: MonthlyCount[]): ChartData {
  return {
    kind: 'bar',
    categoryHeading: 'Month',
    categories: byMonth.map((m) => monthLabel(m.month)),
    series: [{ label: 'Goals achieved', values: byMonth.map((m) => m.count), colour: PALETTE[0] }],
    unit: 'count',
  };
}

/** Each advocate's active journeys, most loaded first. */
export function caseloadChart(caseloads: AdvocateCaseload[]): ChartData {
  const sorted = [...caseloads].sort((a, b) => b.activeJourneys - a.activeJourneys || a.advocate.name.localeCompare(b.advocate.name));
  return {
    kind: 'bar',
    categoryHeading: 'Advocate',
    categories: sorted.map((c) => c.advocate.name),
    series: [
      { label: 'Active journeys', values: sorted.map((c) => c.activeJourneys), colour: PALETTE[0] },
      { label: 'High-severity open concerns', values: sorted.map((c) => c.highSeverityOpenConcerns), colour: PALETTE[3] },
    ],
    unit: 'count',
  };
}
