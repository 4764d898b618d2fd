import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AddReferralActionRequest, MultiAgencyReferralView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MultiAgencyReferralsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';

type Field = 'description' | 'ownerId' | 'dueOn';

const FIELDS: FieldDescriptions<Field> = {
  description: { id: 'action-description', label: 'What is to be done', messages: { required: 'Say what is to be done', maxlength: 'Make it 1,000 characters or fewer' } },
  ownerId: { id: 'action-owner', label: 'Owner', messages: { required: 'Choose who owns the action' } },
  dueOn: { id: 'action-due', label: 'Due date', messages: { required: 'Enter the date it is due' } },
};

/** An action for us agreed on a referral: what, who owns it (an advocate or a manager), and when it is due. */
@Component({
  selector: 'bs-add-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="add-action-heading">
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>What is to be done</mat-label>
        <textarea matInput [id]="fields.description.id" formControlName="description" rows="2"></textarea>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field">
        <mat-label>Owner</mat-label>
        <mat-select [id]="fields.ownerId.id" formControlName="ownerId">
          @for (s of store.staff(); track s.id) {
            <mat-option [value]="s.id">{{ s.displayName }} ({{ s.role === 'manager' ? 'manager' : 'advocate' }})</mat-option>
          }
        </mat-select>
        <mat-error>{{ flow.message('ownerId') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Due date</mat-label>
        <input matInput type="date" [id]="fields.dueOn.id" formControlName="dueOn" />
        <mat-error>{{ flow.message('dueOn') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Add the action</button>
        <button mat-button type="button" (click)="done.emit(null)">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './referral-forms.scss',
})
export class AddActionForm {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly done = output<string | null>();
  protected readonly store = inject(MultiAgencyReferralsStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] }),
    ownerId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const action: AddReferralActionRequest = { description: v.description.trim(), ownerId: v.ownerId, dueOn: v.dueOn };
      return {
        body: action,
        write: (key) => this.store.addAction(this.referral(), action, key),
        saved: () => this.done.emit(`The action “${action.description}” is added.`),
      };
    });
  }
}
