import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { DocumentView } from '@beside/shared/contracts';
import { JourneyDocumentsStore } from '@beside/web/challenges/data-access';
import { confirmWith } from '@beside/web/core';

/** Delete a document with the reason, kept with the record; asked once more before it goes. */
@Component({
  selector: 'bs-delete-document-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form class="bs-delete" (submit)="$event.preventDefault(); remove()" novalidate [attr.aria-label]="'Delete ' + document().description">
      <mat-form-field class="bs-field">
        <mat-label>Why it is deleted</mat-label>
        <textarea matInput [id]="'delete-reason-' + document().id" [formControl]="reason" rows="2"></textarea>
        <mat-hint>Kept with the record</mat-hint>
        <mat-error>{{ error() }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="busy()">Delete the document</button>
        <button mat-button type="button" (click)="cancelled.emit()">Keep it</button>
      </div>
    </form>
  `,
  styles: `
    .bs-delete { border-left: 4px solid var(--mat-sys-outline); padding-left: 0.75rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class DeleteDocumentForm {
  readonly document = input.required<DocumentView>();
  readonly deleted = output<DocumentView>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneyDocumentsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async remove(): Promise<void> {
    const reason = this.reason.value.trim();
    if (!reason || reason.length > 500) {
      this.showError(reason ? 'Make the reason 500 characters or fewer' : 'Say why it is deleted');
      return;
    }
    const ok = await confirmWith(this.dialog, {
      title: 'Delete this document?',
      body: `“${this.document().description}” can no longer be opened by anyone${this.document().visibility === 'shared' ? ', and she no longer sees it' : ''}. The record of it and your reason are kept.`,
      confirm: 'Delete the document',
      cancel: 'Keep it',
    });
    if (!ok) return;
    this.busy.set(true);
    const result = await this.store.remove(this.document(), reason);
    this.busy.set(false);
    if (result.ok) this.deleted.emit(result.value);
    else this.showError(result.problem.messages.join(' '));
  }

  private showError(message: string): void {
    this.error.set(message);
    this.reason.setErrors({ server: true });
    this.reason.markAsTouched();
  }
}
