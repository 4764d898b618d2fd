import { ConflictException } from '@nestjs/common';
import { appointmentHasStarted, ATTENDANCE_STATUSES, type AppointmentStatus, type JourneyStatus } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';

const present = (value: string | number | null | undefined) => value !== undefined && value !== null && value !== '';
const startsOn = (startsAt: string | Date) => `it starts ${formatLondonDateTime(startsAt)}, London time`;

/** A closed journey takes no new appointments: it is reopened first. */
export function assertJourneyTakesAppointments(status: JourneyStatus): void {
  if (status === 'closed') throw new ConflictException('This journey is closed: reopen it before adding appointments.');
}

/**
 * Attendance (attended, missed) and the outcome are for an appointment that has started; a cancelled one takes neither
 * (put it back to planned first if it did go ahead). Checked on the appointment as it would be after the change.
 */
export function assertAppointmentChange(
  current: { status: AppointmentStatus; startsAt: string | Date },
  change: { status?: AppointmentStatus; startsAt?: string; outcome?: string | null },
  now: Date,
): void {
  const status = change.status ?? current.status;
  const startsAt = change.startsAt ?? current.startsAt;
  const attendance = ATTENDANCE_STATUSES.includes(status);
  if (attendance && current.status === 'cancelled' && change.status) {
    throw new ConflictException('This appointment was cancelled, so it takes no attendance. If it did go ahead, put it back to planned first.');
  }
  if (attendance && (change.status || change.startsAt) && !appointmentHasStarted(startsAt, now)) {
    throw new ConflictException(`This appointment has not started yet (${startsOn(startsAt)}): mark it attended or missed once it has started.`);
  }
  if (present(change.outcome)) {
    if (status === 'cancelled') throw new ConflictException('This appointment was cancelled, so it takes no outcome.');
    if (!appointmentHasStarted(startsAt, now)) {
      throw new ConflictException(`This appointment has not started yet (${startsOn(startsAt)}): record its outcome once it has started.`);
    }
  }
}

/**
 * An accompaniment can be booked ahead (who goes, and the support level planned), but not on a cancelled or
 * rescheduled appointment; the time spent and the debrief are recorded once the appointment has started.
 */
export function assertAccompanimentChange(
  appointment: { status: AppointmentStatus; startsAt: string | Date },
  change: { timeSpentMinutes?: number | null; debrief?: string | null },
  now: Date,
): void {
  if (appointment.status === 'cancelled') throw new ConflictException('This appointment was cancelled, so it takes no accompaniment.');
  if (appointment.status === 'rescheduled') throw new ConflictException('This appointment was rescheduled: record the accompaniment on its replacement.');
  if ((present(change.timeSpentMinutes) || present(change.debrief)) && !appointmentHasStarted(appointment.startsAt, now)) {
    throw new ConflictException(
      `This appointment has not started yet (${startsOn(appointment.startsAt)}): record the time spent and the debrief once it has started.`,
    );
  }
}
