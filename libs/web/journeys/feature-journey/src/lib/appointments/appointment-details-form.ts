import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, type OnInit, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AppointmentView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { type AppointmentChanges, AppointmentsStore } from '@beside/web/journeys/data-access';
import { ConflictNotice, ErrorSummary } from '@beside/web/ui';

type Field = 'purpose' | 'location' | 'preparation' | 'outcome';
type Editable = Pick<AppointmentView, 'purpose' | 'location' | 'remote' | 'preparation' | 'outcome'>;

/** The ids carry the appointment's id: several cards can be open on one page. */
function describeFields(appointmentId: string): FieldDescriptions<Field> {
  return {
    purpose: { id: `appt-purpose-${appointmentId}`, label: 'Purpose', messages: { maxlength: 'Purpose must be 1000 characters or fewer' } },
    location: { id: `appt-location-${appointmentId}`, label: 'Place', messages: { maxlength: 'Place must be 500 characters or fewer' } },
    preparation: {
      id: `appt-preparation-${appointmentId}`,
      label: 'What she wants to say',
      messages: { maxlength: 'What she wants to say must be 4000 characters or fewer' },
    },
    outcome: { id: `appt-outcome-${appointmentId}`, label: 'Outcome', messages: { maxlength: 'Outcome must be 4000 characters or fewer' } },
  };
}

const text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
const orNull = (s: string) => s.trim() || null;

/** Purpose, place, her preparation and the outcome of one appointment. Only what changed is sent. */
@Component({
  selector: 'bs-appointment-details-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ConflictNotice, ErrorSummary],
  templateUrl: './appointment-details-form.html',
  styles: `
    .bs-appt__form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin-top: 0.5rem;
    }
    .bs-appt__wide {
      width: 100%;
      max-width: 40rem;
    }
  `,
})
export class AppointmentDetailsForm implements OnInit {
  readonly appointment = input.required<AppointmentView>();
  /** The outcome is for an appointment that has started, and not a cancelled one. */
  readonly withOutcome = input(true);
  /** Emits true once saved, false on cancel. */
  readonly done = output<boolean>();
  private readonly store = inject(AppointmentsStore);
  protected readonly fields = computed(() => describeFields(this.appointment().id));
  private baseline: Editable | null = null;

  protected readonly form = new FormGroup({
    purpose: text(1000),
    location: text(500),
    remote: new FormControl(false, { nonNullable: true }),
    preparation: text(4000),
    outcome: text(4000),
  });
  protected readonly flow = new FormFlow(this.form, this.fields, { unsavedChanges: true });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('textarea')?.focus());
  }

  ngOnInit(): void {
    this.fill(this.appointment());
  }

  protected async save(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.done.emit(false);
      return;
    }
    await this.flow.send({
      body: changes,
      write: () => this.store.update(this.appointment(), changes),
      saved: () => this.done.emit(true),
      // The card now holds the current appointment; the form shows it with her changes on top.
      conflict: ({ current }) => {
        this.fill({ ...current, ...changes } as Editable);
        this.baseline = current;
      },
    });
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    void this.save();
  }

  protected keepCurrent(): void {
    this.flow.conflict.set(null);
    this.fill(this.appointment());
  }

  private fill(a: Editable): void {
    this.baseline = a;
    this.form.reset({
      purpose: a.purpose ?? '',
      location: a.location ?? '',
      remote: a.remote,
      preparation: a.preparation ?? '',
      outcome: a.outcome ?? '',
    });
  }

  private changes(): AppointmentChanges {
    const v = this.form.getRawValue();
    const next: Editable = {
      purpose: orNull(v.purpose),
      location: orNull(v.location),
      remote: v.remote,
      preparation: orNull(v.preparation),
      outcome: orNull(v.outcome),
    };
    const before = this.baseline;
    const changes: AppointmentChanges = {};
    for (const key of Object.keys(next) as (keyof Editable)[]) {
      if (!before || next[key] !== before[key]) Object.assign(changes, { [key]: next[key] });
    }
    return changes;
  }
}
