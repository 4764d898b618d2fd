import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { RetentionReviewView } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';
import { confirmWith } from '@beside/web/core';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { LondonPipe } from '@beside/web/ui';
import { KeepForm } from './keep-form';

/** One record whose time is up: what it is, when it closed and became due, and the choice: keep with a reason, or anonymise. */
@Component({
  selector: 'bs-review-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, LondonPipe, KeepForm],
  templateUrl: './review-item.html',
  styles: `
    .bs-review { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 1rem; margin: 0 0 1rem; }
    h3 { margin: 0 0 0.5rem; font-size: 1.125rem; }
    .bs-card-facts { --bs-card-term-width: 9rem; margin-bottom: 0.75rem; }
    .bs-blocked { font-weight: 600; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class ReviewItem {
  readonly review = input.required<RetentionReviewView>();
  /** What was done, in words, for the queue's notice. */
  readonly done = output<string>();
  /** Why the API refused (409), in its words. */
  readonly refused = output<string>();
  private readonly store = inject(RetentionStore);
  private readonly dialog = inject(MatDialog);
  protected readonly keeping = signal(false);
  protected readonly approving = signal(false);
  protected readonly anonymiseReason = signal('');

  protected kept(until: string): void {
    this.keeping.set(false);
    this.done.emit(`${this.review().serviceUserName}’s record is kept until ${formatLondonDate(until)}. It is not due again until then.`);
  }

  protected async anonymise(): Promise<void> {
    const r = this.review();
    if (this.approving()) return;
    const sure = await confirmWith(this.dialog, {
      title: `Anonymise ${r.serviceUserName}’s record?`,
      body: 'Her name, contact details and every word written about her are removed at the next run of the anonymisation job, and her documents are deleted. Figures and reports stay the same. This cannot be undone.',
      confirm: 'Anonymise',
      cancel: 'Keep it for now',
    });
    if (!sure) return;
    this.approving.set(true);
    const result = await this.store.anonymise(r.id, this.anonymiseReason().trim() || null);
    this.approving.set(false);
    if (result.ok) this.done.emit(`${r.serviceUserName}’s record is approved for anonymisation: the job does the work at its next run.`);
    else this.refused.emit(result.problem.messages.join(' '));
  }
}
