import { HttpErrorResponse } from '@angular/common/http';

/** Where to ask for a change to a section staff wrote: the API's 409 when she tries to save over it. */
export interface SectionChangePointer {
  targetType: 'safety_plan_section';
  targetId: string;
  field: 'body';
}

/** The pointer in a 409 `{ message, proposeChange: { path, targetType, targetId, field }, current }`, or null for any other answer. */
export function toSectionChangePointer(error: unknown): SectionChangePointer | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body = error.error as { proposeChange?: { targetType?: unknown; targetId?: unknown } } | null;
  const pointer = body && typeof body === 'object' ? body.proposeChange : undefined;
  if (!pointer || pointer.targetType !== 'safety_plan_section' || typeof pointer.targetId !== 'string') return null;
  return { targetType: 'safety_plan_section', targetId: pointer.targetId, field: 'body' };
}
