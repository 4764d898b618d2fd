import { inject, Injectable, signal } from '@angular/core';
import type {
  AddConcernActionRequest,
  ConcernActionView,
  ConcernDetail,
  ConcernTransitionRequest,
  StaffMember,
} from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { SafeguardingApi } from './safeguarding-api';

/** One concern: its record, history and actions, and the manager's moves on it. */
@Injectable()
export class ConcernStore {
  private readonly api = inject(SafeguardingApi);
  readonly concern = signal<ConcernDetail | null>(null);
  /** Who may own an action on the loaded concern. */
  readonly owners = signal<StaffMember[]>([]);
  readonly problem = signal<string | null>(null);
  readonly notFound = signal(false);

  async load(concernId: string): Promise<void> {
    this.notFound.set(false);
    try {
      this.concern.set(await firstValueFrom(this.api.concern(concernId)));
      this.problem.set(null);
    } catch (error) {
      const problem = toApiProblem(error);
      this.notFound.set(problem.status === 404);
      this.problem.set(problem.messages.join(' '));
    }
  }

  /** Colleagues who may own an action on this concern (never her advocate when she asked that her advocate not be told). */
  async loadOwners(concernId: string): Promise<void> {
    try {
      this.owners.set(await firstValueFrom(this.api.actionOwners(concernId)));
    } catch {
      this.owners.set([]);
    }
  }

  /** Moves the concern on; on a stale version the record as it is now replaces ours. */
  async transition(request: Omit<ConcernTransitionRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<ConcernDetail>> {
    const concern = this.required();
    const result = await attemptWrite<ConcernDetail>(this.api.transition(concern.id, { ...request, version: concern.version }, idempotencyKey));
    if (result.ok) this.concern.set(result.value);
    else if (result.conflict) this.concern.set(result.conflict.current);
    return result;
  }

  async addAction(request: AddConcernActionRequest, idempotencyKey?: string): Promise<WriteResult<ConcernDetail>> {
    const result = await attemptWrite<ConcernDetail>(this.api.addAction(this.required().id, request, idempotencyKey));
    if (result.ok) this.concern.set(result.value);
    return result;
  }

  async completeAction(action: ConcernActionView, note?: string): Promise<WriteResult<ConcernDetail>> {
    const result = await attemptWrite<ConcernDetail>(this.api.completeAction(this.required().id, action.id, note ? { note } : {}));
    if (result.ok) this.concern.set(result.value);
    return result;
  }

  private required(): ConcernDetail {
    const concern = this.concern();
    if (!concern) throw new Error('No concern loaded');
    return concern;
  }
}
