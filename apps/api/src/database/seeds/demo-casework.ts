import { EntityManager } from 'typeorm';

// A year of fictional casework for the demo organisation, so that the caseloads, dashboard and
// monthly report have something to show. It belongs to Cleo (an advocate nobody signs in as in
// the walkthroughs), so Amara's and Bea's demo caseloads stay as the README describes them.
const WOMEN: [name: string, monthsAgo: number, source: string, closedWith: string | null][] = [
  ['Imani Clarke', 11, 'gp', 'self_advocating'],
  ['Sofia Rossi', 10, 'self', 'goals_met'],
  ['Hannah Byrne', 9, 'mental_health_team', null],
  ['Priya Nair', 8, 'housing', null],
  ['Grace Mwangi', 7, 'other_charity', 'moved_on'],
  ['Eilidh Fraser', 6, 'gp', null],
  ['Marta Kowalska', 5, 'social_services', null],
  ['Yasmin Haddad', 4, 'self', null],
  ['Chloe Evans', 3, 'family_or_friend', null],
  ['Aisha Bello', 2, 'gp', null],
];
const LEVELS = ['advocate_led', 'accompanied', 'prepared', 'independent'];
const ROLES = ['psychiatrist', 'gp', 'community_mental_health_team', 'housing', 'benefits', 'social_worker'];

