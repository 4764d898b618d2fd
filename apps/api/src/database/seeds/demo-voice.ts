import type { EntityManager } from 'typeorm';

/**
 * Her voice in the demo (issue 18): a closed anonymous consultation with fourteen answers already moved into the
 * results, themes, two quotes published after a second manager's review and one waiting, a finding the panel approved
 * and one still open for votes, the campaign that follows the first, an open consultation with a public link, and a few
 * months of anonymous feedback after accompanied appointments. Every word is fictional.
 */
export interface DemoVoicePeople {
  organisationId: string;
  managerId: string;
  reviewerId: string;
  panelMemberId: string;
}

/** The open demo consultation's public link: /consultations/public/<this>. */
export const DEMO_PUBLIC_SLUG = 'riverside-drop-in-demo';

const CHOICES_KNOW = [
  { key: 'yes', words: 'Yes, always' },
  { key: 'sometimes', words: 'Sometimes' },
  { key: 'no', words: 'No' },
];
const CHOICES_HELP = [
  { key: 'letter', words: 'A letter in plain words before the appointment' },
  { key: 'time', words: 'More time in the appointment' },
  { key: 'advocate', words: 'An advocate with me' },
  { key: 'same', words: 'Seeing the same person each time' },
];

// Fourteen fictional answers: [know, scale, help chosen, free text or null].
const ANSWERS: [string, number, string[], string | null][] = [
  ['no', 3, ['letter', 'advocate'], 'I never know what the appointment is for until I am in the room.'],
  ['sometimes', 5, ['letter'], 'The letters use words I do not understand.'],
  ['no', 2, ['advocate', 'same'], 'Every time it is a different doctor and I have to tell my story again.'],
  ['sometimes', 6, ['time'], null],
  ['no', 4, ['letter', 'time'], 'I would like to know who will be there before I go.'],
  ['yes', 8, ['advocate'], 'Having someone with me made me brave enough to ask about my medication.'],
  ['no', 3, ['letter', 'same'], null],
  ['sometimes', 5, ['letter', 'advocate'], 'They talk to each other and not to me.'],
  ['no', 2, ['letter'], 'A short letter saying what it is about would help me prepare.'],
  ['sometimes', 7, ['same', 'time'], null],
  ['no', 4, ['letter', 'advocate'], 'I felt rushed and forgot what I wanted to say.'],
  ['yes', 9, ['advocate'], null],
  ['no', 3, ['letter', 'same'], 'Seeing the same person would mean I do not have to start again.'],
  ['sometimes', 6, ['letter'], null],
];

const THEMES: [string, string, number[]][] = [
  ['Knowing what an appointment is for', 'Letters, plain words, who will be there', [0, 1, 4, 8]],
  ['Being listened to', 'Staff talking to her, not about her; time to speak', [5, 7, 10]],
  ['Seeing the same person', 'Telling her story again and again', [2, 12]],
];

