import { inject, Injectable, signal } from '@angular/core';
import { readInto } from '@beside/web/core';
import { ConversationsApi } from './conversations-api';

/** How many messages from her advocates she has not read yet: the count beside Messages in her menu. */
@Injectable({ providedIn: 'root' })
export class MyUnreadMessagesStore {
  private readonly api = inject(ConversationsApi);
  readonly count = signal(0);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.myUnread(), (answer) => this.count.set(answer.unread), this.problem);
  }

  /** She is reading them now. */
  markRead(): void {
    this.count.set(0);
  }
}
