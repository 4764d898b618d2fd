import { inject, Injectable, signal } from '@angular/core';
import type { TimelineEntry, TrendPoint } from '@beside/shared/contracts';
import { KeysetList, toApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { JourneysApi } from './journeys-api';

/** The journey's timeline (oldest first, a page at a time) and her self-advocacy trend. */
@Injectable()
export class TimelineStore {
  private readonly api = inject(JourneysApi);
  private journeyId = '';
  readonly entries = new KeysetList<TimelineEntry>((cursor) => this.api.timeline(this.journeyId, cursor));
  readonly trend = signal<TrendPoint[] | null>(null);
  readonly trendProblem = signal<string | null>(null);

  load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    return this.entries.reload();
  }

  async loadTrend(journeyId: string): Promise<void> {
    try {
      this.trend.set(await firstValueFrom(this.api.trend(journeyId)));
      this.trendProblem.set(null);
    } catch (error) {
      this.trendProblem.set(toApiProblem(error).messages.join(' '));
    }
  }
}
