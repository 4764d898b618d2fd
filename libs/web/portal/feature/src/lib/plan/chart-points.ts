import type { MyCheckIn } from '@beside/shared/contracts';

export interface ChartPoint {
  x: number;
  y: number;
  checkIn: MyCheckIn;
}

/** Check-ins oldest first, placed evenly across `width`, confidence 0–10 from the bottom of `height`. */
export function chartPoints(checkIns: MyCheckIn[], width: number, height: number, pad: number): ChartPoint[] {
  const ordered = [...checkIns].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const span = width - 2 * pad;
  const step = ordered.length > 1 ? span / (ordered.length - 1) : 0;
  return ordered.map((checkIn, i) => ({
    x: Math.round(pad + (ordered.length > 1 ? i * step : span / 2)),
    y: Math.round(pad + ((10 - checkIn.confidence) / 10) * (height - 2 * pad)),
    checkIn,
  }));
}
