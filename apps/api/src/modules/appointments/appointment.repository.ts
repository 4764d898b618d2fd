import { BadRequestException, ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { existing } from '../../common/existing';
import type { AccompanimentView, AppointmentStatus, AppointmentView, JourneyStatus, SupportLevel } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { changedRows } from '../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../database/sql';

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
  return selectRow<AppointmentView>(em, `${APPOINTMENT_SELECT} WHERE a.id = $1`, [id]);
}

/** An appointment the caller has just reached or written in this transaction: it is there. */
export async function getAppointment(em: EntityManager, id: string): Promise<AppointmentView> {
  return existing(await findAppointment(em, id), `appointment ${id}`);
}

/** A page of a journey's appointments, earliest first, after the cursor [starts at, id]. */
export async function findJourneyAppointments(em: EntityManager, journeyId: string, after: (string | number)[] | null, take: number): Promise<AppointmentView[]> {
  return selectRows<AppointmentView>(
    em,
    `${APPOINTMENT_SELECT}
     WHERE a.journey_id = $1 AND ($2::timestamptz IS NULL OR (a.starts_at, a.id) > ($2::timestamptz, $3::uuid))
     ORDER BY a.starts_at, a.id LIMIT $4`,
    [journeyId, after?.[0] ?? null, after?.[1] ?? null, take],
  );
}

export interface NewAppointment {
  organisationId: string;
  journeyId: string;
  serviceUserId: string;
  professionalRole: string;
  professionalOrganisation?: string | null;
  startsAt: string;
  endsAt: string;
  location?: string | null;
  remote?: boolean;
  purpose?: string | null;
  preparation?: string | null;
  userId: string;
}

export async function insertAppointment(em: EntityManager, a: NewAppointment): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
                              starts_at, ends_at, location, remote, purpose, preparation, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
    [
      a.organisationId, a.journeyId, a.serviceUserId, a.professionalRole, a.professionalOrganisation ?? null,
      a.startsAt, a.endsAt, a.location ?? null, a.remote ?? false, a.purpose ?? null, a.preparation ?? null, a.userId,
    ],
  );
  return returnedId(row);
}

export interface Rescheduling {
  startsAt: string;
  endsAt: string;
  /** undefined keeps the old place; null clears it. */
  location?: string | null;
  remote?: boolean;
  userId: string;
}

