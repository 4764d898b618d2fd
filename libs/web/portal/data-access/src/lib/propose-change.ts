import { HttpErrorResponse } from '@angular/common/http';
import type { ChangeProposalTarget } from '@beside/shared/contracts';

/** Where to propose a change, from the 403 the API gives when she edits text staff wrote. */
export interface ProposeChangePointer {
  path: string;
  targetType: ChangeProposalTarget;
  targetId: string;
}

export function toProposeChange(error: unknown): ProposeChangePointer | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 403) return null;
  const body = error.error as { proposeChange?: Partial<ProposeChangePointer> } | null;
  const pointer = body && typeof body === 'object' ? body.proposeChange : undefined;
  if (!pointer || typeof pointer.targetType !== 'string' || typeof pointer.targetId !== 'string') return null;
  return { path: pointer.path ?? '/api/my/change-proposals', targetType: pointer.targetType, targetId: pointer.targetId };
}
