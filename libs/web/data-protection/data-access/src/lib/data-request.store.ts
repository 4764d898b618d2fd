import { inject, Injectable, signal } from '@angular/core';
import type { AnswerDataRequestRequest, DataRequestView, DecideDataRequestRequest, ExtendDataRequestRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { DataProtectionApi } from './data-protection-api';

/** One request from a woman: its clock, the extension, the decision and the answer. */
@Injectable()
export class DataRequestStore {
  private readonly api = inject(DataProtectionApi);
  readonly request = signal<DataRequestView | null>(null);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(id: string): Promise<void> {
    this.loaded.set(false);
    await readInto(this.api.request(id), (request) => this.request.set(request), this.problem);
    this.loaded.set(true);
  }

  extend(body: Omit<ExtendDataRequestRequest, 'version'>, key?: string): Promise<WriteResult<DataRequestView>> {
    return this.write((id, version) => this.api.extend(id, { ...body, version }, key));
  }

  decide(body: Omit<DecideDataRequestRequest, 'version'>, key?: string): Promise<WriteResult<DataRequestView>> {
    return this.write((id, version) => this.api.decide(id, { ...body, version }, key));
  }

  answer(body: Omit<AnswerDataRequestRequest, 'version'>, key?: string): Promise<WriteResult<DataRequestView>> {
    return this.write((id, version) => this.api.answer(id, { ...body, version }, key));
  }

  /** Sends a change with the version in hand; a 409 brings the request as it is now, which the page then shows. */
  private async write(send: (id: string, version: number) => Observable<DataRequestView>): Promise<WriteResult<DataRequestView>> {
    const current = this.request();
    if (!current) throw new Error('Load the request before changing it.');
    const result = await attemptWrite<DataRequestView>(send(current.id, current.version));
    if (result.ok) this.request.set(result.value);
    else if (result.conflict) this.request.set(result.conflict.current);
    return result;
  }
}
