import type { EntityManager } from 'typeorm';
import { selectRows } from '../../../database/sql';

/** Organisations with a planned appointment starting in (from, to] (a SECURITY DEFINER function: the scan has no organisation). */
export async function organisationsWithUpcomingAppointments(em: EntityManager, from: Date, to: Date): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_upcoming_appointments($1, $2) AS id`, [from, to]);
  return rows.map((r) => r.id);
}

/** A planned appointment coming up, with who may be reminded of it. */
export interface UpcomingAppointment {
  appointmentId: string;
  journeyId: string;
  startsAt: Date;
  serviceUserId: string;
  /** How long before it she asked to be reminded, in hours; null when she has not asked. */
  herLeadHours: number | null;
  /** The active advocates going with her, with the address on their account. */
  advocates: { id: string; email: string }[];
}

export async function findUpcomingAppointments(em: EntityManager, from: Date, to: Date): Promise<UpcomingAppointment[]> {
  return selectRows<UpcomingAppointment>(
    em,
    `SELECT a.id AS "appointmentId", a.journey_id AS "journeyId", a.starts_at AS "startsAt", j.service_user_id AS "serviceUserId",
            CASE WHEN jsonb_typeof(su.safe_contact -> 'reminderLeadHours') = 'number'
                 THEN (su.safe_contact ->> 'reminderLeadHours')::int END AS "herLeadHours",
            (SELECT coalesce(json_agg(json_build_object('id', ua.id, 'email', ua.email) ORDER BY ua.id), '[]'::json)
             FROM accompaniment ac
             JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id
             JOIN user_account ua ON ua.id = aa.advocate_id AND ua.status = 'active'
             WHERE ac.appointment_id = a.id) AS advocates
     FROM appointment a
     JOIN journey j ON j.id = a.journey_id
     JOIN service_user su ON su.id = j.service_user_id
     WHERE a.status = 'planned' AND a.starts_at > $1 AND a.starts_at <= $2`,
    [from, to],
  );
}
