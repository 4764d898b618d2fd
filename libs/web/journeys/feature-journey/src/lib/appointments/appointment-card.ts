import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SUPPORT_LEVELS, type AppointmentStatus, type AppointmentView, type SupportLevel } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { SessionStore } from '@beside/web/core';
import { AppointmentsStore, londonParts, londonToUtc } from '@beside/web/journeys/data-access';
import {
  APPOINTMENT_STATUS_LABELS,
  ConflictNotice,
  formatLondonTime,
  PROFESSIONAL_ROLE_LABELS,
  SUPPORT_LEVEL_LABELS,
} from '@beside/web/journeys/ui';
import { AppointmentDetailsForm } from './appointment-details-form';

@Component({
  selector: 'bs-appointment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ConflictNotice, AppointmentDetailsForm],
  templateUrl: './appointment-card.html',
  styleUrl: './appointment-card.scss',
})
export class AppointmentCard {
  readonly appointment = input.required<AppointmentView>();
  private readonly store = inject(AppointmentsStore);
  private readonly session = inject(SessionStore);
  protected readonly roles = PROFESSIONAL_ROLE_LABELS;
  protected readonly statuses = APPOINTMENT_STATUS_LABELS;
  protected readonly levels = SUPPORT_LEVELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly when = formatLondonDateTime;
  protected readonly time = formatLondonTime;
  protected readonly id = computed(() => this.appointment().id);
  protected readonly editable = computed(() => this.appointment().status !== 'rescheduled');
  protected readonly mode = signal<'view' | 'reschedule' | 'accompaniment' | 'details'>('view');
  protected readonly saved = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly conflict = signal<string | null>(null);
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
    this.report(await this.store.setStatus(this.appointment(), status));
  }

  protected async saveReschedule(): Promise<void> {
    const v = this.reschedule.getRawValue();
    if (this.reschedule.invalid || v.endTime <= v.startTime) {
      this.problem.set('Enter a date, and an end time after the start time.');
      return;
    }
    this.retry = () => this.saveReschedule();
    const result = await this.store.reschedule(this.appointment(), londonToUtc(v.date, v.startTime), londonToUtc(v.date, v.endTime));
    this.report(result);
  }

  protected async saveSupport(): Promise<void> {
    if (this.support.invalid) {
      this.problem.set('Time spent must be a number of minutes from 0 to 1440.');
      return;
    }
    const v = this.support.getRawValue();
    const changes = {
      supportLevel: v.supportLevel,
      timeSpentMinutes: v.timeSpentMinutes === null || (v.timeSpentMinutes as unknown) === '' ? null : Number(v.timeSpentMinutes),
      debrief: v.debrief.trim() || null,
    };
    this.retry = () => this.saveSupport();
    const a = this.appointment();
    const me = this.session.user()?.id;
    const result = a.accompaniment
      ? await this.store.updateAccompaniment(a, a.accompaniment, changes)
      : await this.store.accompany(a, { ...changes, advocateIds: me ? [me] : [] });
    this.report(result);
  }

  protected closeDetails(saved: boolean): void {
    this.mode.set('view');
    this.saved.set(saved ? 'Preparation and outcome saved.' : null);
  }

  protected reapply(): void {
    this.conflict.set(null);
    void this.retry?.();
  }

  private report(result: { ok: boolean; problem?: { messages: string[] }; conflict?: unknown }): void {
    this.saved.set(null);
    if (result.ok) {
      this.problem.set(null);
      this.conflict.set(null);
      this.mode.set('view');
    } else if (result.conflict) {
      this.conflict.set(result.problem?.messages.join(' ') ?? 'Someone else changed this appointment.');
    } else {
      this.problem.set(result.problem?.messages.join(' ') ?? null);
    }
  }
}
