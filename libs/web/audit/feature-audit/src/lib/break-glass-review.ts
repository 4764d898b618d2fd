import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BreakGlassGrant } from '@beside/web/audit/data-access';
import { BREAK_GLASS_REASON_LABELS } from '@beside/shared/contracts';
import { RouterLink } from '@angular/router';
import { ErrorSummary, LondonPipe } from '@beside/web/ui';

export interface ReviewRequest {
  grantId: string;
  comment: string;
}

/** Break-the-glass accesses waiting for a manager to look at them. */
@Component({
  selector: 'bs-break-glass-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, ErrorSummary, MatButtonModule, MatFormFieldModule, MatInputModule, LondonPipe],
  template: `
    <section aria-labelledby="bg-heading">
      <h2 id="bg-heading">Break-the-glass access to review ({{ grants().length }})</h2>
      @if (grants().length === 0) {
        <p>Nothing to review.</p>
      }
      @for (g of grants(); track g.id) {
        <article class="grant">
          <h3 class="grant__who">
            {{ g.userName }} opened <a [routerLink]="['/journeys', g.journeyId]">{{ g.serviceUserName }}’s journey</a>
          </h3>
          <p>On {{ g.grantedAt | london: 'dateTime' }}, with access until {{ g.expiresAt | london: 'dateTime' }} ({{ g.allowsWrite ? 'could change it' : 'read only' }}).</p>
          <p>Kind of reason: {{ labels[g.reasonCategory] }}</p>
          <p>Reason given: “{{ g.reason }}”</p>
          @if (errors()[g.id]; as e) {
            <bs-error-summary [errors]="[{ fieldId: 'review-comment-' + g.id, message: e }]" />
          }
          <mat-form-field class="comment">
            <mat-label>Your review comment</mat-label>
            <textarea matInput rows="2" maxlength="2000" [(ngModel)]="comments()[g.id]" [name]="'c' + g.id" [id]="'review-comment-' + g.id"></textarea>
          </mat-form-field>
          <button mat-flat-button type="button" [disabled]="busy() === g.id" (click)="submit(g.id)" [attr.aria-label]="'Mark reviewed: ' + g.userName + ' opened ' + g.serviceUserName + '’s journey'">
            Mark reviewed
          </button>
        </article>
      }
    </section>
  `,
  styles: `
    .grant__who {
      font-size: 1.05rem;
      margin: 0 0 0.5rem;
    }
    .grant p {
      overflow-wrap: anywhere;
    }
    .grant {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem;
      margin-bottom: 1rem;
    }
    .comment {
      width: 100%;
    }
  `,
})
export class BreakGlassReview {
  readonly grants = input.required<BreakGlassGrant[]>();
  readonly errors = input<Record<string, string>>({});
  /** The grant whose review is on its way. */
  readonly busy = input<string | null>(null);
  readonly reviewed = output<ReviewRequest>();
  protected readonly comments = signal<Record<string, string>>({});
  protected readonly labels = BREAK_GLASS_REASON_LABELS;

  protected submit(grantId: string): void {
    this.reviewed.emit({ grantId, comment: (this.comments()[grantId] ?? '').trim() });
  }
}
