import { inject, Injectable, signal } from '@angular/core';
import type { MyConsent, MyDetails } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { PortalApi, type MyDetailsInput } from './portal-api';

/** Her details (name she likes, pronouns, access needs, how to contact her safely) and her consents. */
@Injectable()
export class MyDetailsStore {
  private readonly api = inject(PortalApi);
  readonly details = signal<MyDetails | null>(null);
  readonly consents = signal<MyConsent[]>([]);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    try {
      const [details, consents] = await Promise.all([firstValueFrom(this.api.details()), firstValueFrom(this.api.consents())]);
      this.details.set(details);
      this.consents.set(consents);
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  async save(input: Omit<MyDetailsInput, 'version'>): Promise<WriteResult<MyDetails>> {
    const version = this.details()?.version ?? 0;
    const result = await attemptWrite<MyDetails>(this.api.updateDetails({ ...input, version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.details.set(fresh);
    return result;
  }

  async withdraw(consent: MyConsent, idempotencyKey?: string): Promise<WriteResult<MyConsent>> {
    const result = await attemptWrite<MyConsent>(this.api.withdrawConsent(consent.id, consent.version, idempotencyKey));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.consents.update((list) => list.map((c) => (c.id === fresh.id ? fresh : c)));
    return result;
  }
}
