import { inject, Injectable, signal } from '@angular/core';
import type { BreachDecisionRequest, BreachView, UpdateBreachRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { type BreachAudience, DataProtectionApi } from './data-protection-api';

/** One breach: its assessment, the decisions about telling the Commissioner and the women, its actions, its closing. */
@Injectable()
export class BreachStore {
  private readonly api = inject(DataProtectionApi);
  readonly breach = signal<BreachView | null>(null);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(id: string): Promise<void> {
    this.loaded.set(false);
    await readInto(this.api.breach(id), (breach) => this.breach.set(breach), this.problem);
    this.loaded.set(true);
  }

  update(body: Omit<UpdateBreachRequest, 'version'>): Promise<WriteResult<BreachView>> {
    return this.write((id, version) => this.api.updateBreach(id, { ...body, version }));
  }

  decide(audience: BreachAudience, body: Omit<BreachDecisionRequest, 'version'>, key?: string): Promise<WriteResult<BreachView>> {
    return this.write((id, version) => this.api.decideBreach(id, audience, { ...body, version }, key));
  }

  addAction(what: string, key?: string): Promise<WriteResult<BreachView>> {
    return this.write((id, version) => this.api.addAction(id, { version, what }, key));
  }

  close(key?: string): Promise<WriteResult<BreachView>> {
    return this.write((id, version) => this.api.closeBreach(id, version, key));
  }

  /** Sends a change with the version in hand; a 409 brings the breach as it is now, which the page then shows. */
  private async write(send: (id: string, version: number) => Observable<BreachView>): Promise<WriteResult<BreachView>> {
    const current = this.breach();
    if (!current) throw new Error('Load the breach before changing it.');
    const result = await attemptWrite<BreachView>(send(current.id, current.version));
    if (result.ok) this.breach.set(result.value);
    else if (result.conflict) this.breach.set(result.conflict.current);
    return result;
  }
}
