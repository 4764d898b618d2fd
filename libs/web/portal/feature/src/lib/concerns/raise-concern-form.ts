import { ChangeDetectionStrategy, Component, inject, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONCERN_CATEGORY_WORDS, type ConcernCategory, type MyConcern } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyConcernsStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

type Field = 'category' | 'description';

const FIELDS: FieldDescriptions<Field> = {
  category: { id: 'concern-category', label: 'What it is about', messages: { required: 'Choose what it is about' } },
  description: { id: 'concern-description', label: 'What happened', messages: { required: 'Tell us what happened', maxlength: 'Make it shorter: up to 4,000 characters' } },
};

export const CONCERN_CHOICES: { value: ConcernCategory; words: string; group: 'safety' | 'service' }[] = [
  { value: 'abuse_or_violence', words: CONCERN_CATEGORY_WORDS.abuse_or_violence, group: 'safety' },
  { value: 'exploitation', words: CONCERN_CATEGORY_WORDS.exploitation, group: 'safety' },
  { value: 'risk_to_self', words: CONCERN_CATEGORY_WORDS.risk_to_self, group: 'safety' },
  { value: 'service_quality', words: CONCERN_CATEGORY_WORDS.service_quality, group: 'service' },
  { value: 'staff_conduct', words: CONCERN_CATEGORY_WORDS.staff_conduct, group: 'service' },
  { value: 'other', words: CONCERN_CATEGORY_WORDS.other, group: 'service' },
];

/** A short form: what it is about, what happened, and whether her advocate may know it came from her. */
@Component({
  selector: 'bs-raise-concern-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="raise-heading">
      <fieldset class="bs-fieldset" id="concern-category">
        <legend>What is it about?</legend>
        <p class="bs-concern__group">Your safety</p>
        @for (c of safety; track c.value) {
          <label class="bs-radio"><input type="radio" formControlName="category" [value]="c.value" /> {{ c.words }}</label>
        }
        <p class="bs-concern__group">The service</p>
        @for (c of service; track c.value) {
          <label class="bs-radio"><input type="radio" formControlName="category" [value]="c.value" /> {{ c.words }}</label>
        }
        @if (message('category'); as m) {
          <p class="bs-inline-error">{{ m }}</p>
        }
      </fieldset>
      <mat-form-field>
        <mat-label>What happened?</mat-label>
        <textarea matInput [id]="fields.description.id" formControlName="description" rows="5"></textarea>
        <mat-hint>Write as much or as little as you like. <bs-char-count [value]="form.controls.description.value" [max]="4000" /></mat-hint>
        <mat-error>{{ message('description') }}</mat-error>
      </mat-form-field>
      <mat-checkbox formControlName="hideFromAdvocate">Do not tell my advocate this came from me</mat-checkbox>
      <mat-checkbox formControlName="aboutMyAdvocate">This is about my advocate</mat-checkbox>
      <p class="bs-secondary-text">If you tick either box, only a manager will see who raised it.</p>
      <button mat-flat-button type="submit" [disabled]="flow.pending()">Send</button>
    </form>
  `,
  styles: `
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .bs-concern__group {
      margin: 0.75rem 0 0.25rem;
      font-weight: 600;
      color: #4a3a6b;
    }
    .bs-radio {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      min-height: 2.75rem;
      padding: 0.5rem 0;
      cursor: pointer;
    }
    .bs-radio input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.125rem 0 0;
      flex: none;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 1.25rem;
    }
    mat-checkbox {
      display: block;
      margin: 0 0 0.5rem;
    }
  `,
})
export class RaiseConcernForm {
  readonly raised = output<MyConcern>();
  private readonly store = inject(MyConcernsStore);
  protected readonly fields = FIELDS;
  protected readonly safety = CONCERN_CHOICES.filter((c) => c.group === 'safety');
  protected readonly service = CONCERN_CHOICES.filter((c) => c.group === 'service');
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    category: new FormControl<ConcernCategory | null>(null, { validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    hideFromAdvocate: new FormControl(false, { nonNullable: true }),
    aboutMyAdvocate: new FormControl(false, { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: () => this.form.controls.description.value.trim() !== '' });

  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    return control.touched ? this.flow.message(field) : null;
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = {
        category: v.category as ConcernCategory,
        description: v.description.trim(),
        hideFromAdvocate: v.hideFromAdvocate,
        aboutMyAdvocate: v.aboutMyAdvocate,
      };
      return {
        body,
        write: (key) => this.store.raise(body, key),
        saved: (value) => {
          this.formDir()?.resetForm({ category: null, description: '', hideFromAdvocate: false, aboutMyAdvocate: false });
          this.raised.emit(value);
        },
      };
    });
  }
}
