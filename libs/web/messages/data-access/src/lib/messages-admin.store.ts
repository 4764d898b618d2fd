import { inject, Injectable, signal } from '@angular/core';
import type { SentMessageView, UndeliveredMessageView } from '@beside/shared/contracts';
import { attemptWrite, readInto, StatusApi, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { MessagesAdminApi } from './messages-admin-api';

/** Messages not delivered (failed or held back), and in development the inbox that catches every message. */
@Injectable()
export class MessagesAdminStore {
  private readonly api = inject(MessagesAdminApi);
  readonly undelivered = signal<UndeliveredMessageView[] | null>(null);
  readonly sent = signal<SentMessageView[] | null>(null);
  readonly problem = signal<string | null>(null);

  loadUndelivered(): Promise<boolean> {
    return readInto(this.api.undelivered(), (list) => this.undelivered.set(list), this.problem);
  }

  loadSent(): Promise<boolean> {
    return readInto(this.api.sentInDevelopment(), (list) => this.sent.set(list), this.problem);
  }

  /** Queues a failed message again; the list is read afresh, as it is no longer undelivered. */
  async retry(id: string): Promise<WriteResult<void>> {
    const result = await attemptWrite<void>(this.api.retry(id));
    if (result.ok) await this.loadUndelivered();
    return result;
  }
}

/** Whether this server catches messages in a development inbox (GET /api/status): the Sent messages page exists only then. */
@Injectable({ providedIn: 'root' })
export class DevelopmentInbox {
  private readonly status = inject(StatusApi);
  private known: Promise<boolean> | null = null;

  present(): Promise<boolean> {
    this.known ??= firstValueFrom(this.status.status()).then(
      (s) => s.developmentInbox === true,
      () => {
        this.known = null;
        return false;
      },
    );
    return this.known;
  }
}
