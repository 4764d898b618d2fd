import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  appointmentHasStarted,
  type AppointmentStatus,
  type AppointmentView,
  mayRecordWhatHappened,
  type SupportLevel,
} from '@beside/shared/contracts';
import { FormFlow, SessionStore, type WriteResult } from '@beside/web/core';
import { AppointmentsStore, JourneyStore, londonParts, londonToUtc } from '@beside/web/journeys/data-access';
import { APPOINTMENT_STATUS_LABELS, PROFESSIONAL_ROLE_LABELS, SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { ConflictNotice, FormField, LondonPipe } from '@beside/web/ui';
import { AppointmentDetailsForm } from './appointment-details-form';

@Component({
  selector: 'bs-appointment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ConflictNotice, AppointmentDetailsForm, LondonPipe, FormField],
  templateUrl: './appointment-card.html',
  styleUrl: './appointment-card.scss',
})
export class AppointmentCard {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  readonly appointment = input.required<AppointmentView>();
  private readonly store = inject(AppointmentsStore);
  private readonly session = inject(SessionStore);
  protected readonly roles = PROFESSIONAL_ROLE_LABELS;
  protected readonly statuses = APPOINTMENT_STATUS_LABELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly id = computed(() => this.appointment().id);
  protected readonly editable = computed(() => this.appointment().status !== 'rescheduled');
  /** Attendance, outcome, time spent and debrief wait for the start; a cancelled appointment takes none. */
  protected readonly started = computed(() => appointmentHasStarted(this.appointment().startsAt, this.store.now()));
  protected readonly canRecord = computed(() => mayRecordWhatHappened(this.appointment(), this.store.now()));
  protected readonly mode = signal<'view' | 'reschedule' | 'accompaniment' | 'details'>('view');
  protected readonly saved = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  private retry: (() => Promise<void>) | null = null;

  protected readonly reschedule = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    startTime: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endTime: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly support = new FormGroup({
    supportLevel: new FormControl<SupportLevel>('accompanied', { nonNullable: true }),
    timeSpentMinutes: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(1440)] }),
    debrief: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  // One change at a time for the whole card; its forms check themselves and say what is wrong in one line.
  protected readonly flow = new FormFlow(this.support, {});

  protected open(mode: 'reschedule' | 'accompaniment' | 'details'): void {
    const a = this.appointment();
    this.problem.set(null);
    this.saved.set(null);
    if (mode === 'reschedule') {
      const start = londonParts(a.startsAt);
      this.reschedule.setValue({ date: start.date, startTime: start.time, endTime: londonParts(a.endsAt).time });
    } else if (mode === 'accompaniment') {
      const ac = a.accompaniment;
      this.support.setValue({
        supportLevel: ac?.supportLevel ?? 'accompanied',
        timeSpentMinutes: ac?.timeSpentMinutes ?? null,
        debrief: ac?.debrief ?? '',
      });
    }
    this.mode.set(mode);
  }

  protected async setStatus(status: AppointmentStatus): Promise<void> {
    this.retry = () => this.setStatus(status);
    await this.send(status, () => this.store.setStatus(this.appointment(), status));
  }

  protected async saveReschedule(): Promise<void> {
    const v = this.reschedule.getRawValue();
    if (this.reschedule.invalid || v.endTime <= v.startTime) {
      this.problem.set('Enter a date, and an end time after the start time.');
      return;
    }
    this.retry = () => this.saveReschedule();
    await this.send(v, () => this.store.reschedule(this.appointment(), londonToUtc(v.date, v.startTime), londonToUtc(v.date, v.endTime)));
  }

  protected async saveSupport(): Promise<void> {
    if (this.support.invalid) {
      this.problem.set('Time spent must be a number of minutes from 0 to 1440.');
      return;
    }
    const v = this.support.getRawValue();
    // Before the start only the planned support level: the time spent and the debrief come after.
    const changes = this.canRecord()
      ? {
          supportLevel: v.supportLevel,
          timeSpentMinutes: v.timeSpentMinutes === null || (v.timeSpentMinutes as unknown) === '' ? null : Number(v.timeSpentMinutes),
          debrief: v.debrief.trim() || null,
        }
      : { supportLevel: v.supportLevel, timeSpentMinutes: null, debrief: null };
    this.retry = () => this.saveSupport();
    const a = this.appointment();
    const me = this.session.user()?.id;
    if (a.accompaniment) {
      const accompaniment = a.accompaniment;
      await this.send(changes, () => this.store.updateAccompaniment(a, accompaniment, this.canRecord() ? changes : { supportLevel: v.supportLevel }));
      return;
    }
    const body = { ...changes, advocateIds: me ? [me] : [] };
    await this.send(body, (key) => this.store.accompany(a, body, key));
  }

  protected closeDetails(saved: boolean): void {
    this.mode.set('view');
    this.saved.set(saved ? (this.canRecord() ? 'Preparation and outcome saved.' : 'Preparation saved.') : null);
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    void this.retry?.();
  }

  private async send<T>(body: unknown, write: (idempotencyKey: string) => Promise<WriteResult<T>>): Promise<void> {
    this.saved.set(null);
    await this.flow.send({
      body,
      write,
      saved: () => {
        this.problem.set(null);
        this.mode.set('view');
      },
      conflict: 'notice',
      problem: (problem) => {
        this.problem.set(problem.messages.join(' '));
        return null;
      },
    });
  }
}
