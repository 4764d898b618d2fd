import { BadRequestException, ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AccompanimentView, AppointmentView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';

const ACCOMPANIMENT_JSON = `
  (SELECT json_build_object(
            'id', ac.id, 'appointmentId', ac.appointment_id,
            'advocateIds', (SELECT coalesce(json_agg(aa.advocate_id ORDER BY aa.advocate_id), '[]'::json)
                            FROM accompaniment_advocate aa WHERE aa.accompaniment_id = ac.id),
            'supportLevel', ac.support_level, 'timeSpentMinutes', ac.time_spent_minutes,
            'debrief', ac.debrief, 'version', ac.version)
   FROM accompaniment ac WHERE ac.appointment_id = a.id)`;

export const APPOINTMENT_SELECT = `
  SELECT a.id, a.journey_id AS "journeyId", a.professional_role AS "professionalRole",
         a.professional_organisation AS "professionalOrganisation", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         a.location, a.remote, a.purpose, a.status, a.replaced_by_id AS "replacedById", a.preparation, a.outcome,
         ${ACCOMPANIMENT_JSON} AS accompaniment, a.version
  FROM appointment a`;

export async function findAppointment(em: EntityManager, id: string): Promise<AppointmentView | null> {
  const [row]: AppointmentView[] = await em.query(`${APPOINTMENT_SELECT} WHERE a.id = $1`, [id]);
  return row ?? null;
}

export async function findAccompaniment(em: EntityManager, id: string): Promise<AccompanimentView | null> {
  const [row]: { appointment_id: string }[] = await em.query(`SELECT appointment_id FROM accompaniment WHERE id = $1`, [id]);
  return row ? ((await findAppointment(em, row.appointment_id))?.accompaniment ?? null) : null;
}

/** Advocates must be active advocates of the organisation (row-level security hides the rest). */
export async function requireActiveAdvocates(em: EntityManager, advocateIds: string[]): Promise<void> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM user_account WHERE id = ANY($1::uuid[]) AND role = 'advocate' AND status = 'active'`,
    [advocateIds],
  );
  if (rows.length !== advocateIds.length) throw new BadRequestException(['advocateIds must each be an active advocate in your organisation']);
}

/**
 * No advocate may be booked on two overlapping accompaniments. Each advocate's lock is held
 * to the end of the transaction (in id order, so writers never deadlock), so two bookings
 * racing for the same advocate are checked one after the other.
 */
/** An appointment lasts at most a day: it bounds the double-booking check to a short range of the time index. */
export const MAX_APPOINTMENT_HOURS = 24;

export function assertAppointmentLength(startsAt: string | Date, endsAt: string | Date): void {
  if (new Date(endsAt).getTime() - new Date(startsAt).getTime() > MAX_APPOINTMENT_HOURS * 3_600_000) {
    throw new BadRequestException([`endsAt must be no more than ${MAX_APPOINTMENT_HOURS} hours after startsAt`]);
  }
}

export async function assertNoClash(em: EntityManager, advocateIds: string[], appointmentId: string): Promise<void> {
  if (!advocateIds.length) return;
  await em.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('beside.accompaniment:' || id::text, 0)) FROM unnest($1::uuid[]) AS id ORDER BY id`,
    [advocateIds],
  );
  // Her times first, so that the planner reads only that day's range of the time index.
  const [me]: { organisation_id: string; starts_at: Date; ends_at: Date }[] = await em.query(
    `SELECT organisation_id, starts_at, ends_at FROM appointment WHERE id = $1 AND status IN ('planned', 'attended')`,
    [appointmentId],
  );
  if (!me) return;
  const [clash]: { display_name: string; starts_at: Date; ends_at: Date }[] = await em.query(
    `SELECT u.display_name, o.starts_at, o.ends_at
     FROM appointment o
     JOIN accompaniment ac ON ac.appointment_id = o.id
     JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id AND aa.advocate_id = ANY($2::uuid[])
     JOIN user_account u ON u.id = aa.advocate_id
     WHERE o.organisation_id = $3 AND o.id <> $1 AND o.status IN ('planned', 'attended')
       AND o.starts_at > $4::timestamptz - make_interval(hours => ${MAX_APPOINTMENT_HOURS}) AND o.starts_at < $5 AND o.ends_at > $4
     ORDER BY o.starts_at LIMIT 1`,
    [appointmentId, advocateIds, me.organisation_id, me.starts_at, me.ends_at],
  );
  if (clash) {
    const until = formatLondonDateTime(clash.ends_at).split(' ').pop();
    throw new ConflictException({
      message: `${clash.display_name} is already accompanying another appointment at that time (${formatLondonDateTime(clash.starts_at)} to ${until}, London time).`,
      clash: { startsAt: new Date(clash.starts_at).toISOString(), endsAt: new Date(clash.ends_at).toISOString() },
    });
  }
}

export async function advocatesOf(em: EntityManager, appointmentId: string): Promise<string[]> {
  const rows: { advocate_id: string }[] = await em.query(
    `SELECT aa.advocate_id FROM accompaniment ac JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id WHERE ac.appointment_id = $1`,
    [appointmentId],
  );
  return rows.map((r) => r.advocate_id);
}
