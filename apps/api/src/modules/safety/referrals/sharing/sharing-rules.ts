import { BadRequestException } from '@nestjs/common';
import type { SharingConsideration, SharingLawfulBasis } from '@beside/shared/contracts';

export interface SharingAsAsked {
  lawfulBasis: SharingLawfulBasis;
  withConsent: boolean;
  considerations?: SharingConsideration[];
  reasoning?: string | null;
  shownToHer?: boolean;
  heldBackReason?: string | null;
}

export interface SharingAsRecorded {
  considerations: SharingConsideration[];
  reasoning: string | null;
  shownToHer: boolean;
  heldBackReason: string | null;
}

const filled = (text: string | null | undefined): string | null => (text?.trim() ? text : null);

/** Held back from her only with a recorded reason (a documented safeguarding exemption); shown to her, no such reason. */
export function heldBackProblems(shownToHer: boolean, heldBackReason: string | null): string[] {
  if (!shownToHer && !heldBackReason) return ['heldBackReason is required to hold a sharing back from her (a documented safeguarding exemption)'];
  if (shownToHer && heldBackReason) return ['heldBackReason is only for a sharing held back from her (shownToHer false)'];
  return [];
}

/**
 * A sharing decision as it is recorded: with her consent she is always shown it and nothing is weighed; without it,
 * the reasoning is required, and she is shown it unless it is held back with a reason. Every problem is named (400).
 */
export function recordedSharing(body: SharingAsAsked): SharingAsRecorded {
  const considerations = [...new Set(body.considerations ?? [])];
  const reasoning = filled(body.reasoning);
  const heldBackReason = filled(body.heldBackReason);
  const shownToHer = body.withConsent ? true : (body.shownToHer ?? true);
  const problems = body.withConsent
    ? [
        ...(considerations.length ? ['considerations are recorded only for a sharing without her consent'] : []),
        ...(body.shownToHer === false ? ['shownToHer: a sharing with her consent is always shown to her'] : []),
      ]
    : [
        ...(body.lawfulBasis === 'explicit_consent' ? ['lawfulBasis cannot be explicit_consent for a sharing without her consent'] : []),
        ...(reasoning ? [] : ['reasoning is required when sharing without her consent']),
      ];
  problems.push(...heldBackProblems(shownToHer, heldBackReason));
  if (problems.length) throw new BadRequestException(problems);
  return { considerations, reasoning, shownToHer, heldBackReason };
}
