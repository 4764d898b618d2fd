import { inject, Injectable, signal } from '@angular/core';
import type { MyAppointment, MyAppointments } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { PortalApi } from './portal-api';

/** Her appointments, upcoming and past, and her own "what I want to say". */
@Injectable()
export class MyAppointmentsStore {
  private readonly api = inject(PortalApi);
  readonly appointments = signal<MyAppointments | null>(null);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.appointments(), (appointments) => this.appointments.set(appointments), this.problem);
  }

  async savePreparation(appointment: MyAppointment, preparation: string | null): Promise<WriteResult<MyAppointment>> {
    const result = await attemptWrite<MyAppointment>(this.api.updatePreparation(appointment.id, { preparation, version: appointment.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.replace(fresh);
    return result;
  }

  /** The calendar file for one appointment (a plain link: the browser downloads it with her session). */
  icsHref(appointment: MyAppointment): string {
    return `/api/my/appointments/${appointment.id}.ics`;
  }

  private replace(fresh: MyAppointment): void {
    this.appointments.update((all) =>
      all
        ? {
            upcoming: all.upcoming.map((a) => (a.id === fresh.id ? fresh : a)),
            past: all.past.map((a) => (a.id === fresh.id ? fresh : a)),
          }
        : all,
    );
  }
}
