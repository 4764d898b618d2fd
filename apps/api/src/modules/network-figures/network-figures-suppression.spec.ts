import type { NetworkFigure } from '@beside/shared/contracts';
import { exactlyDerivable, pinnedByBounds, suppressPooledCells, type PooledCell, type SumRelation } from './network-figures-suppression';
import { monthsBetween, networkFiguresTables, type PooledFigure } from './network-figures-tables';

/** Pools per-organisation counts as beside_network_figures() does: the total and how many organisations have a count above zero. */
function pool(perOrganisation: Record<string, number[]>): PooledCell[] {
  return Object.entries(perOrganisation).map(([key, counts]) => ({
    key,
    total: counts.reduce((a, b) => a + b, 0),
    organisations: counts.filter((n) => n > 0).length,
  }));
}

const asObject = (m: Map<string, NetworkFigure>) => Object.fromEntries(m);

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('suppressPooledCells', () => {
  describe('small numbers and contributing organisations', () => {
    it('should show 0 as 0, 1 to 4 as "<5" and 5 or more as the count, when at least three organisations contribute', () => {
      const sut = suppressPooledCells(pool({ zero: [0, 0, 0], one: [1, 0, 0, 0], fromThree: [1, 1, 1], four: [2, 1, 1], five: [2, 2, 1], many: [40, 3, 9] }));
      // 'one' has a single organisation: suppressed, not '<5'.
      expect(asObject(sut)).toEqual({ zero: 0, one: 'suppressed', fromThree: '<5', four: '<5', five: 5, many: 52 });
    });

    it('should suppress a cell when fewer than three organisations contribute, however large its count', () => {
      const sut = suppressPooledCells(pool({ two: [500, 700, 0, 0], one: [1000, 0, 0], three: [500, 700, 1] }));
      expect(asObject(sut)).toEqual({ two: 'suppressed', one: 'suppressed', three: 1201 });
    });

    it('should count only organisations with a count above zero as contributing', () => {
      expect(suppressPooledCells([{ key: 'a', total: 30, organisations: 2 }]).get('a')).toBe('suppressed');
      expect(suppressPooledCells([{ key: 'a', total: 30, organisations: 3 }]).get('a')).toBe(30);
    });

    it('should never add cells that were not asked for, nor leave any out', () => {
      const sut = suppressPooledCells(pool({ a: [5, 5, 5], b: [0], c: [1, 1] }));
      expect([...sut.keys()]).toEqual(['a', 'b', 'c']);
    });

    it('should refuse what is not a count, a key given twice, or a relation naming an unknown cell', () => {
      expect(() => suppressPooledCells([{ key: 'a', total: -1, organisations: 1 }])).toThrow(/not a count/);
      expect(() => suppressPooledCells([{ key: 'a', total: 1.5, organisations: 1 }])).toThrow(/not a count/);
      expect(() => suppressPooledCells([{ key: 'a', total: 1, organisations: 1 }, { key: 'a', total: 2, organisations: 1 }])).toThrow(/twice/);
      expect(() => suppressPooledCells([{ key: 'a', total: 1, organisations: 1 }], [{ total: 'a', parts: ['b'] }])).toThrow(/unknown cell b/);
    });
  });

  describe('a network of two organisations', () => {
    it('should suppress every non-zero cell, so that the total minus her own organisation never gives the other', () => {
      const r = random(2);
      for (let trial = 0; trial < 200; trial += 1) {
        const counts: Record<string, number[]> = {};
        for (const key of ['t', 'a', 'b', 'c', 'u', 'x']) counts[key] = [r(8) * r(2) * 7, r(30) * r(2)];
        // t = a + b + c for each organisation, so the relation holds for the totals too.
        counts['t'] = [0, 1].map((o) => counts['a'][o] + counts['b'][o] + counts['c'][o]);
        const sut = suppressPooledCells(pool(counts), [{ total: 't', parts: ['a', 'b', 'c'] }]);
        for (const [key, perOrganisation] of Object.entries(counts)) {
          const total = perOrganisation[0] + perOrganisation[1];
          expect([key, sut.get(key)]).toEqual([key, total === 0 ? 0 : 'suppressed']);
        }
      }
    });
  });

  describe('complementary suppression', () => {
    it('should suppress the next-smallest part too when one part of a shown total is suppressed', () => {
      // c has two organisations: suppressed; with t, a and b shown it would be t − a − b. a is the smallest of those.
      const sut = suppressPooledCells(pool({ t: [9, 13, 8], a: [4, 3, 3], b: [5, 8, 1], c: [0, 2, 4] }), [{ total: 't', parts: ['a', 'b', 'c'] }]);
      expect(asObject(sut)).toEqual({ t: 30, a: 'suppressed', b: 14, c: 'suppressed' });
    });

    it('should choose the smallest shown non-zero cell, the total included, and never a zero', () => {
      const cells: PooledCell[] = [
        { key: 't', total: 9, organisations: 3 },
        { key: 'zero', total: 0, organisations: 0 },
        { key: 'alsoZero', total: 0, organisations: 0 },
        { key: 'hidden', total: 9, organisations: 2 },
      ];
      // Only the total is left to hide: the zeros would protect nothing.
      expect(asObject(suppressPooledCells(cells, [{ total: 't', parts: ['zero', 'alsoZero', 'hidden'] }]))).toEqual({ t: 'suppressed', zero: 0, alsoZero: 0, hidden: 'suppressed' });
    });

    it('should take the earlier cell on a tie, so that the same figures always show the same way', () => {
      const cells: PooledCell[] = [
        { key: 't', total: 30, organisations: 3 },
        { key: 'a', total: 10, organisations: 3 },
        { key: 'b', total: 10, organisations: 3 },
        { key: 'c', total: 10, organisations: 1 },
      ];
      expect(asObject(suppressPooledCells(cells, [{ total: 't', parts: ['a', 'b', 'c'] }]))).toEqual({ t: 30, a: 'suppressed', b: 10, c: 'suppressed' });
    });

    it('should treat "<5" beside an exact total as hidden: its exact value would follow by subtraction', () => {
      const sut = suppressPooledCells(pool({ t: [5, 5, 5], a: [1, 1, 1], b: [4, 4, 4] }), [{ total: 't', parts: ['a', 'b'] }]);
      expect(asObject(sut)).toEqual({ t: 15, a: '<5', b: 'suppressed' });
    });

    it('should hide a suppressed total when its parts are all shown', () => {
      const cells: PooledCell[] = [
        { key: 't', total: 20, organisations: 2 },
        { key: 'a', total: 8, organisations: 3 },
        { key: 'b', total: 12, organisations: 3 },
      ];
      expect(asObject(suppressPooledCells(cells, [{ total: 't', parts: ['a', 'b'] }]))).toEqual({ t: 'suppressed', a: 'suppressed', b: 12 });
    });

    it('should leave cells alone where no total is shown beside them', () => {
      const sut = suppressPooledCells(pool({ a: [9, 9, 0], b: [7, 7, 7], c: [8, 8, 8] }));
      expect(asObject(sut)).toEqual({ a: 'suppressed', b: 21, c: 24 });
    });

    it('should protect a cell that no single relation exposes but two together do', () => {
      // t1 = a + b and t2 = a + b + c: with a and b hidden, each relation alone has two unknowns, but c = t2 − t1.
      const cells: PooledCell[] = [
        { key: 't1', total: 20, organisations: 3 },
        { key: 't2', total: 27, organisations: 3 },
        { key: 'a', total: 10, organisations: 2 },
        { key: 'b', total: 10, organisations: 2 },
        { key: 'c', total: 7, organisations: 1 },
      ];
      const relations: SumRelation[] = [
        { total: 't1', parts: ['a', 'b'] },
        { total: 't2', parts: ['a', 'b', 'c'] },
      ];
      const sut = suppressPooledCells(cells, relations);
      expect(sut.get('c')).toBe('suppressed');
      expect(['t1', 't2'].filter((k) => sut.get(k) === 'suppressed')).not.toHaveLength(0);
      expect(exactlyDerivable(relations, (k) => typeof sut.get(k) !== 'number')).toEqual([]);
    });

    it('should protect "<5" parts whose bounds pin them: a total of 8 beside two "<5" parts makes both 4', () => {
      const sut = suppressPooledCells(pool({ t: [3, 3, 2], a: [2, 1, 1], b: [1, 2, 1] }), [{ total: 't', parts: ['a', 'b'] }]);
      expect(asObject(sut)).toEqual({ t: 'suppressed', a: '<5', b: '<5' });
    });
  });

  describe('exactlyDerivable', () => {
    it('should find a hidden cell alone in a relation, and not two hidden cells together', () => {
      const relations = [{ total: 't', parts: ['a', 'b', 'c'] }];
      expect(exactlyDerivable(relations, (k) => k === 'b')).toEqual(['b']);
      expect(exactlyDerivable(relations, (k) => k === 'b' || k === 'c')).toEqual([]);
      expect(exactlyDerivable(relations, () => false)).toEqual([]);
    });

    it('should find what elimination across relations gives, and only that', () => {
      // t = a + b, a = x + y: with t, b, x hidden and a, y shown, x = a − y is derivable; t and b are not.
      const relations = [
        { total: 't', parts: ['a', 'b'] },
        { total: 'a', parts: ['x', 'y'] },
      ];
      expect(exactlyDerivable(relations, (k) => ['t', 'b', 'x'].includes(k))).toEqual(['x']);
    });
  });

  describe('pinnedByBounds', () => {
    it('should pin "<5" parts at their bounds and not in between', () => {
      const relations = [{ total: 't', parts: ['a', 'b'] }];
      expect(pinnedByBounds(relations, new Map<string, NetworkFigure>([['t', 8], ['a', '<5'], ['b', '<5']]))).toEqual(['a', 'b']);
      expect(pinnedByBounds(relations, new Map<string, NetworkFigure>([['t', 7], ['a', '<5'], ['b', '<5']]))).toEqual([]);
      expect(pinnedByBounds(relations, new Map<string, NetworkFigure>([['t', 8], ['a', '<5'], ['b', 'suppressed']]))).toEqual([]);
    });
  });

  describe('on the network tables (support levels and the road to self-advocacy)', () => {
    /**
     * Independent proof by brute force: every value each hidden cell could take, given what is shown
     * ('<5' is 1 to 4, 'suppressed' at least 1), must leave at least two possibilities for it.
     */
    function possibleValues(shown: NetworkFigure[], cap: number): Set<number>[] {
      // [total, part1, part2] with total = part1 + part2.
      const domain = (f: NetworkFigure) => (typeof f === 'number' ? [f] : f === '<5' ? [1, 2, 3, 4] : Array.from({ length: cap }, (_, i) => i + 1));
      const seen = [new Set<number>(), new Set<number>(), new Set<number>()];
      for (const x of domain(shown[1])) {
        for (const y of domain(shown[2])) {
          if (!domain(shown[0]).includes(x + y)) continue;
          seen[0].add(x + y);
          seen[1].add(x);
          seen[2].add(y);
        }
      }
      return seen;
    }

    it('should leave no hidden cell with a single possible value, over many random networks of two to five organisations', () => {
      const r = random(17);
      const exposed: unknown[] = [];
      const broken: unknown[] = [];
      const levels = ['advocate_led', 'accompanied', 'prepared', 'independent'];
      for (let trial = 0; trial < 400; trial += 1) {
        const organisations = 2 + r(4);
        const perOrganisation = levels.map(() => Array.from({ length: organisations }, () => (r(3) === 0 ? 0 : r(5))));
        const pooled: PooledFigure[] = [];
        const add = (measure: string, category: string, counts: number[]) =>
          pooled.push({ measure, month: '2026-03', category, total: counts.reduce((a, b) => a + b, 0), organisations: counts.filter((n) => n > 0).length });
        levels.forEach((level, i) => add('accompaniments', level, perOrganisation[i]));
        const sumOf = (a: number, b: number) => perOrganisation[a].map((n, o) => n + perOrganisation[b][o]);
        add('self_advocacy', 'prepared_or_independent', sumOf(2, 3));
        add('self_advocacy', 'advocate_led_or_accompanied', sumOf(0, 1));
        const tables = networkFiguresTables('2026-03', '2026-03', pooled);
        const [accompaniments] = tables.filter((t) => t.measure === 'accompaniments').map((t) => t.rows[0].cells);
        const [selfAdvocacy] = tables.filter((t) => t.measure === 'self_advocacy').map((t) => t.rows[0].cells);
        const groups: NetworkFigure[][] = [
          [selfAdvocacy[0], accompaniments[2], accompaniments[3]],
          [selfAdvocacy[1], accompaniments[0], accompaniments[1]],
        ];
        for (const group of groups) {
          const possible = possibleValues(group, 60);
          group.forEach((figure, i) => {
            if (typeof figure !== 'number' && possible[i].size < 2) exposed.push({ trial, group, cell: i });
          });
        }
        // And the rules themselves: fewer than three organisations never shown, 1 to 4 never shown.
        for (const p of pooled) {
          const table = tables.find((t) => t.measure === p.measure);
          const column = p.measure === 'accompaniments' ? levels.indexOf(p.category) : p.category === 'prepared_or_independent' ? 0 : 1;
          const figure = table?.rows[0].cells[column];
          const allowed = p.total > 0 && p.organisations < 3 ? ['suppressed'] : p.total > 0 && p.total < 5 ? ['<5'] : [p.total, 'suppressed'];
          if (!allowed.includes(figure as NetworkFigure)) broken.push({ trial, p, figure });
        }
      }
      expect(exposed).toEqual([]);
      expect(broken).toEqual([]);
    });
  });
});

