import { inject, Injectable, signal } from '@angular/core';
import { readInto } from '@beside/web/core';
import { ConversationsApi } from './conversations-api';

/** How many messages from the women on the advocate's open journeys she has not read, by journey. */
@Injectable({ providedIn: 'root' })
export class UnreadConversationsStore {
  private readonly api = inject(ConversationsApi);
  readonly byJourney = signal<Record<string, number>>({});
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(
      this.api.unread(),
      (counts) => this.byJourney.set(Object.fromEntries(counts.filter((c) => c.unread > 0).map((c) => [c.journeyId, c.unread]))),
      this.problem,
    );
  }

  count(journeyId: string): number {
    return this.byJourney()[journeyId] ?? 0;
  }

  /** Opening the conversation read it: nothing is new there any more. */
  markRead(journeyId: string): void {
    this.byJourney.update(({ [journeyId]: _read, ...rest }) => rest);
  }
}
