import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { FormSubmission } from '@beside/web/core';
import { CalendarStore, londonToday } from '@beside/web/journeys/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { addDays, dayLabel, londonDate, mondayOf } from './week';

@Component({
  selector: 'bs-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, LondonPipe],
  providers: [CalendarStore],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
})
export class CalendarPage {
  protected readonly store = inject(CalendarStore);
  protected readonly today = londonToday();
  protected readonly monday = signal(mondayOf(this.today));
  protected readonly problem = signal<string | null>(null);
  protected readonly copied = signal(false);
  // A double click makes one private address, not one that the second at once replaces.
  protected readonly submission = new FormSubmission();
  protected readonly heading = computed(() => `Week of ${dayLabel(this.monday())}`);
  protected readonly days = computed(() => {
    const monday = this.monday();
    const events = this.store.events();
    return Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i);
      return { date, label: dayLabel(date), events: events.filter((e) => londonDate(e.startsAt) === date) };
    });
  });
  protected readonly weekCount = computed(() => this.days().reduce((n, d) => n + d.events.length, 0));

  constructor() {
    void this.store.load();
  }

  protected move(weeks: number): void {
    this.monday.update((m) => addDays(m, weeks * 7));
  }

  protected thisWeek(): void {
    this.monday.set(mondayOf(this.today));
  }

  protected async subscribe(): Promise<void> {
    const result = await this.submission.run({}, (key) => this.store.subscribe(key));
    if (!result) return;
    this.problem.set(result.ok ? null : result.problem.messages.join(' '));
  }

  protected async revoke(): Promise<void> {
    const result = await this.store.revoke();
    this.problem.set(result.ok ? 'The private address no longer works. Remove it from your calendar app.' : result.problem.messages.join(' '));
  }
}
