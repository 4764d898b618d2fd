import type { LetterTemplateDefinition } from '@beside/shared/contracts';

/**
 * The letter templates every organisation starts with (issue 19): written in her voice, in plain words, for her to
 * change. Each organisation edits its own copies; {{…}} are merge fields (merge-fields.ts).
 */
export const DEFAULT_LETTER_TEMPLATES: readonly LetterTemplateDefinition[] = [
  {
    key: 'nhs_complaint',
    name: 'NHS complaint',
    challengeTypeKey: 'nhs_complaint',
    stageKey: 'complaint',
    title: 'Complaint',
    body: `{{today}}

Dear Complaints Manager, {{body.name}}

## Complaint

My name is {{her.name}} and my date of birth is {{her.dateOfBirth}}. I am making a complaint under the NHS complaints procedure about something that happened on {{challenge.eventOn}}.

**What I want:** {{challenge.herWords}}

Please acknowledge this complaint and tell me how you will look into it and when I can expect your response. I would like {{advocate.name}}, my advocate, to be copied into your replies.

Yours sincerely,

{{her.name}}`,
  },
  {
    key: 'ombudsman_request',
    name: 'Asking the Parliamentary and Health Service Ombudsman to look at a complaint',
    challengeTypeKey: 'nhs_complaint',
    stageKey: 'ombudsman',
    title: 'Request for the Ombudsman to look at my complaint',
    body: `{{today}}

Dear Parliamentary and Health Service Ombudsman,

My name is {{her.name}} and my date of birth is {{her.dateOfBirth}}. I complained to {{body.name}} and I am not satisfied with their final response. I am asking you to look at my complaint.

**What I want:** {{challenge.herWords}}

I enclose my complaint and their response. My advocate, {{advocate.name}}, is helping me.

Yours sincerely,

{{her.name}}`,
  },
  {
    key: 'mandatory_reconsideration',
    name: 'Asking for a mandatory reconsideration',
    challengeTypeKey: 'benefits_appeal',
    stageKey: 'reconsideration',
    title: 'Mandatory reconsideration request',
    body: `{{today}}

Dear Sir or Madam, {{body.name}}

## Mandatory reconsideration

My name is {{her.name}} and my date of birth is {{her.dateOfBirth}}. I am asking for a mandatory reconsideration of the decision dated {{challenge.eventOn}}.

**Why I think the decision is wrong, and what I want:** {{challenge.herWords}}

Please send me your mandatory reconsideration notice when you have looked at it again.

Yours faithfully,

{{her.name}}`,
  },
  {
    key: 'housing_review',
    name: 'Asking for a review of a housing decision',
    challengeTypeKey: 'housing_review',
    stageKey: 'request',
    title: 'Request for a review',
    body: `{{today}}

Dear Review Officer, {{body.name}}

My name is {{her.name}}. I am asking for a review of your decision dated {{challenge.eventOn}}, under section 202 of the Housing Act 1996.

**What I want:** {{challenge.herWords}}

Please tell me in writing how the review will be carried out. My advocate, {{advocate.name}}, is helping me.

Yours faithfully,

{{her.name}}`,
  },
];
