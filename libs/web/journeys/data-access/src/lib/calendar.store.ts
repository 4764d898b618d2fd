import { inject, Injectable, signal } from '@angular/core';
import type { CalendarSubscription } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { type CalendarEvent, parseIcsEvents } from './ics-events';
import { JourneyWorkApi } from './journey-work-api';

/** The appointments she accompanies (from her own .ics feed), and her private calendar address. */
@Injectable()
export class CalendarStore {
  private readonly api = inject(JourneyWorkApi);
  readonly events = signal<CalendarEvent[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  readonly subscription = signal<CalendarSubscription | null>(null);

  async load(): Promise<void> {
    if (await readInto(this.api.myAccompanimentsIcs(), (ics) => this.events.set(parseIcsEvents(ics)), this.problem)) this.loaded.set(true);
  }

  async subscribe(idempotencyKey?: string): Promise<WriteResult<CalendarSubscription>> {
    const result = await attemptWrite(this.api.subscribe(idempotencyKey));
    if (result.ok) this.subscription.set(result.value);
    return result;
  }

  async revoke(): Promise<WriteResult<void>> {
    const result = await attemptWrite(this.api.unsubscribe());
    if (result.ok) this.subscription.set(null);
    return result;
  }
}
