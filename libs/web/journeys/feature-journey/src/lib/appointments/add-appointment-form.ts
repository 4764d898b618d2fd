import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ProfessionalRole, SupportLevel } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { AppointmentsStore, londonToday, londonToUtc } from '@beside/web/journeys/data-access';
import { PROFESSIONAL_ROLE_LABELS, SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary, FormField, Notice } from '@beside/web/ui';

type Field = 'professionalRole' | 'professionalOrganisation' | 'date' | 'startTime' | 'endTime' | 'location' | 'purpose';
const FIELDS: FieldDescriptions<Field> = {
  professionalRole: { id: 'appt-role', label: 'Who she is seeing', messages: { required: 'Choose who she is seeing' } },
  professionalOrganisation: { id: 'appt-org', label: 'Organisation', messages: {} },
  date: { id: 'appt-date', label: 'Date', messages: { required: 'Enter the date' } },
  startTime: { id: 'appt-start', label: 'Start time', messages: { required: 'Enter the start time' } },
  endTime: { id: 'appt-end', label: 'End time', messages: { required: 'Enter the end time', order: 'End time must be after the start time' } },
  location: { id: 'appt-location', label: 'Place', messages: {} },
  purpose: { id: 'appt-purpose', label: 'Purpose', messages: {} },
};
const ACCOMPANY_INPUT_ID = 'appt-accompany-input';
// The API's names for the same fields.
const API_NAMES: Record<string, Field> = { startsAt: 'startTime', endsAt: 'endTime' };

@Component({
  selector: 'bs-add-appointment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary, Notice, FormField],
  templateUrl: './add-appointment-form.html',
  styles: `
    .bs-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.5rem 1rem;
      align-items: start;
    }
    .bs-add-appointment {
      border-top: 2px solid var(--mat-sys-outline-variant);
      padding-top: 1rem;
    }
    mat-checkbox {
      display: block;
      margin-bottom: 0.75rem;
    }
  `,
})
export class AddAppointmentForm {
  private readonly store = inject(AppointmentsStore);
  private readonly session = inject(SessionStore);
  protected readonly fields = FIELDS;
  protected readonly roleLabels = PROFESSIONAL_ROLE_LABELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly saved = signal<string | null>(null);
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    professionalRole: new FormControl<ProfessionalRole | ''>('', { nonNullable: true, validators: [Validators.required] }),
    professionalOrganisation: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    date: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required] }),
    startTime: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endTime: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    remote: new FormControl(false, { nonNullable: true }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    purpose: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
    accompany: new FormControl(true, { nonNullable: true }),
    supportLevel: new FormControl<SupportLevel>('accompanied', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  constructor() {
    // Leaving with a half-written appointment asks first.
  }

  protected async submit(): Promise<void> {
    if (this.flow.pending()) return;
    this.saved.set(null);
    const v = this.form.getRawValue();
    if (v.startTime && v.endTime && v.endTime <= v.startTime) this.form.controls.endTime.setErrors({ order: true });
    if (!this.flow.validate()) return;
    const me = this.session.user()?.id;
    const body = {
      professionalRole: v.professionalRole as ProfessionalRole,
      professionalOrganisation: v.professionalOrganisation.trim() || null,
      startsAt: londonToUtc(v.date, v.startTime),
      endsAt: londonToUtc(v.date, v.endTime),
      location: v.location.trim() || null,
      remote: v.remote,
      purpose: v.purpose.trim() || null,
      // Booked in the same request: a double booking saves neither, so nothing is left half-made.
      ...(v.accompany && me ? { accompaniment: { advocateIds: [me], supportLevel: v.supportLevel, timeSpentMinutes: null, debrief: null } } : {}),
    };
    await this.flow.send({
      body,
      write: (key) => this.store.create(body, key),
      saved: () => {
        this.saved.set(body.accompaniment ? 'Appointment and accompaniment added.' : 'Appointment added.');
        this.formDir()?.resetForm({ date: v.date, accompany: true, supportLevel: 'accompanied' });
      },
      problem: (problem) => ({ ...problem, messages: problem.messages.map((m) => m.replace(/^(startsAt|endsAt)\b/, (name) => API_NAMES[name])) }),
      summary: (items, problem) => {
        const doubleBooked = problem.status === 409 && body.accompaniment && problem.messages.some((m) => m.includes('already accompanying'));
        if (!doubleBooked) return items;
        const message = `${problem.messages.join(' ')} Nothing was saved. Choose another time, or untick "I will support her at this appointment" to add it without your accompaniment.`;
        return [{ fieldId: ACCOMPANY_INPUT_ID, message }];
      },
    });
  }
}
