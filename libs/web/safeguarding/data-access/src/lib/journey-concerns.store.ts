import { inject, Injectable, signal } from '@angular/core';
import type { ConcernDetail, ConcernSummary, RaiseStaffConcernRequest, StaffMember } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { SafeguardingApi } from './safeguarding-api';

/** The concerns on one journey that the signed-in member of staff may see, and raising a new one. */
@Injectable()
export class JourneyConcernsStore {
  private readonly api = inject(SafeguardingApi);
  readonly concerns = signal<ConcernSummary[]>([]);
  readonly staff = signal<StaffMember[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    try {
      const [concerns, staff] = await Promise.all([
        firstValueFrom(this.api.journeyConcerns(journeyId)),
        firstValueFrom(this.api.staff()).catch(() => [] as StaffMember[]),
      ]);
      this.concerns.set(concerns);
      this.staff.set(staff);
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loaded.set(true);
    }
  }

  async raise(request: RaiseStaffConcernRequest, idempotencyKey?: string): Promise<WriteResult<ConcernDetail>> {
    const result = await attemptWrite<ConcernDetail>(this.api.raise(request, idempotencyKey));
    if (result.ok) this.concerns.update((list) => [result.value, ...list.filter((c) => c.id !== result.value.id)]);
    return result;
  }
}
