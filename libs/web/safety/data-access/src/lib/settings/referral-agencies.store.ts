import { computed, inject, Injectable, signal } from '@angular/core';
import type { ReferralAgencyView, SaveReferralAgencyRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { ReferralAgenciesApi } from './referral-agencies-api';

/** The managers' list of agencies to refer to; a save or an archive replaces the agency held (or adds one of her own). */
@Injectable()
export class ReferralAgenciesStore {
  private readonly api = inject(ReferralAgenciesApi);
  readonly agencies = signal<ReferralAgencyView[] | null>(null);
  readonly problem = signal<string | null>(null);
  readonly active = computed(() => (this.agencies() ?? []).filter((a) => !a.archived));
  readonly archived = computed(() => (this.agencies() ?? []).filter((a) => a.archived));

  load(): Promise<boolean> {
    return readInto(this.api.list(), (list) => this.agencies.set(list), this.problem);
  }

  agency(key: string): ReferralAgencyView | null {
    return this.agencies()?.find((a) => a.key === key) ?? null;
  }

  save(key: string, request: SaveReferralAgencyRequest): Promise<WriteResult<ReferralAgencyView>> {
    return this.keep(this.api.save(key, request));
  }

  archive(key: string): Promise<WriteResult<ReferralAgencyView>> {
    return this.keep(this.api.archive(key));
  }

  private async keep(request: Observable<ReferralAgencyView>): Promise<WriteResult<ReferralAgencyView>> {
    const result = await attemptWrite<ReferralAgencyView>(request);
    if (result.ok) {
      const saved = result.value;
      const held = this.agencies() ?? [];
      this.agencies.set(held.some((a) => a.key === saved.key) ? held.map((a) => (a.key === saved.key ? saved : a)) : [...held, saved]);
    }
    return result;
  }
}