export async function seedDemoVoice(em: EntityManager, people: DemoVoicePeople): Promise<void> {
  const { organisationId: org, managerId, reviewerId, panelMemberId } = people;
  const closed = await insertConsultation(em, org, managerId, {
    title: 'Appointments with mental health staff',
    opensAgo: 75,
    closesAgo: 40,
    slug: null,
  });
  const [know, scale, help, text] = await insertQuestions(em, org, closed, [
    ['single', 'Before an appointment, do you know what it is for?', CHOICES_KNOW, null],
    ['scale', 'How able do you feel to say what you think to staff? (0 is not at all, 10 is completely)', [], null],
    ['several', 'What would help you most?', CHOICES_HELP, null],
    ['text', 'Is there anything else you want us to know?', [], 1000],
  ]);
  const textIds: string[] = [];
  // Moved into the results in one batch, stamped with the day of the move (docs/CONSULTATIONS.md).
  for (const [k, s, h, t] of ANSWERS) {
    const [response]: { id: string }[] = await em.query(
      `INSERT INTO consultation_response (organisation_id, consultation_id, answered_on, anonymous) VALUES ($1, $2, current_date - 40, true) RETURNING id`,
      [org, closed],
    );
    await em.query(
      `INSERT INTO consultation_response_value (organisation_id, response_id, question_id, chosen, scale, text)
       VALUES ($1, $2, $3, $4, NULL, NULL), ($1, $2, $5, NULL, $6, NULL), ($1, $2, $7, $8, NULL, NULL)`,
      [org, response.id, know, [k], scale, s, help, h],
    );
    if (t) {
      const [value]: { id: string }[] = await em.query(
        `INSERT INTO consultation_response_value (organisation_id, response_id, question_id, text) VALUES ($1, $2, $3, $4) RETURNING id`,
        [org, response.id, text, t],
      );
      textIds.push(value.id);
    } else textIds.push('');
  }
  const themeIds: string[] = [];
  for (const [name, description, answers] of THEMES) {
    const [theme]: { id: string }[] = await em.query(
      `INSERT INTO consultation_theme (organisation_id, consultation_id, name, description, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [org, closed, name, description, managerId],
    );
    themeIds.push(theme.id);
    for (const i of answers) await em.query(`INSERT INTO consultation_text_theme (organisation_id, text_id, theme_id) VALUES ($1, $2, $3)`, [org, textIds[i], theme.id]);
  }
  const quote = (i: number, theme: number, reviewed: boolean) =>
    em.query(
      `INSERT INTO consultation_quote (organisation_id, consultation_id, text_id, question_id, theme_id, words, status, proposed_by, proposed_at,
                                       reviewed_by, reviewed_at, review_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - interval '30 days', $9, CASE WHEN $9::uuid IS NULL THEN NULL ELSE now() - interval '29 days' END, $10)
       RETURNING id`,
      [
        org,
        closed,
        textIds[i],
        text,
        themeIds[theme],
        ANSWERS[i][3],
        reviewed ? 'published' : 'proposed',
        managerId,
        reviewed ? reviewerId : null,
        reviewed ? 'Checked for names, places, dates and rare details: none.' : null,
      ],
    ) as Promise<{ id: string }[]>;
  const [published] = await quote(0, 0, true);
  await quote(5, 1, true);
  await quote(12, 2, false);

  const finding = async (title: string, summary: string, approved: boolean): Promise<string> => {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO finding (organisation_id, title, summary, status, priority, named_voting, votes_for, votes_against, votes_abstain, decided_at,
                            proposed_by, proposed_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10, now() - interval '25 days', $10) RETURNING id`,
      [org, title, summary, approved ? 'approved' : 'proposed', approved ? 1 : null, approved ? false : null, approved ? 3 : 0, approved ? 1 : 0, approved ? new Date(Date.now() - 20 * 86_400_000) : null, panelMemberId],
    );
    return row.id;
  };
  const letters = await finding(
    'Women want to know what an appointment is for before it happens',
    'Most women said they do not always know what an appointment is for; many asked for a letter in plain words beforehand.',
    true,
  );
  const evidence = [
    [know, null, null, 'Most said they do not always know what an appointment is for'],
    [help, null, null, 'A letter in plain words was the help chosen most'],
    [text, themeIds[0], published.id, 'In their own words'],
  ] as const;
  for (const [i, [question, theme, quoteId, note]] of evidence.entries()) {
    await em.query(
      `INSERT INTO finding_evidence (organisation_id, finding_id, position, consultation_organisation_id, consultation_id, question_id, theme_id, quote_id, note)
       VALUES ($1, $2, $3, $1, $4, $5, $6, $7, $8)`,
      [org, letters, i + 1, closed, question, theme, quoteId, note],
    );
  }
  const same = await finding('Seeing the same person matters', 'Telling her story again to someone new each time makes appointments harder.', false);
  await em.query(
    `INSERT INTO finding_evidence (organisation_id, finding_id, position, consultation_organisation_id, consultation_id, question_id, note)
     VALUES ($1, $2, 1, $1, $3, $4, 'Seeing the same person was asked for often')`,
    [org, same, closed, help],
  );
  await seedCampaign(em, org, managerId, letters);

  const open = await insertConsultation(em, org, managerId, { title: 'Your say on the Tuesday drop-in', opensAgo: 7, closesAgo: -21, slug: DEMO_PUBLIC_SLUG });
  await insertQuestions(em, org, open, [
    ['single', 'Have you been to the Tuesday drop-in?', [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'Not yet' }], null],
    ['scale', 'How welcome did you feel? (0 is not at all, 10 is very)', [], null],
    ['text', 'What would make the drop-in better for you?', [], 1000],
  ]);
  await seedFeedback(em, org);
}

