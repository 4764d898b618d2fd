import { ChangeDetectionStrategy, Component, input, output, signal, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** Change the wording of something she wrote: Save or Cancel, nothing changes until she saves. */
@Component({
  selector: 'bs-edit-words-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="bs-edit-words">
      <mat-form-field>
        <mat-label>{{ label() }}</mat-label>
        <textarea matInput [id]="fieldId()" formControlName="text" rows="2"></textarea>
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

  ngOnInit(): void {
    this.text.setValue(this.value());
    this.text.setValidators([Validators.required, Validators.maxLength(this.maxLength())]);
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
    this.saved.emit(words);
  }
}
