import type { ConcernCategory, ConcernSeverity } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { notifyManagers } from '../notifications/notify';
import { concernReference, triageHours } from './concern-reference';

export interface NewConcern {
  organisationId: string;
  journeyId: string | null;
  serviceUserId: string | null;
  raisedBy: string;
  raisedByRole: 'service_user' | 'advocate' | 'manager';
  aboutStaffUserId: string | null;
  category: ConcernCategory;
  severity: ConcernSeverity;
  description: string;
  hideRaiserFromAdvocate: boolean;
  confidentialFromSubject: boolean;
  now: Date;
}

const URGENT: ConcernSeverity[] = ['high', 'immediate'];

function within(hours: number): string {
  return hours < 24 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(hours / 24)} day${hours === 24 ? '' : 's'}`;
}

/**
 * Puts a concern on the register, however it was raised (her portal or staff): its reference,
 * its triage deadline from the organisation's settings, its first history entry, and at once
 * a notification to managers when it is high or immediate.
 */
export async function insertConcern(em: EntityManager, c: NewConcern): Promise<{ id: string; reference: string }> {
  const [org]: { settings: unknown }[] = await em.query(`SELECT settings FROM organisation WHERE id = $1`, [c.organisationId]);
  const hours = triageHours(c.severity, org?.settings);
  let created: { id: string; reference: string } | undefined;
  // A clash of references is rare; ON CONFLICT keeps the transaction usable to try again.
  for (let attempt = 0; !created && attempt < 8; attempt++) {
    const rows: { id: string; reference: string }[] = await em.query(
      `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, raised_at, about_staff_user_id,
                            category, severity, description, hide_raiser_from_advocate, confidential_from_subject, triage_due_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $7::timestamptz + make_interval(hours => $14), $5, $5)
       ON CONFLICT (organisation_id, reference) DO NOTHING RETURNING id, reference`,
      [
        c.organisationId, c.journeyId, c.serviceUserId, concernReference(), c.raisedBy, c.raisedByRole, c.now, c.aboutStaffUserId,
        c.category, c.severity, c.description.trim(), c.hideRaiserFromAdvocate, c.confidentialFromSubject, hours,
      ],
    );
    created = rows[0];
  }
  if (!created) throw new Error('could not find a free concern reference');
  await em.query(
    `INSERT INTO concern_event (organisation_id, concern_id, from_status, to_status, changed_at, changed_by) VALUES ($1, $2, NULL, 'raised', $3, $4)`,
    [c.organisationId, created.id, c.now, c.raisedBy],
  );
  if (URGENT.includes(c.severity)) {
    await notifyManagers(em, c.organisationId, [c.raisedBy, c.aboutStaffUserId], {
      kind: 'concern.raised',
      text: `New ${c.severity} concern ${created.reference}: triage within ${within(hours)}.`,
      link: `/concerns/${created.id}`,
    });
  }
  return created;
}
