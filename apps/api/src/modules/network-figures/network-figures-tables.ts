import { CONCERN_CATEGORIES, SUPPORT_LEVELS, type NetworkFiguresTable } from '@beside/shared/contracts';
import { suppressPooledCells, type PooledCell, type SumRelation } from './network-figures-suppression';

/** One row of beside_network_figures(): a cell's network total and how many organisations contributed. */
export interface PooledFigure {
  measure: string;
  month: string;
  category: string;
  total: number;
  organisations: number;
}

interface Measure {
  measure: string;
  title: string;
  columns: { category: string; heading: string }[];
}

const words = (value: string) => value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** The tables, in order; every month has every column (zeros included), so a table's shape never depends on the data. */
export const NETWORK_MEASURES: Measure[] = [
  { measure: 'referrals', title: 'Referrals received', columns: [{ category: 'received', heading: 'Referrals received' }] },
  { measure: 'journeys', title: 'Journeys open during the month', columns: [{ category: 'open', heading: 'Journeys open' }] },
  {
    measure: 'accompaniments',
    title: 'Accompaniments by support level (appointments that took place)',
    columns: SUPPORT_LEVELS.map((level) => ({ category: level, heading: words(level) })),
  },
  {
    measure: 'self_advocacy',
    title: 'The road to self-advocacy: accompaniments where she led and where her advocate did',
    columns: [
      { category: 'prepared_or_independent', heading: 'She led (prepared or independent)' },
      { category: 'advocate_led_or_accompanied', heading: 'Her advocate led or was beside her (advocate led or accompanied)' },
    ],
  },
  { measure: 'concerns', title: 'Concerns raised, by category', columns: CONCERN_CATEGORIES.map((c) => ({ category: c, heading: words(c) })) },
  {
    measure: 'referrals_between_members',
    title: 'Referrals between members (sent in the month; accepted or declined in the month)',
    columns: [
      { category: 'sent', heading: 'Sent to another member' },
      { category: 'accepted', heading: 'Accepted' },
      { category: 'declined', heading: 'Declined' },
    ],
  },
];

const cellKey = (measure: string, month: string, category: string) => `${measure}|${month}|${category}`;

/** Each self-advocacy cell is shown beside the support levels it adds up. */
function relationsOf(month: string): SumRelation[] {
  const level = (l: string) => cellKey('accompaniments', month, l);
  return [
    { total: cellKey('self_advocacy', month, 'prepared_or_independent'), parts: [level('prepared'), level('independent')] },
    { total: cellKey('self_advocacy', month, 'advocate_led_or_accompanied'), parts: [level('advocate_led'), level('accompanied')] },
  ];
}

/** The months from `from` to `to` ('YYYY-MM'), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** The pooled totals as tables of suppressed figures: nothing of one organisation, no small number, no cell worked out by subtraction. */
export function networkFiguresTables(from: string, to: string, pooled: PooledFigure[]): NetworkFiguresTable[] {
  const months = monthsBetween(from, to);
  const given = new Map(pooled.map((p) => [cellKey(p.measure, p.month, p.category), p]));
  const cells: PooledCell[] = [];
  for (const month of months) {
    for (const { measure, columns } of NETWORK_MEASURES) {
      for (const { category } of columns) {
        const key = cellKey(measure, month, category);
        const p = given.get(key);
        cells.push({ key, total: p?.total ?? 0, organisations: p?.organisations ?? 0 });
      }
    }
  }
  const shown = suppressPooledCells(cells, months.flatMap(relationsOf));
  return NETWORK_MEASURES.map(({ measure, title, columns }) => ({
    measure,
    title,
    columns: columns.map((c) => c.heading),
    rows: months.map((month) => ({ month, cells: columns.map((c) => shown.get(cellKey(measure, month, c.category)) ?? 0) })),
  }));
}
