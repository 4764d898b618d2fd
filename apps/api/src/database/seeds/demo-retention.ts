import type { EntityManager } from 'typeorm';

/** Two women whose journeys closed six and a half years ago: past the default retention of a closed journey (six years). */
const LONG_CLOSED: [name: string, outcome: string, note: string][] = [
  ['Orla Byrne', 'goals_met', 'Orla went to her care review on her own and got the change of worker she asked for.'],
  ['Tamsin Reid', 'moved_on', 'Tamsin moved out of the area; she has the contacts for the advocacy service there.'],
];

/**
 * Issue 21: records whose time is up, so the managers' retention review queue has something in it from the start
 * (keep one with a reason, anonymise the other). Eighty months ago is beyond the last twelve months of every figure.
 */
export async function seedDemoRetention(em: EntityManager, organisationId: string, advocateId: string): Promise<void> {
  for (const [name, outcome, note] of LONG_CLOSED) {
    const [su]: { id: string }[] = await em.query(
      `INSERT INTO service_user (organisation_id, name, pronouns, safe_contact, created_by) VALUES ($1, $2, 'she/her', $3, $4) RETURNING id`,
      [organisationId, name, JSON.stringify({ channels: ['phone'], safeTimes: 'Any time', voicemail: true, codeWord: null }), advocateId],
    );
    const [journey]: { id: string }[] = await em.query(
      `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason, primary_advocate_id,
                            closed_at, closure_outcome, closure_reason, created_by)
       VALUES ($1, $2, 'closed', 'self', (now() - interval '92 months')::date, 'Wanted support to be heard at her care reviews.', $3,
               now() - interval '80 months', $4, 'Agreed with her at the last meeting.', $3)
       RETURNING id`,
      [organisationId, su.id, advocateId, outcome],
    );
    await em.query(
      `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, 'staff', $4, now() - interval '81 months', now() - interval '81 months', $5, $5)`,
      [organisationId, journey.id, su.id, note, advocateId],
    );
  }
}
