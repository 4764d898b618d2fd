import { inject, Injectable, signal } from '@angular/core';
import type { MyDataRequest, MyDataRequestRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { MyRequestsApi } from './my-requests-api';

/** Her requests about her information, newest first, and the one she has just sent. */
@Injectable()
export class MyRequestsStore {
  private readonly api = inject(MyRequestsApi);
  readonly requests = signal<MyDataRequest[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** The request she has just sent, for the confirmation with its answer-by date. */
  readonly justSent = signal<MyDataRequest | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.requests(), (requests) => this.requests.set(requests), this.problem);
    this.loaded.set(true);
  }

  async ask(body: MyDataRequestRequest, key?: string): Promise<WriteResult<MyDataRequest>> {
    const result = await attemptWrite<MyDataRequest>(this.api.ask(body, key));
    if (result.ok) {
      this.requests.update((all) => [result.value, ...all.filter((r) => r.id !== result.value.id)]);
      this.justSent.set(result.value);
    }
    return result;
  }

  /** She wants to make another request: the form again, the confirmation gone. */
  askAgain(): void {
    this.justSent.set(null);
  }
}
