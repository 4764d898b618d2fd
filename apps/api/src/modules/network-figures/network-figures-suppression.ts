import { SMALL_NUMBER_THRESHOLD, type NetworkFigure } from '@beside/shared/contracts';

/** A cell needs at least this many organisations with a count above zero, or it is suppressed. */
export const MIN_CONTRIBUTING_ORGANISATIONS = 3;

/** One pooled cell as the database gives it: the network total and how many organisations contributed (count above zero). */
export interface PooledCell {
  key: string;
  total: number;
  organisations: number;
}

/** A total shown beside its parts: `total` = the sum of `parts` (cell keys). */
export interface SumRelation {
  total: string;
  parts: string[];
}

/**
 * What each cell may show, so that no figure of one organisation, and no small number, can be
 * read or worked out:
 * 1. a cell with a count above zero from fewer than three organisations is 'suppressed': in a
 *    network of two, the total minus her own organisation's count would be the other's count;
 * 2. a count from 1 to 4 is shown as '<5';
 * 3. complementary suppression: wherever a total is shown beside its parts (`relations`), no
 *    hidden cell ('suppressed' or '<5') may be worked out exactly from the cells shown, whether
 *    by subtraction through any combination of the relations (exactlyDerivable) or by what the
 *    hidden cells are known to lie between ('<5' is 1 to 4, 'suppressed' at least 1: a total of
 *    8 beside two '<5' parts makes both 4; pinnedByBounds). While one can, the smallest shown
 *    non-zero cell of a relation it belongs to is suppressed too.
 * Zero is shown as 0: no organisation contributed, so there is no one to protect.
 * Pure: the API calls it on the totals of beside_network_figures(); its tests prove each rule.
 */