async function insertConsultation(
  em: EntityManager,
  org: string,
  managerId: string,
  c: { title: string; opensAgo: number; closesAgo: number; slug: string | null },
): Promise<string> {
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO consultation (organisation_id, title, privacy_notice, anonymous, opens_on, closes_on, closed_at, public_link, public_slug, created_by)
     VALUES ($1, $2, $3, true, current_date - $4::int, current_date - $5::int, CASE WHEN $5::int > 0 THEN now() - make_interval(days => $5::int) END,
             $6::text IS NOT NULL, coalesce($6, replace(gen_random_uuid()::text, '-', '')), $7)
     RETURNING id`,
    [
      org,
      c.title,
      'Your answers are anonymous: we do not keep your name, account, address or the time you answered. We only publish totals of five or more, and quotes checked by two people.',
      c.opensAgo,
      c.closesAgo,
      c.slug,
      managerId,
    ],
  );
  return row.id;
}

async function insertQuestions(
  em: EntityManager,
  org: string,
  consultationId: string,
  questions: [kind: string, words: string, choices: { key: string; words: string }[], textLimit: number | null][],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, [kind, words, choices, textLimit]] of questions.entries()) {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO consultation_question (organisation_id, consultation_id, position, kind, words, choices, required, text_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [org, consultationId, i + 1, kind, words, JSON.stringify(choices), kind !== 'text', textLimit],
    );
    ids.push(row.id);
  }
  return ids;
}

async function seedCampaign(em: EntityManager, org: string, managerId: string, findingId: string): Promise<void> {
  const [campaign]: { id: string }[] = await em.query(
    `INSERT INTO campaign (organisation_id, title, summary, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [org, 'Plain-words appointment letters', 'Every appointment letter says, in plain words, what the appointment is for and who will be there.', managerId],
  );
  await em.query(`INSERT INTO campaign_finding (organisation_id, campaign_id, finding_id) VALUES ($1, $2, $3)`, [org, campaign.id, findingId]);
  await em.query(`INSERT INTO campaign_ask (organisation_id, campaign_id, words) VALUES ($1, $2, $3)`, [
    org,
    campaign.id,
    'Every appointment letter says in plain words what the appointment is for and who will be there',
  ]);
  await em.query(
    `INSERT INTO campaign_target (organisation_id, campaign_id, name, description) VALUES ($1, $2, $3, $4), ($1, $2, $5, $6)`,
    [org, campaign.id, 'Riverside NHS Foundation Trust (fictional)', 'Patient experience team', 'Riverside integrated care board (fictional)', 'Mental health commissioning lead'],
  );
  await em.query(
    `INSERT INTO campaign_action (organisation_id, campaign_id, what, owner, due_on, status, done_on)
     VALUES ($1, $2, 'Shared the findings with the trust''s patient experience team', 'Maya Lindqvist', current_date - 12, 'done', current_date - 10),
            ($1, $2, 'Meet the integrated care board''s mental health lead with two panel members', 'The panel', current_date + 14, 'planned', NULL)`,
    [org, campaign.id],
  );
  await em.query(
    `INSERT INTO campaign_outcome (organisation_id, campaign_id, what, achieved_on, evidence)
     VALUES ($1, $2, 'The trust agreed to try a plain-words letter in two clinics', current_date - 3, 'A letter from the trust''s head of patient experience, kept with the panel''s minutes')`,
    [org, campaign.id],
  );
}

/** Three months of anonymous feedback after accompanied appointments: enough answers each month to show. */
async function seedFeedback(em: EntityManager, org: string): Promise<void> {
  // Enough each month that neither those who agree nor the others are fewer than five (else the share is not shown).
  const months: [ago: number, answers: string[]][] = [
    [3, ['agree', 'agree', 'neither', 'strongly_agree', 'disagree', 'agree', 'neither', 'disagree', 'agree', 'neither']],
    [2, ['agree', 'strongly_agree', 'agree', 'neither', 'agree', 'agree', 'disagree', 'agree', 'neither', 'strongly_disagree', 'neither', 'agree']],
    [1, ['strongly_agree', 'agree', 'agree', 'agree', 'neither', 'strongly_agree', 'agree', 'disagree', 'neither', 'agree', 'neither', 'disagree', 'agree']],
  ];
  for (const [ago, answers] of months) {
    for (const answer of answers) {
      await em.query(
        `INSERT INTO appointment_feedback_response (organisation_id, month, raise_concerns, listened_to, said_what_mattered)
         VALUES ($1, date_trunc('month', (now() AT TIME ZONE 'Europe/London')::date - make_interval(months => $2::int))::date, $3, $3, 'agree')`,
        [org, ago, answer],
      );
    }
  }
}
