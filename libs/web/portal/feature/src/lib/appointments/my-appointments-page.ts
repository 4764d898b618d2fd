import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyAppointmentsStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { AppointmentCard } from './appointment-card';

/** Her appointments, upcoming first, in London time. */
@Component({
  selector: 'bs-my-appointments-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyAppointmentsStore],
  imports: [PageHeader, Notice, AppointmentCard],
  template: `
    <bs-page-header heading="Appointments" />
    <p>Here are your appointments. You can write down what you want to say before you go. Times are UK time.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.appointments(); as all) {
      <section class="bs-section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Coming up</h2>
        @for (a of all.upcoming; track a.id) {
          <bs-appointment-card [appointment]="a" [upcoming]="true" />
        } @empty {
          <p>You have no appointments coming up.</p>
        }
      </section>
      <section class="bs-section" aria-labelledby="past-heading">
        <h2 id="past-heading">Past appointments</h2>
        @for (a of all.past; track a.id) {
          <bs-appointment-card [appointment]="a" />
        } @empty {
          <p>No past appointments yet.</p>
        }
      </section>
    } @else if (!store.problem()) {
      <p role="status">Loading your appointments…</p>
    }
  `,
})
export class MyAppointmentsPage implements OnInit {
  protected readonly store = inject(MyAppointmentsStore);
  private readonly proposals = inject(MyProposalsStore);

  ngOnInit(): void {
    void this.store.load();
    void this.proposals.load();
  }
}
