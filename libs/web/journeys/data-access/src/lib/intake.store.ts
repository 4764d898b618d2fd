import { inject, Injectable, signal } from '@angular/core';
import type { CaseloadEntry, IntakeRequest, JourneyDetail, StaffMember } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { JourneysApi } from './journeys-api';

/** A new referral: lists the advocates to allocate, finds a service user already known to her caseload, and records the intake. */
@Injectable()
export class IntakeStore {
  private readonly api = inject(JourneysApi);
  readonly matches = signal<CaseloadEntry[]>([]);
  readonly searching = signal(false);
  readonly searchProblem = signal<string | null>(null);
  readonly advocates = signal<StaffMember[]>([]);
  readonly advocatesProblem = signal<string | null>(null);

  /** The advocates she can be allocated to: active ones of the organisation, by name. */
  async loadAdvocates(): Promise<void> {
    try {
      this.advocates.set(await firstValueFrom(this.api.staff('advocate')));
      this.advocatesProblem.set(null);
    } catch (error) {
      this.advocatesProblem.set(`We could not load the list of advocates. ${toApiProblem(error).messages.join(' ')}`);
    }
  }

  async findServiceUsers(name: string): Promise<void> {
    const q = name.trim();
    if (!q) {
      this.matches.set([]);
      return;
    }
    this.searching.set(true);
    try {
      const page = await firstValueFrom(this.api.caseload({ q, sort: 'name' }, null, 20));
      this.matches.set(page.items);
      this.searchProblem.set(null);
    } catch (error) {
      this.searchProblem.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.searching.set(false);
    }
  }

  record(request: IntakeRequest, idempotencyKey?: string): Promise<WriteResult<JourneyDetail>> {
    return attemptWrite(this.api.intake(request, idempotencyKey));
  }
}
