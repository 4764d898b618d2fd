import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BreakGlassGrant } from '@beside/web/audit/data-access';
import { formatLondonDateTime } from '@beside/shared/util';

export interface ReviewRequest {
  grantId: string;
  comment: string;
}

/** Break-the-glass accesses waiting for a manager to look at them. */
@Component({
  selector: 'bs-break-glass-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <section aria-labelledby="bg-heading">
      <h2 id="bg-heading">Break-the-glass access to review ({{ grants().length }})</h2>
      @if (grants().length === 0) {
        <p>Nothing to review.</p>
      }
      @for (g of grants(); track g.id) {
        <article class="grant">
          <p>
            <strong>{{ g.userName }}</strong> opened a journey that is not hers on {{ when(g.grantedAt) }}
            (access until {{ when(g.expiresAt) }}).
          </p>
          <p>Her reason: “{{ g.reason }}”</p>
          <mat-form-field class="comment">
            <mat-label>Your review comment</mat-label>
            <textarea matInput rows="2" maxlength="2000" [(ngModel)]="comments()[g.id]" [name]="'c' + g.id"></textarea>
          </mat-form-field>
          @if (errors()[g.id]) {
            <p class="error" role="alert">{{ errors()[g.id] }}</p>
          }
          <button mat-flat-button type="button" (click)="submit(g.id)">Mark reviewed</button>
        </article>
      }
    </section>
  `,
  styles: `
    .grant {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem;
      margin-bottom: 1rem;
    }
    .comment {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class BreakGlassReview {
  readonly grants = input.required<BreakGlassGrant[]>();
  readonly errors = input<Record<string, string>>({});
  readonly reviewed = output<ReviewRequest>();
  protected readonly comments = signal<Record<string, string>>({});
  protected readonly when = formatLondonDateTime;

  protected submit(grantId: string): void {
    this.reviewed.emit({ grantId, comment: (this.comments()[grantId] ?? '').trim() });
  }
}