/** The replacement of an appointment at a new time: a copy of it, with the place changed if asked. */
export async function insertReplacementAppointment(em: EntityManager, appointmentId: string, r: Rescheduling): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
                              starts_at, ends_at, location, remote, purpose, preparation, created_by, updated_by)
     SELECT organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
            $2, $3, CASE WHEN $4::boolean THEN $5 ELSE location END, coalesce($6, remote), purpose, preparation, $7, $7
     FROM appointment WHERE id = $1 RETURNING id`,
    [appointmentId, r.startsAt, r.endsAt, r.location !== undefined, r.location ?? null, r.remote ?? null, r.userId],
  );
  return returnedId(row);
}

/** Moves an appointment's accompaniment to another appointment; the ids of those moved. */
export async function moveAccompaniments(em: EntityManager, fromAppointmentId: string, toAppointmentId: string, userId: string): Promise<string[]> {
  const moved = await changedRows<{ id: string }>(
    em,
    `UPDATE accompaniment SET appointment_id = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE appointment_id = $1 RETURNING id`,
    [fromAppointmentId, toAppointmentId, userId],
  );
  return moved.map((m) => m.id);
}

export async function hasAccompaniment(em: EntityManager, appointmentId: string): Promise<boolean> {
  const rows = await selectRows<unknown>(em, `SELECT 1 FROM accompaniment WHERE appointment_id = $1`, [appointmentId]);
  return rows.length > 0;
}

export async function deleteAccompanimentAdvocates(em: EntityManager, accompanimentId: string): Promise<void> {
  await execute(em, `DELETE FROM accompaniment_advocate WHERE accompaniment_id = $1`, [accompanimentId]);
}

function returnedId(row: { id: string } | null): string {
  return existing(row, 'the inserted row').id;
}

export async function findAccompaniment(em: EntityManager, id: string): Promise<AccompanimentView | null> {
  const row = await selectRow<{ appointment_id: string }>(em, `SELECT appointment_id FROM accompaniment WHERE id = $1`, [id]);
  return row ? ((await findAppointment(em, row.appointment_id))?.accompaniment ?? null) : null;
}

/** An accompaniment the caller has just reached or written in this transaction: it is there. */
export async function getAccompaniment(em: EntityManager, id: string): Promise<AccompanimentView> {
  return existing(await findAccompaniment(em, id), `accompaniment ${id}`);
}

/** Advocates must be active advocates of the organisation (row-level security hides the rest). */
export async function requireActiveAdvocates(em: EntityManager, advocateIds: string[]): Promise<void> {
  const rows = await selectRows<{ id: string }>(
    em,
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
  await execute(
    em,
    `SELECT pg_advisory_xact_lock(hashtextextended('beside.accompaniment:' || id::text, 0)) FROM unnest($1::uuid[]) AS id ORDER BY id`,
    [advocateIds],
  );
  // Her times first, so that the planner reads only that day's range of the time index.
  const me = await selectRow<{ organisation_id: string; starts_at: Date; ends_at: Date }>(
    em,
    `SELECT organisation_id, starts_at, ends_at FROM appointment WHERE id = $1 AND status IN ('planned', 'attended')`,
    [appointmentId],
  );
  if (!me) return;
  const clash = await selectRow<{ display_name: string; starts_at: Date; ends_at: Date }>(
    em,
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
  const rows = await selectRows<{ advocate_id: string }>(
    em,
    `SELECT aa.advocate_id FROM accompaniment ac JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id WHERE ac.appointment_id = $1`,
    [appointmentId],
  );
  return rows.map((r) => r.advocate_id);
}

export async function findJourneyStatus(em: EntityManager, journeyId: string): Promise<JourneyStatus> {
  const row = await selectRow<{ status: JourneyStatus }>(em, `SELECT status FROM journey WHERE id = $1`, [journeyId]);
  return existing(row, `journey ${journeyId}`).status;
}

export async function findAppointmentState(em: EntityManager, appointmentId: string): Promise<{ status: AppointmentStatus; startsAt: Date }> {
  const row = await selectRow<{ status: AppointmentStatus; starts_at: Date }>(em, `SELECT status, starts_at FROM appointment WHERE id = $1`, [appointmentId]);
  const { status, starts_at } = existing(row, `appointment ${appointmentId}`);
  return { status, startsAt: starts_at };
}

/** The appointment an accompaniment belongs to, with its state, in one read. */
export async function findAccompaniedAppointment(
  em: EntityManager,
  accompanimentId: string,
): Promise<{ appointmentId: string; status: AppointmentStatus; startsAt: Date }> {
  const row = await selectRow<{ appointment_id: string; status: AppointmentStatus; starts_at: Date }>(
    em,
    `SELECT a.id AS appointment_id, a.status, a.starts_at FROM accompaniment ac JOIN appointment a ON a.id = ac.appointment_id WHERE ac.id = $1`,
    [accompanimentId],
  );
  const { appointment_id, status, starts_at } = existing(row, `accompaniment ${accompanimentId}`);
  return { appointmentId: appointment_id, status, startsAt: starts_at };
}

export interface NewAccompaniment {
  advocateIds: string[];
  supportLevel: SupportLevel;
  timeSpentMinutes?: number | null;
  debrief?: string | null;
}

/** The accompaniment and its advocates; the caller has checked the advocates and the double booking. */
export async function insertAccompaniment(
  em: EntityManager,
  at: { organisationId: string; appointmentId: string; journeyId: string; userId: string },
  body: NewAccompaniment,
): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level, time_spent_minutes, debrief, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [at.organisationId, at.appointmentId, at.journeyId, body.supportLevel, body.timeSpentMinutes ?? null, body.debrief ?? null, at.userId],
  );
  const id = returnedId(row);
  await insertAccompanimentAdvocates(em, at.organisationId, id, body.advocateIds);
  return id;
}

/**
 * An accompanying advocate must be one of her advocates on the journey (primary or second): the
 * accompaniment then shows in that advocate's calendar feed, so nobody without access to the
 * journey may be put on it (issue 14.10).
 */
export async function requireJourneyAdvocates(em: EntityManager, accompanimentId: string, advocateIds: string[]): Promise<void> {
  const outside = await selectRows<unknown>(
    em,
    `SELECT 1 FROM unnest($2::uuid[]) AS a(id)
     WHERE NOT EXISTS (SELECT 1 FROM accompaniment ac JOIN journey j ON j.id = ac.journey_id
                       WHERE ac.id = $1 AND a.id IN (j.primary_advocate_id, j.secondary_advocate_id))`,
    [accompanimentId, advocateIds],
  );
  if (outside.length) {
    throw new BadRequestException([
      'advocateIds: each accompanying advocate must be one of her advocates on this journey. Ask a manager to make your colleague her second advocate first.',
    ]);
  }
}

export async function insertAccompanimentAdvocates(em: EntityManager, organisationId: string, accompanimentId: string, advocateIds: string[]): Promise<void> {
  await requireJourneyAdvocates(em, accompanimentId, advocateIds);
  await execute(
    em,
    `INSERT INTO accompaniment_advocate (accompaniment_id, advocate_id, organisation_id) SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id`,
    [accompanimentId, advocateIds, organisationId],
  );
}
