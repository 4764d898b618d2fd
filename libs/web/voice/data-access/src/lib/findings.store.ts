import { computed, inject, Injectable, signal } from '@angular/core';
import type { FindingView, PanelVote, ProposeFindingRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { PanelApi } from './panel-api';

/**
 * The panel's findings: `list` for the findings page (proposed, approved in priority order, set aside), `current` for one
 * finding's page with its evidence, votes and decision.
 */
@Injectable()
export class FindingsStore {
  private readonly api = inject(PanelApi);
  readonly list = signal<FindingView[] | null>(null);
  readonly current = signal<FindingView | null>(null);
  readonly problem = signal<string | null>(null);

  readonly proposed = computed(() => (this.list() ?? []).filter((f) => f.status === 'proposed'));
  /** The panel's priorities: first priority first; any not yet ranked after them. */
  readonly approved = computed(() =>
    (this.list() ?? []).filter((f) => f.status === 'approved').sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity)),
  );
  readonly setAside = computed(() => (this.list() ?? []).filter((f) => f.status === 'set_aside'));

  loadAll(): Promise<boolean> {
    return readInto(this.api.findings(), (list) => this.list.set(list), this.problem);
  }

  load(id: string): Promise<boolean> {
    return readInto(this.api.finding(id), (finding) => this.keep(finding, true), this.problem);
  }

  async propose(request: ProposeFindingRequest, idempotencyKey?: string): Promise<WriteResult<FindingView>> {
    return this.kept(await attemptWrite(this.api.propose(request, idempotencyKey)));
  }

  /** Her one vote on the open finding; a second vote is refused (409). */
  async vote(vote: PanelVote, idempotencyKey?: string): Promise<WriteResult<FindingView>> {
    return this.kept(await attemptWrite(this.api.vote(this.open().id, { vote }, idempotencyKey)));
  }

  /** Approves the open finding as a priority, or sets it aside, with the version it was read at. */
  async decide(outcome: 'approved' | 'set_aside'): Promise<WriteResult<FindingView>> {
    const finding = this.open();
    return this.kept(await attemptWrite(this.api.decide(finding.id, { outcome, version: finding.version })));
  }

  /** Saves the order of the approved findings, then reads them again with their new priorities. */
  async rank(findingIds: string[]): Promise<WriteResult<unknown>> {
    const result = await attemptWrite(this.api.rank({ findingIds }));
    if (result.ok) await this.loadAll();
    return result;
  }

  private open(): FindingView {
    const finding = this.current();
    if (!finding) throw new Error('No finding is open');
    return finding;
  }

  private kept(result: WriteResult<FindingView>): WriteResult<FindingView> {
    if (result.ok) this.keep(result.value, false);
    return result;
  }

  private keep(finding: FindingView, open: boolean): void {
    if (open || this.current()?.id === finding.id) this.current.set(finding);
    const list = this.list();
    if (list) this.list.set([...list.filter((f) => f.id !== finding.id), finding]);
  }
}
