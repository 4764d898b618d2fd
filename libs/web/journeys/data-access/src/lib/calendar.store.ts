import { inject, Injectable, signal } from '@angular/core';
import type { CalendarSubscription } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { parseIcsEvents, type CalendarEvent } from './ics-events';
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
    try {
      this.events.set(parseIcsEvents(await firstValueFrom(this.api.myAccompanimentsIcs())));
      this.problem.set(null);
      this.loaded.set(true);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  async subscribe(): Promise<WriteResult<CalendarSubscription>> {
    const result = await attemptWrite(this.api.subscribe());
    if (result.ok) this.subscription.set(result.value);
    return result;
  }

  async revoke(): Promise<WriteResult<void>> {
    const result = await attemptWrite(this.api.unsubscribe());
    if (result.ok) this.subscription.set(null);
    return result;
  }
}