export async function seedDemoCasework(em: EntityManager, organisationId: string, cleoId: string, managerId: string): Promise<void> {
  const journeys: string[] = [];
  for (const [index, [name, monthsAgo, source, closedWith]] of WOMEN.entries()) {
    const [su]: { id: string }[] = await em.query(
      `INSERT INTO service_user (organisation_id, name, pronouns, safe_contact, created_by) VALUES ($1, $2, 'she/her', $3, $4) RETURNING id`,
      [organisationId, name, JSON.stringify({ channels: ['phone', 'text'], safeTimes: 'Any time', voicemail: true, codeWord: null }), cleoId],
    );
    const [journey]: { id: string }[] = await em.query(
      `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason, primary_advocate_id,
                            closed_at, closure_outcome, closure_reason, created_by)
       VALUES ($1, $2, $3, $4, (now() - make_interval(months => $5))::date, 'Wants support to be heard at appointments.', $6,
               CASE WHEN $7::text IS NULL THEN NULL ELSE now() - interval '20 days' END, $7, CASE WHEN $7::text IS NULL THEN NULL ELSE 'Agreed with her at the last review.' END, $6)
       RETURNING id`,
      [organisationId, su.id, closedWith ? 'closed' : 'active', source, monthsAgo, cleoId, closedWith],
    );
    journeys.push(journey.id);
    // Roughly one accompanied appointment a month, her support moving towards independence as the months go by.
    for (let m = monthsAgo; m >= (closedWith ? 1 : 0); m--) {
      const past = m > 0;
      const level = LEVELS[Math.min(3, Math.floor(((monthsAgo - m) / Math.max(1, monthsAgo)) * 4))];
      const [appointment]: { id: string }[] = await em.query(
        `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, location, purpose, status, created_by)
         VALUES ($1, $2, $3, $4, date_trunc('day', now() - make_interval(months => $5) + make_interval(days => $6)) + interval '10 hours',
                 date_trunc('day', now() - make_interval(months => $5) + make_interval(days => $6)) + interval '11 hours',
                 'Clinic', 'Review', $7, $8) RETURNING id`,
        [organisationId, journey.id, su.id, ROLES[(index + m) % ROLES.length], m, past ? 0 : 2 + (index % 4), past ? ((index + m) % 7 === 0 ? 'missed' : 'attended') : 'planned', cleoId],
      );
      const [accompaniment]: { id: string }[] = await em.query(
        `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level, time_spent_minutes, created_by)
         VALUES ($1, $2, $3, $4, 90, $5) RETURNING id`,
        [organisationId, appointment.id, journey.id, level, cleoId],
      );
      await em.query(`INSERT INTO accompaniment_advocate (accompaniment_id, advocate_id, organisation_id) VALUES ($1, $2, $3)`, [accompaniment.id, cleoId, organisationId]);
    }
    for (const [g, words] of ['Get a second opinion about my medication', 'Sort out my housing repairs'].entries()) {
      const achieved = (index + g) % 3 === 0;
      const [goal]: { id: string }[] = await em.query(
        `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [organisationId, journey.id, su.id, words, g === 0 ? 'health' : 'housing', achieved ? 'achieved' : 'in_progress', cleoId],
      );
      if (achieved) await em.query(`UPDATE goal SET achieved_at = now() - make_interval(days => $2) WHERE id = $1`, [goal.id, 15 + index * 20]);
    }
  }
  // A few concerns at different points of the workflow: one overdue for triage, one with an action, one closed after referral.
  const concern = async (journeyIndex: number, reference: string, category: string, severity: string, hoursAgo: number, triageHours: number, raiser: string, role: string) => {
    const [row]: { id: string; service_user_id: string }[] = await em.query(
      `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, raised_at, category, severity, description,
                            triage_due_at, created_by, updated_by)
       SELECT $1, j.id, j.service_user_id, $3, $4, $5, now() - make_interval(hours => $6), $7, $8,
              'Fictional demo concern: see the history for what was done.', now() - make_interval(hours => $6) + make_interval(hours => $9), $4, $4
       FROM journey j WHERE j.id = $2 RETURNING id, service_user_id`,
      [organisationId, journeys[journeyIndex], reference, raiser, role, hoursAgo, category, severity, triageHours],
    );
    await em.query(`INSERT INTO concern_event (organisation_id, concern_id, to_status, changed_at, changed_by) VALUES ($1, $2, 'raised', now() - make_interval(hours => $3), $4)`, [
      organisationId, row.id, hoursAgo, raiser,
    ]);
    return row.id;
  };
  await concern(2, 'C-DEMO2', 'risk_to_self', 'immediate', 3, 1, cleoId, 'advocate');
  const withAction = await concern(3, 'C-DEMO3', 'abuse_or_violence', 'high', 30, 24, cleoId, 'advocate');
  await em.query(`UPDATE concern SET status = 'action', triaged_at = now() - interval '26 hours', version = 3 WHERE id = $1`, [withAction]);
  await em.query(
    `INSERT INTO concern_event (organisation_id, concern_id, from_status, to_status, note, changed_at, changed_by) VALUES
       ($1, $2, 'raised', 'triaged', 'Spoke to her; she is safe tonight.', now() - interval '26 hours', $3),
       ($1, $2, 'triaged', 'action', 'Safety plan to be agreed with her.', now() - interval '25 hours', $3)`,
    [organisationId, withAction, managerId],
  );
  await em.query(
    `INSERT INTO concern_action (organisation_id, concern_id, description, owner_id, due_on, created_at, created_by)
     VALUES ($1, $2, 'Agree a safety plan with her and share it with her GP (with her consent).', $3, current_date + 2, now() - interval '25 hours', $4)`,
    [organisationId, withAction, cleoId, managerId],
  );
  const closed = await concern(5, 'C-DEMO5', 'exploitation', 'medium', 24 * 40, 72, cleoId, 'advocate');
  await em.query(
    `UPDATE concern SET status = 'closed', triaged_at = now() - interval '39 days', referred_to = 'Adult social care safeguarding team',
            closed_at = now() - interval '30 days', outcome = 'Enquiry completed; protection plan in place.',
            outcome_for_raiser = 'Thank you for telling us. The council has acted.', version = 4 WHERE id = $1`,
    [closed],
  );
  await em.query(
    `INSERT INTO concern_event (organisation_id, concern_id, from_status, to_status, note, changed_at, changed_by) VALUES
       ($1, $2, 'raised', 'triaged', 'Triaged at the weekly meeting.', now() - interval '39 days', $3),
       ($1, $2, 'triaged', 'referred', 'Referred with her agreement.', now() - interval '38 days', $3),
       ($1, $2, 'referred', 'closed', 'Council confirmed the enquiry is complete.', now() - interval '30 days', $3)`,
    [organisationId, closed, managerId],
  );
  await concern(7, 'C-DEMO7', 'service_quality', 'low', 48, 168, cleoId, 'advocate');
}
