import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ChangeProposalTarget } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { FIELD_WORDS } from './labels';

export interface ProposableField {
  field: string;
  current: string | null;
}

type Field = 'field' | 'proposedValue' | 'reason';

/** Ask for a change to something staff wrote, with her reason. Staff answer; nothing she writes is lost. */
@Component({
  selector: 'bs-propose-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, CharCount],
  template: `
    <div class="bs-propose">
      <h4 [id]="ids().heading">Ask for a change</h4>
      <p>Someone from the service wrote this. Tell us what you would like it to say, and why. Your advocate will reply.</p>
      <bs-error-summary [errors]="flow.errors()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-labelledby]="ids().heading">
        @if (fields().length > 1) {
          <mat-form-field>
            <mat-label>What to change</mat-label>
            <mat-select [id]="ids().field" formControlName="field" (selectionChange)="prefill()">
              @for (f of fields(); track f.field) {
                <mat-option [value]="f.field">{{ fieldWords[f.field] ?? f.field }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>What you would like it to say</mat-label>
          <textarea matInput [id]="ids().proposedValue" formControlName="proposedValue" rows="3"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.proposedValue.value" [max]="10000" /></mat-hint>
          <mat-error>{{ flow.message('proposedValue') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Why (your reason)</mat-label>
          <textarea matInput [id]="ids().reason" formControlName="reason" rows="2"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.reason.value" [max]="2000" /></mat-hint>
          <mat-error>{{ flow.message('reason') }}</mat-error>
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Send</button>
          <button mat-button type="button" (click)="closed.emit(false)">Cancel</button>
        </div>
      </form>
    </div>
  `,
  styles: `
    .bs-propose {
      margin: 0.75rem 0;
      padding: 1rem;
      border: 2px solid #ded6ee;
      border-radius: 12px;
      background: #fff;
    }
    h4 {
      margin: 0 0 0.5rem;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 0.5rem;
    }
  `,
})
export class ProposeChangeForm implements OnInit {
  readonly targetType = input.required<ChangeProposalTarget>();
  readonly targetId = input.required<string>();
  readonly fields = input.required<ProposableField[]>();
  /** True when sent, false when cancelled. */
  readonly closed = output<boolean>();
  private readonly store = inject(MyProposalsStore);
  protected readonly fieldWords = FIELD_WORDS;
  protected readonly ids = computed(() => {
    const id = this.targetId();
    return { heading: `propose-${id}`, field: `propose-field-${id}`, proposedValue: `propose-value-${id}`, reason: `propose-reason-${id}` };
  });
  private readonly descriptions = computed<FieldDescriptions<Field>>(() => ({
    field: { id: this.ids().field, label: 'What to change', messages: { required: 'Choose what to change' } },
    proposedValue: { id: this.ids().proposedValue, label: 'What you would like it to say', messages: { required: 'Write what you would like it to say', maxlength: 'Make it shorter: up to 10,000 characters' } },
    reason: { id: this.ids().reason, label: 'Your reason', messages: { required: 'Tell us why', maxlength: 'Make your reason shorter: up to 2,000 characters' } },
  }));
  protected readonly form = new FormGroup({
    field: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    proposedValue: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10000)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, this.descriptions, {
    unsavedChanges: () => this.form.controls.reason.value.trim() !== '' || this.form.controls.proposedValue.dirty,
  });
  private started = false;

  ngOnInit(): void {
    this.form.controls.field.setValue(this.fields()[0]?.field ?? '');
    this.prefill();
    this.started = true;
  }

  protected prefill(): void {
    const current = this.fields().find((f) => f.field === this.form.controls.field.value)?.current ?? '';
    if (!this.started || !this.form.controls.proposedValue.dirty) this.form.controls.proposedValue.setValue(current);
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = {
        targetType: this.targetType(),
        targetId: this.targetId(),
        field: v.field,
        proposedValue: v.proposedValue.trim(),
        reason: v.reason.trim(),
      };
      return {
        body,
        write: (key) => this.store.propose(body, key),
        saved: () => {
          this.form.markAsPristine();
          this.form.reset();
          this.closed.emit(true);
        },
      };
    });
  }
}
