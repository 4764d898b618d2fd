import { inject, Injectable, signal } from '@angular/core';
import type { ChangeProposalRequest, ChangeProposalView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { PortalApi } from './portal-api';

/** The changes she asked for to what staff wrote, with their status and the reply. Nothing she writes is lost. */
@Injectable({ providedIn: 'root' })
export class MyProposalsStore {
  private readonly api = inject(PortalApi);
  readonly proposals = signal<ChangeProposalView[]>([]);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.proposals(), (proposals) => this.proposals.set(proposals), this.problem);
  }

  async propose(request: ChangeProposalRequest, idempotencyKey?: string): Promise<WriteResult<ChangeProposalView>> {
    const result = await attemptWrite<ChangeProposalView>(this.api.propose(request, idempotencyKey));
    if (result.ok) this.proposals.update((list) => [result.value, ...list.filter((p) => p.id !== result.value.id)]);
    return result;
  }

  /** Her proposals about one thing (a goal, a step, a note or an appointment). */
  about(targetId: string): ChangeProposalView[] {
    return this.proposals().filter((p) => p.targetId === targetId);
  }
}