export function suppressPooledCells(cells: readonly PooledCell[], relations: readonly SumRelation[] = []): Map<string, NetworkFigure> {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  if (byKey.size !== cells.length) throw new Error('suppressPooledCells: a cell key is given twice');
  for (const r of relations) {
    for (const key of [r.total, ...r.parts]) if (!byKey.has(key)) throw new Error(`suppressPooledCells: relation names an unknown cell ${key}`);
  }

  const shown = new Map<string, NetworkFigure>();
  for (const c of cells) {
    if (!Number.isInteger(c.total) || c.total < 0 || !Number.isInteger(c.organisations) || c.organisations < 0) {
      throw new Error(`suppressPooledCells: ${c.key} is not a count`);
    }
    if (c.total > 0 && c.organisations < MIN_CONTRIBUTING_ORGANISATIONS) shown.set(c.key, 'suppressed');
    else if (c.total > 0 && c.total < SMALL_NUMBER_THRESHOLD) shown.set(c.key, '<5');
    else shown.set(c.key, c.total);
  }

  const order = new Map(cells.map((c, i) => [c.key, i]));
  for (;;) {
    const derivable = exactlyDerivable(relations, (key) => typeof shown.get(key) !== 'number');
    const exposed = derivable.length ? derivable : pinnedByBounds(relations, shown);
    if (!exposed.length) return shown;
    const [cell] = exposed;
    // The smallest shown non-zero cell of any relation the exposed cell belongs to (the earliest on a tie).
    const candidates = relations
      .filter((r) => r.total === cell || r.parts.includes(cell))
      .flatMap((r) => [r.total, ...r.parts])
      .filter((key) => {
        const value = shown.get(key);
        return typeof value === 'number' && value > 0;
      });
    if (!candidates.length) {
      // Cannot happen with counts that add up (a hidden cell is never zero); hide the relations whole rather than risk it.
      for (const r of relations.filter((r) => r.total === cell || r.parts.includes(cell))) for (const key of [r.total, ...r.parts]) hide(shown, key);
      continue;
    }
    candidates.sort((a, b) => (shown.get(a) as number) - (shown.get(b) as number) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
    shown.set(candidates[0], 'suppressed');
  }
}

function hide(shown: Map<string, NetworkFigure>, key: string): void {
  const value = shown.get(key);
  if (typeof value === 'number' && value > 0) shown.set(key, 'suppressed');
}

/**
 * The hidden cells whose exact value follows from the shown ones: each relation is a linear
 * equation (total − Σ parts = 0); with the shown cells moved to the right-hand side, a hidden cell
 * is determined exactly when, in the reduced row echelon form of the hidden cells' coefficients, a
 * row has it as its only non-zero entry. Exact arithmetic on small integers and fractions.
 */
export function exactlyDerivable(relations: readonly SumRelation[], isHidden: (key: string) => boolean): string[] {
  const hidden: string[] = [];
  const column = new Map<string, number>();
  const equations: [column: number, coefficient: number][][] = [];
  for (const r of relations) {
    const terms: [string, number][] = [[r.total, 1], ...r.parts.map((p): [string, number] => [p, -1])];
    const unknown = terms.filter(([key]) => isHidden(key));
    if (!unknown.length) continue;
    for (const [key] of unknown) {
      if (!column.has(key)) {
        column.set(key, hidden.length);
        hidden.push(key);
      }
    }
    equations.push(unknown.map(([key, c]) => [column.get(key) as number, c]));
  }
  const width = hidden.length;
  const matrix = equations.map((terms) => {
    const row: Fraction[] = Array.from({ length: width }, () => ZERO);
    for (const [j, c] of terms) row[j] = add(row[j], [c, 1]);
    return row;
  });
  reduce(matrix, width);
  const derivable = new Set<string>();
  for (const row of matrix) {
    const nonZero = row.map((f, j) => (isZero(f) ? -1 : j)).filter((j) => j >= 0);
    if (nonZero.length === 1) derivable.add(hidden[nonZero[0]]);
  }
  return hidden.filter((key) => derivable.has(key));
}

/**
 * The hidden cells whose value is pinned by bounds alone: each starts between what its figure says
 * (a number: itself; '<5': 1 to 4; 'suppressed': at least 1, since zero is always shown), and every
 * relation narrows its cells from the others' bounds until nothing changes. Sound (a cell reported
 * is truly pinned); exactlyDerivable covers what is pinned by the equations themselves.
 */
export function pinnedByBounds(relations: readonly SumRelation[], shown: ReadonlyMap<string, NetworkFigure>): string[] {
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  for (const key of relations.flatMap((r) => [r.total, ...r.parts])) {
    const value = shown.get(key);
    low.set(key, typeof value === 'number' ? value : 1);
    high.set(key, typeof value === 'number' ? value : value === '<5' ? SMALL_NUMBER_THRESHOLD - 1 : Infinity);
  }
  const sum = (keys: string[], bound: Map<string, number>) => keys.reduce((t, k) => t + (bound.get(k) as number), 0);
  const narrow = (key: string, from: number, to: number): boolean => {
    let changed = false;
    if (!Number.isNaN(from) && from > (low.get(key) as number)) {
      low.set(key, from);
      changed = true;
    }
    if (!Number.isNaN(to) && to < (high.get(key) as number)) {
      high.set(key, to);
      changed = true;
    }
    return changed;
  };
  for (let round = 0; round < 100; round += 1) {
    let changed = false;
    for (const r of relations) {
      changed = narrow(r.total, sum(r.parts, low), sum(r.parts, high)) || changed;
      for (const part of r.parts) {
        const others = r.parts.filter((p) => p !== part);
        changed = narrow(part, (low.get(r.total) as number) - sum(others, high), (high.get(r.total) as number) - sum(others, low)) || changed;
      }
    }
    if (!changed) break;
  }
  const keys = [...new Set(relations.flatMap((r) => [r.total, ...r.parts]))];
  return keys.filter((key) => typeof shown.get(key) !== 'number' && low.get(key) === high.get(key));
}

type Fraction = readonly [numerator: number, denominator: number];
const ZERO: Fraction = [0, 1];

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}
function normal([n, d]: Fraction): Fraction {
  if (n === 0) return ZERO;
  const g = gcd(n, d) * Math.sign(d);
  return [n / g, d / g];
}
const add = (a: Fraction, b: Fraction): Fraction => normal([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const mul = (a: Fraction, b: Fraction): Fraction => normal([a[0] * b[0], a[1] * b[1]]);
const div = (a: Fraction, b: Fraction): Fraction => normal([a[0] * b[1], a[1] * b[0]]);
const isZero = (a: Fraction) => a[0] === 0;

/** In place: reduced row echelon form (Gauss–Jordan). */
function reduce(m: Fraction[][], width: number): void {
  let pivotRow = 0;
  for (let j = 0; j < width && pivotRow < m.length; j += 1) {
    const found = m.findIndex((row, i) => i >= pivotRow && !isZero(row[j]));
    if (found < 0) continue;
    [m[pivotRow], m[found]] = [m[found], m[pivotRow]];
    const pivot = m[pivotRow][j];
    m[pivotRow] = m[pivotRow].map((f) => div(f, pivot));
    for (let i = 0; i < m.length; i += 1) {
      if (i === pivotRow || isZero(m[i][j])) continue;
      const factor = m[i][j];
      m[i] = m[i].map((f, k) => add(f, mul([-factor[0], factor[1]], m[pivotRow][k])));
    }
    pivotRow += 1;
  }
}
