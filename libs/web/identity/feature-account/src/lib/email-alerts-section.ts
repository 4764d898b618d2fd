import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { AccountView } from '@beside/shared/contracts';
import { AccountStore } from '@beside/web/identity/data-access';

/** Staff only: whether each in-app notification also comes by email, as a link with nothing else in it. */
@Component({
  selector: 'bs-email-alerts-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggleModule],
  template: `
    <section class="bs-section" aria-labelledby="email-alerts-heading">
      <h2 id="email-alerts-heading">Notifications by email</h2>
      <mat-slide-toggle id="email-alerts" [checked]="account().emailAlerts" [disabled]="pending()" (change)="set($event.checked)">
        Email me a copy of my notifications (a link only, never names or case details)
      </mat-slide-toggle>
      <p role="status" class="bs-email-alerts__status">{{ status() }}</p>
    </section>
  `,
  styles: `
    .bs-email-alerts__status {
      min-height: 1.5em;
      margin: 0.5rem 0 0;
    }
  `,
})
export class EmailAlertsSection {
  readonly account = input.required<AccountView>();
  private readonly store = inject(AccountStore);
  protected readonly pending = signal(false);
  protected readonly status = signal('');

  protected async set(on: boolean): Promise<void> {
    this.pending.set(true);
    const result = await this.store.setEmailAlerts(on);
    this.pending.set(false);
    this.status.set(
      result.ok
        ? on
          ? 'Saved: each notification will also come by email, as a link.'
          : 'Saved: notifications stay in Beside only.'
        : `Not saved: ${result.problem.messages.join(' ')}`,
    );
  }
}
