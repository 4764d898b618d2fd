import { randomInt } from 'node:crypto';
import type { ConcernSeverity } from '@beside/shared/contracts';
import { CONCERN_TRIAGE_HOURS } from '@beside/shared/contracts';

// No 0/O, 1/I/L: a reference is read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short, human-friendly reference, e.g. C-7K3P9 (unique per organisation; the caller retries on a clash). */
export function concernReference(): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `C-${s}`;
}

/** Hours to triage: the organisation's own setting for that severity if it has a sensible one, else the default. */
export function triageHours(severity: ConcernSeverity, settings: unknown): number {
  const custom = (settings as { concernTriageHours?: Record<string, unknown> } | null)?.concernTriageHours?.[severity];
  return typeof custom === 'number' && custom > 0 && custom <= 24 * 90 ? custom : CONCERN_TRIAGE_HOURS[severity];
}
