import type { ChangeProposalTarget, ConcernStatus } from '@beside/shared/contracts';
import { CONCERN_STATUS_FOR_RAISER, FIELD_WORDS, TARGET_WORDS } from '@beside/shared/contracts';

/** A concern's status as the woman who raised it sees it on her Concerns page. */
export const CONCERN_STATUS_WORDS: Record<ConcernStatus, string> = Object.fromEntries(
  Object.entries(CONCERN_STATUS_FOR_RAISER).map(([status, shown]) => [status, shown.charAt(0).toUpperCase() + shown.slice(1)]),
) as Record<ConcernStatus, string>;

/** Which part of what she asked to change: "The goal", "Due date, for a step", "Where, for an appointment". */
export function proposalWhat(target: ChangeProposalTarget | string, field: string): string {
  if (target === 'safety_plan_section') return 'A section of your safety plan';
  const part = FIELD_WORDS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
  if (/^The /.test(part)) return part;
  return `${part}, for ${(TARGET_WORDS as Record<string, string>)[target] ?? 'your record'}`;
}

