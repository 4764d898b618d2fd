/** Why an advocate opens a journey outside her caseload in an emergency ("break the glass"). */
export const BREAK_GLASS_REASON_CATEGORIES = ['immediate_risk', 'covering_absence', 'her_request', 'other'] as const;
export type BreakGlassReasonCategory = (typeof BREAK_GLASS_REASON_CATEGORIES)[number];

/** The words staff see for each kind of reason. */
export const BREAK_GLASS_REASON_LABELS: Record<BreakGlassReasonCategory, string> = {
  immediate_risk: 'She may be at immediate risk',
  covering_absence: 'Covering for her advocate, who is away',
  her_request: 'She asked me for help',
  other: 'Another reason',
};

/** Only these kinds of reason let the advocate change the journey; the others give read-only access. */
export const BREAK_GLASS_WRITE_CATEGORIES: readonly BreakGlassReasonCategory[] = ['immediate_risk', 'covering_absence'];

/** How many journeys one person may open in an emergency in 24 hours. */
export const BREAK_GLASS_DAILY_LIMIT = 3;

/** How long emergency access lasts. */
export const BREAK_GLASS_HOURS = 8;

/** Least length of the reason, once blank and invisible characters are removed. */
export const BREAK_GLASS_REASON_MIN = 10;

/** POST /api/journeys/:journeyId/break-glass */
export interface BreakGlassRequest {
  reasonCategory: BreakGlassReasonCategory;
  reason: string;
}

/** The answer to a grant, and on the journey (GET /api/journeys/:id) while one lasts. */
export interface EmergencyAccess {
  expiresAt: string;
  reasonCategory: BreakGlassReasonCategory;
  /** False: she may read the journey but not change it. */
  allowsWrite: boolean;
}

// Built from strings: Unicode property escapes need a newer regular-expression target than the libraries compile to.
const INVISIBLE = new RegExp('[\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]', 'gu');
const BLANK_RUN = new RegExp('[\\p{Zs}\\p{Zl}\\p{Zp}]+', 'gu');

/**
 * A reason as it is checked and stored: invisible format characters (zero-width spaces, joiners,
 * direction marks) and blank look-alikes removed, runs of spaces made one, ends trimmed.
 */
export function cleanBreakGlassReason(text: string): string {
  return withoutControls(text.replace(INVISIBLE, '')).replace(BLANK_RUN, ' ').replace(/ *\n[\n ]*/g, '\n').trim();
}

/** Control characters (\p{Cc}) become spaces, except the line break. */
function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c < 0xa0) ? ' ' : ch;
  }
  return out;
}
