import type { ConcernCategory, ConcernSeverity } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { notifyManagers } from '../../notifications';
import { concernReference, triageHours } from './concern-reference';
import { findOrganisationSettings, insertConcernEvent, insertConcernRow } from './concern.repository';

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
  const hours = triageHours(c.severity, await findOrganisationSettings(em, c.organisationId));
  let created: { id: string; reference: string } | null = null;
  // A clash of references is rare; the insert skips a taken one and the loop tries another.
  for (let attempt = 0; !created && attempt < 8; attempt++) {
    created = await insertConcernRow(em, {
      organisationId: c.organisationId,
      journeyId: c.journeyId,
      serviceUserId: c.serviceUserId,
      reference: concernReference(),
      raisedBy: c.raisedBy,
      raisedByRole: c.raisedByRole,
      raisedAt: c.now,
      aboutStaffUserId: c.aboutStaffUserId,
      category: c.category,
      severity: c.severity,
      description: c.description.trim(),
      hideRaiserFromAdvocate: c.hideRaiserFromAdvocate,
      confidentialFromSubject: c.confidentialFromSubject,
      triageHours: hours,
    });
  }
  if (!created) throw new Error('could not find a free concern reference');
  await insertConcernEvent(em, { organisationId: c.organisationId, concernId: created.id, from: null, to: 'raised', note: null, at: c.now, by: c.raisedBy });
  if (URGENT.includes(c.severity)) {
    await notifyManagers(em, c.organisationId, [c.raisedBy, c.aboutStaffUserId], {
      kind: 'concern.raised',
      text: `New ${c.severity} concern ${created.reference}: triage within ${within(hours)}.`,
      link: `/concerns/${created.id}`,
    });
  }
  return created;
}
