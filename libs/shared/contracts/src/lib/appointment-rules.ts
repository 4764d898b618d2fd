import type { AppointmentStatus } from './glossary';

/** Attendance: what an appointment's status says once it has happened. */
export const ATTENDANCE_STATUSES: readonly AppointmentStatus[] = ['attended', 'missed'];

/** An appointment has started once its start time has come (the API's clock decides; the web app only hides actions). */
export function appointmentHasStarted(startsAt: string | Date, now: Date | number): boolean {
  return new Date(startsAt).getTime() <= new Date(now).getTime();
}

/**
 * Whether what happened at an appointment (attendance, outcome, time spent, debrief) may be recorded:
 * only once it has started, and never on a cancelled or rescheduled one.
 */
export function mayRecordWhatHappened(appointment: { status: AppointmentStatus; startsAt: string | Date }, now: Date | number): boolean {
  return appointment.status !== 'cancelled' && appointment.status !== 'rescheduled' && appointmentHasStarted(appointment.startsAt, now);
}
