import type { BreachActionView, BreachView } from '@beside/shared/contracts';
import type { BreachRow } from './breach.repository';

const HOUR_MS = 3_600_000;
/** UK GDPR Article 33(1): the Commissioner is told without undue delay and, where feasible, within 72 hours of becoming aware. */
export const ICO_HOURS = 72;

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

/**
 * The 72-hour clock from the moment the organisation became aware: whole hours left, rounded down (0 in the last hour,
 * negative once passed). It stops once the decision is not to tell, once the Commissioner is told, or once closed.
 */
export function icoClock(r: Pick<BreachRow, 'foundAt' | 'icoTell' | 'icoToldAt' | 'closedAt'>, now: Date): BreachView['icoClock'] {
  if (r.icoTell === false || r.icoToldAt || r.closedAt) return null;
  const deadline = new Date(r.foundAt).getTime() + ICO_HOURS * HOUR_MS;
  return { deadlineAt: new Date(deadline).toISOString(), hoursLeft: Math.floor((deadline - now.getTime()) / HOUR_MS) };
}

const decision = (tell: boolean | null, reason: string | null, by: string | null, at: Date | null) =>
  tell === null || reason === null || at === null ? null : { tell, reason, decidedBy: by ?? '', decidedAt: iso(at) };

export function breachView(r: BreachRow, actions: BreachActionView[], now: Date): BreachView {
  return {
    id: r.id,
    reference: r.reference,
    summary: r.summary,
    occurredAt: isoOrNull(r.occurredAt),
    foundAt: iso(r.foundAt),
    icoClock: icoClock(r, now),
    recordsAffected: r.recordsAffected,
    peopleAffected: r.peopleAffected,
    risk: r.risk,
    riskReasoning: r.riskReasoning,
    icoDecision: decision(r.icoTell, r.icoReason, r.icoDecidedBy, r.icoDecidedAt),
    icoToldAt: isoOrNull(r.icoToldAt),
    icoReference: r.icoReference,
    womenDecision: decision(r.womenTell, r.womenReason, r.womenDecidedBy, r.womenDecidedAt),
    womenToldAt: isoOrNull(r.womenToldAt),
    actions: actions.map((a) => ({ at: iso(a.at), by: a.by, what: a.what })),
    recordedBy: r.recordedBy,
    createdAt: iso(r.createdAt),
    closedAt: isoOrNull(r.closedAt),
    version: r.version,
  };
}
