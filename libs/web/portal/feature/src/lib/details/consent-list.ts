import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CONSENT_STATE_WORDS, type MyConsent } from '@beside/shared/contracts';
import { FormSubmission } from '@beside/web/core';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { londonDay } from '@beside/shared/util';

const STATE_WORDS = CONSENT_STATE_WORDS;

/** What she agreed to share, with whom and until when; she can take it back after confirming. */
@Component({
  selector: 'bs-consent-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @for (c of store.consents(); track c.id) {
      <article class="bs-consent" [attr.aria-labelledby]="'consent-' + c.id">
        <h3 [id]="'consent-' + c.id">{{ c.agreement }}</h3>
        <p><span class="bs-tag">{{ stateWords[c.state] }}</span></p>
        <ul>
          @if (c.sharedWith) {
            <li>Shared with: {{ c.sharedWith }}</li>
          }
          <li>Since {{ day(c.givenOn) }}</li>
          @if (c.withdrawnAt) {
            <li>You took it back on {{ day(c.withdrawnAt) }}</li>
          } @else if (c.validUntil) {
            <li>Until {{ day(c.validUntil) }}</li>
          }
        </ul>
        @if (c.state === 'current') {
          @if (confirming() === c.id) {
            <div class="bs-consent__confirm" role="group" [attr.aria-labelledby]="'confirm-' + c.id">
              <p [id]="'confirm-' + c.id"><strong>Are you sure?</strong> We will stop sharing this from now on. Your advocate will see that you took it back. You can talk to her if you want to agree again.</p>
              <div class="bs-actions">
                <button mat-flat-button type="button" (click)="withdraw(c)" [disabled]="submission.pending()">Yes, take it back</button>
                <button mat-button type="button" (click)="confirming.set(null)">No, keep it</button>
              </div>
            </div>
          } @else {
            <button mat-stroked-button type="button" (click)="confirming.set(c.id)">Take back this agreement<span class="bs-visually-hidden">: {{ c.agreement }}</span></button>
          }
        }
      </article>
    } @empty {
      <p>You have not agreed to share anything.</p>
    }
    @if (status()) {
      <p role="status">{{ status() }}</p>
    }
  `,
  styles: `
    .bs-consent {
      padding: 0.75rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    h3 {
      margin: 0 0 0.25rem;
      font-size: 1.1rem;
    }
    ul {
      margin: 0.25rem 0 0.5rem;
      padding-left: 1.25rem;
    }
    .bs-consent__confirm {
      padding: 0.75rem;
      border-left: 4px solid #8a5a00;
      background: #fff;
    }
  `,
})
export class ConsentList {
  protected readonly store = inject(MyDetailsStore);
  protected readonly stateWords = STATE_WORDS;
  protected readonly confirming = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);

  protected day(value: string): string {
    return londonDay(value);
  }

  protected readonly submission = new FormSubmission();

  protected async withdraw(consent: MyConsent): Promise<void> {
    const result = await this.submission.run({ id: consent.id, version: consent.version }, (key) => this.store.withdraw(consent, key));
    if (!result) return;
    this.confirming.set(null);
    this.status.set(result.ok ? 'Done. You took back this agreement.' : result.problem.messages.join(' '));
  }
}