describe('networkFiguresTables', () => {
  it('should give every month every column, zeros included, in the order of the measures', () => {
    const tables = networkFiguresTables('2025-11', '2026-02', [{ measure: 'referrals', month: '2026-01', category: 'received', total: 12, organisations: 4 }]);
    expect(tables.map((t) => t.measure)).toEqual(['referrals', 'journeys', 'accompaniments', 'self_advocacy', 'concerns', 'referrals_between_members']);
    const referrals = tables[0];
    expect(referrals.rows).toEqual([
      { month: '2025-11', cells: [0] },
      { month: '2025-12', cells: [0] },
      { month: '2026-01', cells: [12] },
      { month: '2026-02', cells: [0] },
    ]);
    expect(tables[2].columns).toEqual(['Advocate led', 'Accompanied', 'Prepared', 'Independent']);
    expect(tables[4].rows[0].cells).toHaveLength(tables[4].columns.length);
  });

  it('should suppress a month of the self-advocacy trend with the support levels it adds up, month by month', () => {
    const row = (category: string, total: number, organisations: number, measure = 'accompaniments'): PooledFigure => ({ measure, month: '2026-01', category, total, organisations });
    const tables = networkFiguresTables('2026-01', '2026-02', [
      row('prepared', 20, 3),
      row('independent', 6, 2),
      row('prepared_or_independent', 26, 3, 'self_advocacy'),
      { ...row('prepared', 20, 3), month: '2026-02' },
      { ...row('prepared_or_independent', 20, 3, 'self_advocacy'), month: '2026-02' },
    ]);
    const accompaniments = tables.find((t) => t.measure === 'accompaniments');
    const selfAdvocacy = tables.find((t) => t.measure === 'self_advocacy');
    // January: independent (two organisations) suppressed, and so the smaller of prepared and the sum.
    expect(accompaniments?.rows[0].cells).toEqual([0, 0, 'suppressed', 'suppressed']);
    expect(selfAdvocacy?.rows[0].cells).toEqual([26, 0]);
    // February stands alone: nothing hidden there.
    expect(accompaniments?.rows[1].cells).toEqual([0, 0, 20, 0]);
    expect(selfAdvocacy?.rows[1].cells).toEqual([20, 0]);
  });

  it('should show a month the same way whatever months are asked with it, so that two windows cannot be played against each other', () => {
    const r = random(5);
    const pooled: PooledFigure[] = [];
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      for (const [measure, category] of [
        ['accompaniments', 'advocate_led'],
        ['accompaniments', 'accompanied'],
        ['accompaniments', 'prepared'],
        ['accompaniments', 'independent'],
        ['concerns', 'neglect'],
      ]) {
        pooled.push({ measure, month, category, total: r(12), organisations: 1 + r(4) });
      }
    }
    const sum = (month: string, categories: string[]) => pooled.filter((p) => p.month === month && categories.includes(p.category));
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      for (const [category, parts] of [
        ['prepared_or_independent', ['prepared', 'independent']],
        ['advocate_led_or_accompanied', ['advocate_led', 'accompanied']],
      ] as const) {
        const of = sum(month, [...parts]);
        pooled.push({ measure: 'self_advocacy', month, category, total: of.reduce((t, p) => t + p.total, 0), organisations: Math.max(...of.map((p) => p.organisations)) });
      }
    }
    const february = (from: string, to: string) =>
      networkFiguresTables(from, to, pooled).map((t) => ({ measure: t.measure, row: t.rows.find((row) => row.month === '2026-02') }));
    expect(february('2026-01', '2026-03')).toEqual(february('2026-02', '2026-02'));
    expect(february('2026-02', '2026-03')).toEqual(february('2026-01', '2026-02'));
  });

  it('should list the months between two months, across a year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});
