import { chartPoints } from './chart-points';

const checkIn = (confidence: number, recordedAt: string) => ({ id: recordedAt, confidence, words: null, recordedAt });

describe('chartPoints', () => {
  it('puts the oldest on the left and 10 at the top', () => {
    const points = chartPoints([checkIn(10, '2026-02-01T10:00:00Z'), checkIn(0, '2026-01-01T10:00:00Z')], 120, 60, 10);
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [10, 50],
      [110, 10],
    ]);
  });

  it('centres a single check-in', () => {
    expect(chartPoints([checkIn(5, '2026-01-01T10:00:00Z')], 120, 60, 10)[0]).toMatchObject({ x: 60, y: 30 });
  });
});
