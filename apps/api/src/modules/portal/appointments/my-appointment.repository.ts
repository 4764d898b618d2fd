import { EntityManager } from 'typeorm';
import type { MyAppointment } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';

// Never the debrief, time spent or any staff-only field: only what the appointment is, her own preparation,
// and who is coming with her.
export const MY_APPOINTMENT_SELECT = `
  SELECT a.id, a.journey_id AS "journeyId", a.professional_role AS "professionalRole",
         a.professional_organisation AS "professionalOrganisation", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         a.location, a.remote, a.purpose, a.status, a.preparation, a.outcome,
         coalesce((SELECT json_agg(json_build_object('name', u.display_name, 'supportLevel', ac.support_level) ORDER BY u.display_name)
                   FROM accompaniment ac
                   JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id
                   JOIN user_account u ON u.id = aa.advocate_id
                   WHERE ac.appointment_id = a.id), '[]'::json) AS "comingWithHer",
         a.version
  FROM appointment a`;

export async function findMyAppointment(em: EntityManager, id: string): Promise<MyAppointment | null> {
  return selectRow<MyAppointment>(em, `${MY_APPOINTMENT_SELECT} WHERE a.id = $1`, [id]);
}

/** Rescheduled ones are left out: their replacement is listed instead. */
export function findUpcoming(em: EntityManager, serviceUserId: string): Promise<MyAppointment[]> {
  return selectRows<MyAppointment>(
    em,
    `${MY_APPOINTMENT_SELECT} WHERE a.service_user_id = $1 AND a.status <> 'rescheduled' AND a.ends_at > now()
     ORDER BY a.starts_at, a.id LIMIT 200`,
    [serviceUserId],
  );
}

export function findPast(em: EntityManager, serviceUserId: string, limit = 200): Promise<MyAppointment[]> {
  return selectRows<MyAppointment>(
    em,
    `${MY_APPOINTMENT_SELECT} WHERE a.service_user_id = $1 AND a.status <> 'rescheduled' AND a.ends_at <= now()
     ORDER BY a.starts_at DESC, a.id DESC LIMIT $2`,
    [serviceUserId, limit],
  );
}

/** What her calendar file of one appointment needs (never her preparation or the outcome). */
export interface AppointmentForCalendar {
  professional_role: string;
  professional_organisation: string | null;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  remote: boolean;
  purpose: string | null;
  status: string;
  updated_at: Date;
}

export async function findAppointmentForCalendar(em: EntityManager, id: string): Promise<AppointmentForCalendar | null> {
  return selectRow<AppointmentForCalendar>(
    em,
    `SELECT professional_role, professional_organisation, starts_at, ends_at, location, remote, purpose, status, updated_at FROM appointment WHERE id = $1`,
    [id],
  );
}
