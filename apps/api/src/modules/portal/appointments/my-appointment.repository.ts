import { EntityManager } from 'typeorm';
import type { MyAppointment } from '@beside/shared/contracts';

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
  const [row]: MyAppointment[] = await em.query(`${MY_APPOINTMENT_SELECT} WHERE a.id = $1`, [id]);
  return row ?? null;
}

/** Rescheduled ones are left out: their replacement is listed instead. */
export function findUpcoming(em: EntityManager, serviceUserId: string): Promise<MyAppointment[]> {
  return em.query(
    `${MY_APPOINTMENT_SELECT} WHERE a.service_user_id = $1 AND a.status <> 'rescheduled' AND a.ends_at > now()
     ORDER BY a.starts_at, a.id LIMIT 200`,
    [serviceUserId],
  );
}

export function findPast(em: EntityManager, serviceUserId: string, limit = 200): Promise<MyAppointment[]> {
  return em.query(
    `${MY_APPOINTMENT_SELECT} WHERE a.service_user_id = $1 AND a.status <> 'rescheduled' AND a.ends_at <= now()
     ORDER BY a.starts_at DESC, a.id DESC LIMIT $2`,
    [serviceUserId, limit],
  );
}
