import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AppointmentsStore, JourneyStore } from '@beside/web/journeys/data-access';
import { AddAppointmentForm } from './add-appointment-form';
import { AppointmentCard } from './appointment-card';

@Component({
  selector: 'bs-appointments-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, AddAppointmentForm, AppointmentCard],
  template: `
    <div class="bs-tab-body">
      <p class="bs-secondary-text">Times are London time.</p>
      @if (store.list.error()) {
        <p class="bs-inline-error" role="alert">{{ store.list.error() }}</p>
      }
      <section class="bs-section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming appointments</h2>
        @for (a of store.upcoming(); track a.id) {
          <bs-appointment-card [appointment]="a" />
        } @empty {
          <p>No upcoming appointments.</p>
        }
      </section>
      @if (journeys.journey()?.status === 'closed') {
        <p class="bs-secondary-text">This journey is closed: reopen it from the overview to add appointments.</p>
      } @else if (journeys.canChange()) {
        <bs-add-appointment-form />
      }
      <section class="bs-section" aria-labelledby="past-heading">
        <h2 id="past-heading">Past appointments</h2>
        @for (a of store.past(); track a.id) {
          <bs-appointment-card [appointment]="a" />
        } @empty {
          <p>No past appointments.</p>
        }
        @if (store.list.hasMore()) {
          <button mat-stroked-button type="button" (click)="store.list.more()">Show more appointments</button>
        }
      </section>
    </div>
  `,
})
export class AppointmentsSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(AppointmentsStore);
  protected readonly journeys = inject(JourneyStore);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
    // An appointment that starts while the tab is open then offers its attendance without a reload.
    const tick = setInterval(() => this.store.now.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }
}
