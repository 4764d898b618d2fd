import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { NetworkPoolSettingStore } from '@beside/web/network/data-access';
import { ErrorSummary, LondonPipe, Notice, PageHeader } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'shares'> = {
  shares: { id: 'pool-shares', label: 'Join the network’s pooled figures', messages: {} },
};

/** An organisation's admin decides whether its figures join the network's pooled figures (yes until it says no). */
@Component({
  selector: 'bs-pool-setting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, ErrorSummary, Notice, PageHeader, LondonPipe],
  providers: [NetworkPoolSettingStore],
  template: `
    <bs-page-header heading="Network figures">
      <p>
        The network pools counts from its member organisations: how many referrals, journeys and accompaniments there were each month,
        and similar totals. Your organisation decides whether its counts join them.
      </p>
    </bs-page-header>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (store.setting(); as s) {
      @if (saved(); as words) {
        <bs-notice kind="success">{{ words }}</bs-notice>
      }
      <section class="bs-section" aria-labelledby="pool-heading">
        <h2 id="pool-heading">What is shared, and what never is</h2>
        <ul>
          <li>Only counts leave your organisation: never a name, a note, a concern or anything else about a woman or your staff.</li>
          <li>A count from 1 to 4 is shown as “&lt;5”, and a number that would let someone work out your own count is suppressed.</li>
          <li>The network operator and the managers of every member organisation see the pooled figures.</li>
        </ul>
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-pool-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-checkbox [id]="fields.shares.id" formControlName="shares">Join the network’s pooled figures</mat-checkbox>
          <p class="bs-secondary-text">
            Now: {{ s.sharesNetworkFigures ? 'your figures join the pooled figures' : 'your figures are kept out of the pooled figures' }}.
            {{ s.changedAt ? 'Last changed ' + (s.changedAt | london: 'dateTime') + '.' : 'Yes unless your organisation says no.' }}
          </p>
          <div class="bs-actions">
            <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Saving…' : 'Save' }}</button>
          </div>
        </form>
      </section>
    } @else if (!store.problem()) {
      <p role="status">Loading…</p>
    }
  `,
  styles: `
    .bs-pool-form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      max-width: 40rem;
    }
  `,
})
export class PoolSettingPage {
  protected readonly store = inject(NetworkPoolSettingStore);
  protected readonly fields = FIELDS;
  protected readonly saved = signal<string | null>(null);
  protected readonly form = new FormGroup({ shares: new FormControl(true, { nonNullable: true }) });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'shares' });

  constructor() {
    effect(() => {
      const setting = this.store.setting();
      untracked(() => {
        if (setting && !this.form.dirty) this.form.reset({ shares: setting.sharesNetworkFigures });
      });
    });
    void this.store.load();
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const shares = this.form.controls.shares.value;
    await this.flow.submit({
      body: { sharesNetworkFigures: shares },
      write: () => this.store.save(shares),
      saved: (setting) => {
        this.form.reset({ shares: setting.sharesNetworkFigures });
        this.saved.set(
          setting.sharesNetworkFigures
            ? 'Saved. Your organisation’s figures join the network’s pooled figures.'
            : 'Saved. Your organisation’s figures are kept out of the network’s pooled figures from now on.',
        );
      },
    });
  }
}
