import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { BreachesStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary, PageHeader } from '@beside/web/ui';
import { isoToLondonInputs, londonDateTimeToIso } from '../shared/london-input';
import { breachFieldsInWords } from './breach-words';

type Field = 'summary' | 'occurredAt' | 'occurredTime' | 'foundAt' | 'foundTime' | 'recordsAffected' | 'peopleAffected';

const FIELDS: FieldDescriptions<Field> = {
  summary: { id: 'breach-summary', label: 'What happened', messages: { required: 'Say what happened, without names', maxlength: 'Make it 4,000 characters or fewer' } },
  occurredAt: { id: 'breach-occurred-on', label: 'The day it happened', messages: {} },
  occurredTime: { id: 'breach-occurred-time', label: 'The time it happened', messages: {} },
  foundAt: { id: 'breach-found-on', label: 'The day it was found', messages: { required: 'Enter the day it was found' } },
  foundTime: { id: 'breach-found-time', label: 'The time it was found', messages: { required: 'Enter the time it was found' } },
  recordsAffected: { id: 'breach-records', label: 'Records affected', messages: { required: 'Say which records are affected', maxlength: 'Make it 2,000 characters or fewer' } },
  peopleAffected: { id: 'breach-people', label: 'People affected', messages: { required: 'Enter how many people are affected', min: 'The number cannot be less than 0', pattern: 'Enter a whole number' } },
};

/** A breach, as soon as it is known: its 72-hour clock runs from when it was found. */
@Component({
  selector: 'bs-record-breach-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeader, ErrorSummary],
  templateUrl: './record-breach-page.html',
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 0.5rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; margin-bottom: 0.5rem; }
    .bs-when { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class RecordBreachPage {
  private readonly store = inject(BreachesStore);
  private readonly router = inject(Router);
  protected readonly fields = FIELDS;
  protected readonly today = londonToday();
  private readonly now = isoToLondonInputs(new Date().toISOString());
  protected readonly form = new FormGroup({
    summary: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    occurredAt: new FormControl('', { nonNullable: true }),
    occurredTime: new FormControl('', { nonNullable: true }),
    foundAt: new FormControl(this.now.date, { nonNullable: true, validators: [Validators.required] }),
    foundTime: new FormControl(this.now.time, { nonNullable: true, validators: [Validators.required] }),
    recordsAffected: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    peopleAffected: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    for (const name of ['summary', 'recordsAffected'] as const) {
      if (!this.form.controls[name].value.trim()) this.form.controls[name].setValue('');
    }
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = {
        summary: v.summary.trim(),
        occurredAt: londonDateTimeToIso(v.occurredAt, v.occurredTime),
        foundAt: londonDateTimeToIso(v.foundAt, v.foundTime) ?? '',
        recordsAffected: v.recordsAffected.trim(),
        peopleAffected: Number(v.peopleAffected),
      };
      return {
        body,
        write: (key) => this.store.record(body, key),
        saved: async (breach) => {
          this.form.markAsPristine();
          await this.router.navigate(['/data-protection/breaches', breach.id]);
        },
        problem: breachFieldsInWords,
      };
    });
  }
}
