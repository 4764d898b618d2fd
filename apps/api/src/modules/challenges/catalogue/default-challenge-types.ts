import type { ChallengeStageDefinition, ChallengeTypeDefinition, TimeLimit } from '@beside/shared/contracts';

/**
 * The challenge types every organisation starts with (issue 19). Each time limit names its source; docs/CHALLENGES.md
 * explains them. An organisation edits its own copy; these defaults never change under it.
 */
const COMPLAINTS_REGULATIONS = 'Local Authority Social Services and National Health Service Complaints (England) Regulations 2009';

const limit = (amount: number, unit: TimeLimit['unit'], from: TimeLimit['from'], source: string, nextWorkingDay?: boolean): TimeLimit => ({
  amount,
  unit,
  from,
  source,
  ...(nextWorkingDay ? { nextWorkingDay } : {}),
});

const stage = (key: string, name: string, description: string, stageLimit: TimeLimit | null = null): ChallengeStageDefinition => ({
  key,
  name,
  description,
  limit: stageLimit,
});

/** Local resolution under the 2009 regulations, shared by NHS and adult social care complaints. */
const localResolution = (made: string): ChallengeStageDefinition[] => [
  stage('complaint', 'Complaint made', made, limit(12, 'months', 'awareness', `${COMPLAINTS_REGULATIONS}, regulation 12: within 12 months of the event or of becoming aware of it`)),
  stage(
    'acknowledgement',
    'Complaint acknowledged',
    'The body acknowledges the complaint and offers to discuss how it will be handled.',
    limit(3, 'working_days', 'stage_start', `${COMPLAINTS_REGULATIONS}, regulation 13(1): acknowledged within 3 working days of receipt`),
  ),
  stage(
    'response',
    'Response',
    'The written response: what was looked into, what was found, what will change.',
    limit(6, 'months', 'stage_start', `${COMPLAINTS_REGULATIONS}, regulation 14(2): within six months of receipt, or a longer period agreed with her`),
  ),
];

export const DEFAULT_CHALLENGE_TYPES: readonly ChallengeTypeDefinition[] = [
  {
    key: 'nhs_complaint',
    name: 'NHS complaint',
    bodyHint: 'An NHS trust, GP practice or other NHS body',
    stages: [
      ...localResolution('She complains to the NHS body (or its commissioner), in writing or by speaking to them.'),
      stage(
        'ombudsman',
        'Parliamentary and Health Service Ombudsman',
        'If she is not satisfied with the response, she asks the Ombudsman to look at it.',
        limit(12, 'months', 'stage_start', 'Health Service Commissioners Act 1993, section 9(4): within 12 months of becoming aware of the matter (the Ombudsman may accept later)'),
      ),
    ],
  },
  {
    key: 'pals_contact',
    name: 'PALS contact',
    bodyHint: 'The Patient Advice and Liaison Service of an NHS trust',
    stages: [
      stage('contact', 'PALS contacted', 'She (or her advocate with her) asks PALS for help to sort out a concern informally. No time limit is set.'),
      stage('reply', 'PALS reply', 'What PALS found or arranged. If it is not resolved, an NHS complaint can follow.'),
    ],
  },
  {
    key: 'care_team_change',
    name: 'Change of care team or second opinion',
    bodyHint: 'An NHS trust or GP practice',
    stages: [
      stage('request', 'Request made', 'She asks for a different care coordinator, consultant or team, or for a second opinion. No rule sets a time limit.'),
      stage('decision', 'Decision', 'The service agrees, refuses with reasons, or offers something else. A refusal can become an NHS complaint.'),
    ],
  },
  {
    key: 'mha_tribunal',
    name: 'Mental Health Tribunal application',
    bodyHint: 'The First-tier Tribunal (Mental Health)',
    stages: [
      stage(
        'application',
        'Application made',
        'Detained under section 2, she may apply within 14 days of the start of her detention; under section 3, once in each period of detention.',
        limit(14, 'calendar_days', 'event', 'Mental Health Act 1983, section 66(1)(a) and (2)(a): within 14 days of admission under section 2'),
      ),
      stage('hearing', 'Tribunal hearing', 'The hearing, with her solicitor; her advocate can help her prepare what she wants to say.'),
      stage('decision', 'Tribunal decision', 'Discharged, or not, with written reasons.'),
    ],
  },
  {
    key: 'hospital_managers_hearing',
    name: "Hospital managers' hearing",
    bodyHint: 'The hospital managers of the detaining trust',
    stages: [
      stage('request', 'Request made', 'She asks the hospital managers to review her detention. She can ask at any time; no time limit applies.'),
      stage('hearing', 'Hearing', "The managers' panel hears her, her responsible clinician and others."),
      stage('decision', 'Decision', 'Discharged, or not, with reasons.'),
    ],
  },
  {
    key: 'benefits_appeal',
    name: 'Benefits: mandatory reconsideration and appeal',
    bodyHint: 'The Department for Work and Pensions',
    stages: [
      stage(
        'reconsideration',
        'Mandatory reconsideration asked for',
        'She asks the Department to look at its decision again.',
        limit(1, 'months', 'event', 'Social Security and Child Support (Decisions and Appeals) Regulations 1999, regulation 3(1)(b): within one month of the date the decision was sent'),
      ),
      stage('reconsideration_notice', 'Reconsideration notice', 'The Department sends its mandatory reconsideration notice.'),
      stage(
        'appeal',
        'Appeal to the tribunal',
        'She appeals to the First-tier Tribunal (Social Security and Child Support).',
        limit(
          1,
          'months',
          'stage_start',
          'Tribunal Procedure (First-tier Tribunal) (Social Entitlement Chamber) Rules 2008, rule 22(2)(d)(i): within one month of the reconsideration notice; rule 12(2): a limit ending on a non-working day runs to the next working day',
          true,
        ),
      ),
      stage('hearing', 'Hearing and decision', 'The tribunal hears the appeal and decides.'),
    ],
  },
  {
    key: 'housing_review',
    name: 'Housing review',
    bodyHint: 'A council housing department',
    stages: [
      stage(
        'request',
        'Review asked for',
        'She asks the council to review its homelessness decision.',
        limit(21, 'calendar_days', 'event', 'Housing Act 1996, section 202(3): within 21 days of being told of the decision'),
      ),
      stage(
        'decision',
        'Review decision',
        'The council tells her the outcome of the review.',
        limit(8, 'weeks', 'stage_start', 'Homelessness (Review Procedure etc.) Regulations 2018, regulation 9(1)(a): within eight weeks of the request'),
      ),
    ],
  },
  {
    key: 'social_care_complaint',
    name: 'Adult social care complaint',
    bodyHint: 'A council adult social care department',
    stages: [
      ...localResolution('She complains to the council about its adult social care.'),
      stage(
        'ombudsman',
        'Local Government and Social Care Ombudsman',
        'If she is not satisfied with the response, she asks the Ombudsman to look at it.',
        limit(12, 'months', 'stage_start', 'Local Government Act 1974, section 26B(1): within 12 months of first knowing of the matter (the Ombudsman may accept later)'),
      ),
    ],
  },
];
