import { computed, inject, Injectable, signal } from '@angular/core';
import type { AccompanimentView, AppointmentStatus, AppointmentView } from '@beside/shared/contracts';
import { attemptWrite, KeysetList, type WriteResult } from '@beside/web/core';
import { JourneyWorkApi, type AccompanimentInput, type AppointmentChanges, type NewAppointmentInput } from './journey-work-api';

/** A journey's appointments (oldest first from the API), split into upcoming and past. */
@Injectable()
export class AppointmentsStore {
  private readonly api = inject(JourneyWorkApi);
  private journeyId = '';
  readonly now = signal(Date.now());
  readonly list = new KeysetList<AppointmentView>((cursor) => this.api.appointments(this.journeyId, cursor));
  readonly upcoming = computed(() => this.list.items().filter((a) => Date.parse(a.endsAt) >= this.now()));
  readonly past = computed(() =>
    this.list
      .items()
      .filter((a) => Date.parse(a.endsAt) < this.now())
      .reverse(),
  );

  load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.now.set(Date.now());
    return this.list.reload();
  }

  /** With its accompaniment, both are saved or neither (a double booking refuses both). */
  async create(input: NewAppointmentInput, idempotencyKey?: string): Promise<WriteResult<AppointmentView>> {
    const result = await attemptWrite(this.api.createAppointment(this.journeyId, input, idempotencyKey));
    if (result.ok) await this.list.reload();
    return result;
  }

  async setStatus(appointment: AppointmentView, status: AppointmentStatus, outcome?: string | null): Promise<WriteResult<AppointmentView>> {
    const changes = { status, version: appointment.version, ...(outcome !== undefined ? { outcome } : {}) };
    return this.keep(await attemptWrite<AppointmentView>(this.api.updateAppointment(appointment.id, changes)));
  }

  /** Purpose, place, her preparation and the outcome; on a stale version the list takes the current appointment. */
  async update(appointment: AppointmentView, changes: AppointmentChanges): Promise<WriteResult<AppointmentView>> {
    return this.keep(await attemptWrite<AppointmentView>(this.api.updateAppointment(appointment.id, { ...changes, version: appointment.version })));
  }

  async reschedule(appointment: AppointmentView, startsAt: string, endsAt: string): Promise<WriteResult<AppointmentView>> {
    const result = await attemptWrite<AppointmentView>(this.api.reschedule(appointment.id, { startsAt, endsAt, version: appointment.version }));
    if (result.ok || result.conflict) await this.list.reload();
    return result;
  }

  async accompany(appointment: AppointmentView, input: AccompanimentInput, idempotencyKey?: string): Promise<WriteResult<AccompanimentView>> {
    const result = await attemptWrite<AccompanimentView>(this.api.accompany(appointment.id, input, idempotencyKey));
    if (result.ok) this.list.replace({ ...appointment, accompaniment: result.value }, (a, b) => a.id === b.id);
    return result;
  }

  async updateAccompaniment(
    appointment: AppointmentView,
    accompaniment: AccompanimentView,
    changes: Partial<AccompanimentInput>,
  ): Promise<WriteResult<AccompanimentView>> {
    const result = await attemptWrite<AccompanimentView>(
      this.api.updateAccompaniment(accompaniment.id, { ...changes, version: accompaniment.version }),
    );
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.list.replace({ ...appointment, accompaniment: fresh }, (a, b) => a.id === b.id);
    return result;
  }

  private keep(result: WriteResult<AppointmentView>): WriteResult<AppointmentView> {
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.list.replace(fresh, (a, b) => a.id === b.id);
    return result;
  }
}
