import { EntityManager } from 'typeorm';

// Nia's journey, the one the README and docs/PORTAL-WALKTHROUGH.md show a newcomer: about three
// months with her advocate Amara, so that her portal has a plan, check-ins, notes, appointments
// and consents to look at. Fictional, written through the same tables and columns the API writes
// (created_by/updated_by, versions); like the rest of the demo casework it has no audit events,
// because nobody read or wrote it through the API. Every time is relative to the seed time, and
// attendance is only recorded for appointments in the past.

export interface NiaSeed {
  organisationId: string;
  journeyId: string;
  serviceUserId: string;
  /** Her account: what she wrote herself is created by it. */
  niaId: string;
  amaraId: string;
}

/** How long ago her journey started: the referral, in days before the seed time. */
export const NIA_REFERRED_DAYS_AGO = 96;

const DAY = 86_400_000;

export async function seedNiaJourney(em: EntityManager, s: NiaSeed, now = new Date()): Promise<void> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  /** A moment `days` from today (negative: in the past), at `hour` UTC. */
  const at = (days: number, hour = 10, minute = 0) => new Date(today + days * DAY + (hour * 60 + minute) * 60_000);
  const date = (days: number) => at(days, 0).toISOString().slice(0, 10);
  const org = s.organisationId;
  // Records written on the same day keep the order they are listed in here (lists sort by created_at, then id).
  let order = 0;
  const written = (days: number) => at(days, 15, order++);

  // Referred by her GP; a week later she met Amara and the journey became active.
  await em.query(`UPDATE journey SET referral_date = $2, plan_review_date = $3, created_at = $4, updated_at = $4 WHERE id = $1`, [
    s.journeyId,
    date(-NIA_REFERRED_DAYS_AGO),
    date(24),
    at(-NIA_REFERRED_DAYS_AGO, 9),
  ]);
  await em.query(`UPDATE journey SET status = 'active', version = version + 1, updated_at = $2, updated_by = $3 WHERE id = $1`, [
    s.journeyId,
    at(-89, 15),
    s.amaraId,
  ]);
  await em.query(
    `INSERT INTO journey_status_change (organisation_id, journey_id, from_status, to_status, reason, changed_at, changed_by)
     VALUES ($1, $2, 'referred', 'active', 'First meeting with Nia at the centre: she wants support with her psychiatrist and her GP.', $3, $4)`,
    [org, s.journeyId, at(-89, 15), s.amaraId],
  );

  // Consents: what the service holds about her, and what Amara may share with her GP practice.
  const consent = (agreement: string, sharedWith: string | null, givenDays: number, validDays: number | null) =>
    em.query(
      `INSERT INTO consent (organisation_id, service_user_id, agreement, shared_with, given_on, valid_until, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $8)`,
      [org, s.serviceUserId, agreement, sharedWith, date(givenDays), validDays === null ? null : date(validDays), at(givenDays, 15), s.amaraId],
    );
  await consent('Riverside Women\'s Advocacy keeps my details and notes about my support while Amara works with me.', null, -89, null);
  await consent(
    'Amara can talk to my GP practice about my referral for talking therapy and my medication reviews.',
    'Northgate Medical Practice',
    -60,
    305,
  );

  // Her plan: three goals in her own words, with steps that are hers, Amara's, or done together.
  const goal = async (words: string, category: string, createdDays: number, by: string, status: string, targetDays: number | null) => {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, target_date, status, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $9) RETURNING id`,
      [org, s.journeyId, s.serviceUserId, words, category, targetDays === null ? null : date(targetDays), status, written(createdDays), by],
    );
    return row.id;
  };
  const step = async (goalId: string, description: string, owner: 'her' | 'advocate' | 'together', createdDays: number, by: string, doneDays: number | null, dueDays: number | null = null) => {
    const doneBy = doneDays === null ? null : owner === 'advocate' ? s.amaraId : owner === 'her' ? s.niaId : by;
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO step (organisation_id, goal_id, journey_id, description, owner, due_date, done_at, done_by, version, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::uuid, $9, $10::timestamptz, coalesce($7::timestamptz, $10::timestamptz), $11::uuid, coalesce($8::uuid, $11::uuid)) RETURNING id`,
      [org, goalId, s.journeyId, description, owner, dueDays === null ? null : date(dueDays), doneDays === null ? null : at(doneDays, 17), doneBy, doneDays === null ? 1 : 2, written(createdDays), by],
    );
    return row.id;
  };

  const listened = await goal('I want my psychiatrist to listen to me about my tablets', 'health', -89, s.niaId, 'achieved', null);
  await em.query(`UPDATE goal SET achieved_at = $2, updated_at = $2, version = 2 WHERE id = $1`, [listened, at(-12, 16)]);
  await step(listened, 'Go to the medication review together', 'together', -89, s.amaraId, -82);
  await step(listened, 'Write down how the tablets make me feel each day', 'her', -89, s.niaId, -70);
  await step(listened, 'Ask the team for a follow-up review in six weeks', 'advocate', -82, s.amaraId, -78);
  await step(listened, 'Read out my notes at the review myself', 'her', -30, s.niaId, -12);

  // Amara first wrote this goal as "Get a referral for talking therapy"; Nia asked for her own words (accepted, below).
  const therapy = await goal('Get a referral for talking therapy', 'health', -75, s.amaraId, 'in_progress', 45);
  await step(therapy, 'Ask my GP for a referral to talking therapy', 'together', -75, s.amaraId, -54);
  await step(therapy, 'Chase the referral if no letter comes within four weeks', 'advocate', -54, s.amaraId, -27);
  await step(therapy, 'Write down what I want from therapy before the assessment', 'her', -20, s.niaId, null, 4);
  await step(therapy, 'Go to the first assessment', 'together', -20, s.amaraId, null, 6);
  const herWords = 'I want to try talking therapy, not just tablets';
  await em.query(
    `INSERT INTO change_proposal (organisation_id, journey_id, service_user_id, target_type, target_id, field, original_value, proposed_value, reason,
                                  status, reply, decided_by, decided_at, version, created_at, updated_at, created_by, updated_by)
     VALUES ($1, $2, $3, 'goal', $4, 'words', 'Get a referral for talking therapy', $5, 'These are my words. It is not only about the referral.',
             'accepted', 'Yes, you are right. Changed to your words.', $6, $7, 2, $8, $7, $9, $6)`,
    [org, s.journeyId, s.serviceUserId, therapy, herWords, s.amaraId, at(-70, 11), at(-72, 20), s.niaId],
  );
  // As accepting does: her words, attributed to her.
  await em.query(`UPDATE goal SET words = $2, version = 2, updated_at = $3, updated_by = $4 WHERE id = $1`, [therapy, herWords, at(-70, 11), s.niaId]);

  const damp = await goal('Get the damp in my bedroom fixed so I can sleep in there again', 'housing', -40, s.niaId, 'in_progress', null);
  await step(damp, 'Take photos of the damp', 'her', -40, s.niaId, -37);
  await step(damp, 'Write to the housing association with the photos', 'together', -40, s.amaraId, -33);
  await step(damp, 'Phone the housing office if there is no date for the repair', 'her', -12, s.niaId, null, 7);

  // Appointments. Past ones are attended, her support moving along the road to self-advocacy:
  // Amara spoke for her, then was there while she spoke, then helped her prepare.
  const appointment = async (a: {
    days: number;
    role: string;
    organisation: string;
    location: string;
    purpose: string;
    preparation: string | null;
    outcome?: string;
    level: 'advocate_led' | 'accompanied' | 'prepared';
    minutes?: number;
    debrief?: string;
    createdDays: number;
  }) => {
    const past = a.days < 0;
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, professional_organisation, starts_at, ends_at,
                                location, purpose, status, preparation, outcome, version, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        org, s.journeyId, s.serviceUserId, a.role, a.organisation, at(a.days, 10), at(a.days, 11), a.location, a.purpose,
        past ? 'attended' : 'planned', a.preparation, past ? (a.outcome ?? null) : null,
        // Created by Amara; Nia then wrote what she wants to say; Amara recorded the outcome afterwards.
        1 + (a.preparation ? 1 : 0) + (past ? 1 : 0),
        at(a.createdDays, 14),
        past ? at(a.days, 16) : at(a.createdDays + 2, 19),
        s.amaraId,
        past ? s.amaraId : a.preparation ? s.niaId : s.amaraId,
      ],
    );
    const [accompaniment]: { id: string }[] = await em.query(
      `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level, time_spent_minutes, debrief, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [org, row.id, s.journeyId, a.level, past ? (a.minutes ?? 90) : null, past ? (a.debrief ?? null) : null, at(a.createdDays, 14), past ? at(a.days, 16) : at(a.createdDays, 14), s.amaraId],
    );
    await em.query(`INSERT INTO accompaniment_advocate (accompaniment_id, advocate_id, organisation_id) VALUES ($1, $2, $3)`, [accompaniment.id, s.amaraId, org]);
  };

  await appointment({
    days: -82,
    createdDays: -89,
    role: 'psychiatrist',
    organisation: 'Riverside Community Mental Health Team',
    location: 'Riverside Resource Centre, 4 Mill Lane',
    purpose: 'Medication review',
    preparation: 'The new tablets make me sleep most of the day. I want to ask if there is something else I can try.',
    outcome: 'The doctor will lower the dose and see me again in six weeks.',
    level: 'advocate_led',
    minutes: 150,
    debrief: 'Nia froze when the doctor asked about side effects, so I spoke for her from what she had told me. She wants to keep a diary so she can say it herself next time.',
  });
  await appointment({
    days: -54,
    createdDays: -62,
    role: 'gp',
    organisation: 'Northgate Medical Practice',
    location: 'Northgate Medical Practice, 21 Station Road',
    purpose: 'Ask about a referral for talking therapy',
    preparation: 'I want talking therapy, not just tablets. I would rather see someone one-to-one than in a group.',
    outcome: 'The GP has referred me to Brookfield Talking Therapies. A letter should come within four weeks.',
    level: 'accompanied',
    minutes: 100,
    debrief: 'Nia did most of the talking. I only added how little she sleeps when she looked at me to.',
  });
  await appointment({
    days: -33,
    createdDays: -38,
    role: 'housing',
    organisation: 'Northgate Housing Association',
    location: 'Northgate Housing Association, Market Street office',
    purpose: 'Report the damp in my bedroom',
    preparation: 'Show them the photos. The damp has been there since the summer and my chest is worse.',
    outcome: 'They logged the repair and will send a surveyor.',
    level: 'accompanied',
    minutes: 80,
    debrief: 'New setting for her, so I went in with her; she showed the photos and explained it herself.',
  });
  await appointment({
    days: -12,
    createdDays: -30,
    role: 'psychiatrist',
    organisation: 'Riverside Community Mental Health Team',
    location: 'Riverside Resource Centre, 4 Mill Lane',
    purpose: 'Follow-up medication review',
    preparation: 'Read out my diary: I sleep less in the day now but I still feel flat in the mornings.',
    outcome: 'We agreed to stay on the lower dose. Next review in three months.',
    level: 'prepared',
    minutes: 45,
    debrief: 'We went through her diary the day before. She went in on her own and read it out; the doctor listened.',
  });
  // Upcoming: planned only. What she wants to say is already written for the first one.
  await appointment({
    days: 6,
    createdDays: -20,
    role: 'psychotherapist',
    organisation: 'Brookfield Talking Therapies',
    location: 'Brookfield Health Centre, 2 Park Road',
    purpose: 'First assessment for talking therapy',
    preparation: 'I get very anxious in groups, so I would like one-to-one sessions. Can the therapist be a woman?',
    level: 'accompanied',
  });
  await appointment({
    days: 19,
    createdDays: -8,
    role: 'housing',
    organisation: 'Northgate Housing Association',
    location: 'Phone call',
    purpose: 'Surveyor\'s report on the damp',
    preparation: 'Ask when the repair will be done, and where I can sleep until then.',
    level: 'prepared',
  });

  // Her check-ins: how confident she feels about speaking up, rising over the months.
  const checkIns: [days: number, confidence: number, words: string | null][] = [
    [-88, 2, 'I do not think anyone will listen to me.'],
    [-80, 3, 'Glad Amara came. I could not get the words out.'],
    [-68, 3, null],
    [-57, 4, 'Nervous about the GP, but I know what I want to ask.'],
    [-50, 5, 'I asked for the referral myself.'],
    [-39, 5, null],
    [-29, 6, 'The housing office listened to me.'],
    [-18, 6, null],
    [-11, 7, 'I read my diary out to the doctor on my own!'],
    [-3, 7, 'Ready for the therapy assessment, a bit scared.'],
  ];
  for (const [days, confidence, words] of checkIns) {
    await em.query(
      `INSERT INTO check_in (organisation_id, journey_id, service_user_id, confidence, words, recorded_at, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $7, $7)`,
      [org, s.journeyId, s.serviceUserId, confidence, words, at(days, 19, 30), s.niaId],
    );
  }

  // Notes: shared with her (she reads them in her portal), and staff-only ones she never sees.
  const note = async (days: number, visibility: 'shared' | 'staff', body: string) => {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body, created_at, updated_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $7) RETURNING id`,
      [org, s.journeyId, s.serviceUserId, visibility, body, at(days, 16, 30), s.amaraId],
    );
    return row.id;
  };
  await note(-89, 'shared', 'Lovely to meet you today, Nia. We agreed I will come to the medication review with you and speak for you if you want me to. You can ask me to stop at any time.');
  await note(-82, 'staff', 'Review was rushed (ten minutes). Nia was upset afterwards but said she wants to try speaking herself next time. Follow-up review requested.');
  const gpNote = await note(-54, 'shared', 'You asked the GP for talking therapy yourself today. I only added the part about your sleep. The referral letter should come within four weeks.');
  // One note with its history: Amara corrected it the next day, and the earlier words are kept.
  await em.query(
    `INSERT INTO note_version (organisation_id, note_id, version, visibility, body, written_at, written_by)
     VALUES ($1, $2, 1, 'shared', 'You asked the GP for talking therapy yourself today. The referral letter should come within two weeks.', $3, $4)`,
    [org, gpNote, at(-54, 16, 30), s.amaraId],
  );
  await em.query(`UPDATE note SET version = 2, updated_at = $2 WHERE id = $1`, [gpNote, at(-53, 9, 15)]);
  await note(-27, 'staff', 'No letter from Brookfield yet. Phoned them: the referral arrived, assessment offered within the month.');
  await note(-12, 'shared', 'You did the whole review yourself today, from your own diary, and the doctor listened. Next: the therapy assessment. I will come with you.');
}
