import { ChangeDetectionStrategy, Component, input, type OnInit, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { trackUnsavedChanges } from '@beside/web/core';
import { CharCount } from '@beside/web/ui';
import { type OwnEditResult } from '@beside/web/portal/data-access';

/** Change the wording of something she wrote: Save or Cancel, nothing changes until she saves. */
@Component({
  selector: 'bs-edit-words-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, CharCount],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="bs-edit-words">
      <mat-form-field>
        <mat-label>{{ label() }}</mat-label>
        <textarea matInput [id]="fieldId()" formControlName="text" rows="2"></textarea>
        <mat-hint><bs-char-count [value]="text.value" [max]="maxLength()" /></mat-hint>
        @if (error()) {
          <mat-error>{{ error() }}</mat-error>
        }
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit">Save</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class EditWordsForm implements OnInit {
  readonly label = input.required<string>();
  readonly fieldId = input.required<string>();
  readonly value = input.required<string>();
  readonly maxLength = input(2000);
  readonly saved = output<string>();
  readonly cancelled = output<void>();
  protected readonly error = signal<string | null>(null);
  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ text: this.text });

  constructor() {
    trackUnsavedChanges(() => this.text.value.trim() !== this.value().trim());
  }

  ngOnInit(): void {
    this.text.setValue(this.value());
    this.text.setValidators([Validators.required, Validators.maxLength(this.maxLength())]);
  }

  private saving = false;

  /**
   * Saves her words through `write`, one save at a time (a second click would meet the first save as a stale version).
   * 'saved'; 'propose' when the words are no longer hers to change; null when nothing was saved (the field says why).
   */
  async send(write: () => Promise<OwnEditResult<unknown>>): Promise<'saved' | 'propose' | null> {
    if (this.saving) return null;
    this.saving = true;
    const result = await write().finally(() => (this.saving = false));
    if (result.ok) return 'saved';
    if ('proposeChange' in result) return 'propose';
    this.showError(result.problem.messages.join(' '));
    return null;
  }

  /** Shows a message from the server under the field. */
  showError(message: string): void {
    this.error.set(message);
    this.text.setErrors({ server: message });
    this.text.markAsTouched();
  }

  protected submit(): void {
    const words = this.text.value.trim();
    if (!words) {
      this.showError('Write something, or press Cancel');
      return;
    }
    if (words.length > this.maxLength()) {
      this.showError(`Make it shorter: up to ${this.maxLength().toLocaleString('en-GB')} characters`);
      return;
    }
    this.saved.emit(words);
  }
}
