import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { ChangeProposalDecision, ChangeProposalView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';

export type ProposalAnswer = 'accept' | 'decline';

/**
 * Staff side of her change proposals on one journey: what she asked to change and why, and
 * the answer. Accepting changes the record in the same transaction; declining needs a reply.
 */
@Injectable()
export class JourneyProposalsStore {
  private readonly http = inject(HttpClient);
  readonly proposals = signal<ChangeProposalView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  readonly pending = computed(() => this.proposals().filter((p) => p.status === 'pending'));
  readonly answered = computed(() => this.proposals().filter((p) => p.status !== 'pending'));

  async load(journeyId: string): Promise<void> {
    const request = this.http.get<ChangeProposalView[]>(`/api/journeys/${journeyId}/change-proposals`);
    await readInto(request, (proposals) => this.proposals.set(proposals), this.problem);
    this.loaded.set(true);
  }

  /** Sends the version it holds; on a stale version it keeps the proposal as it is now. */
  async answer(proposal: ChangeProposalView, answer: ProposalAnswer, reply: string): Promise<WriteResult<ChangeProposalView>> {
    const body: ChangeProposalDecision = { version: proposal.version, ...(reply.trim() ? { reply: reply.trim() } : {}) };
    const result = await attemptWrite<ChangeProposalView>(this.http.post<ChangeProposalView>(`/api/change-proposals/${proposal.id}/${answer}`, body));
    const now = result.ok ? result.value : result.conflict?.current;
    if (now) this.proposals.update((list) => list.map((p) => (p.id === now.id ? now : p)));
    return result;
  }
}
