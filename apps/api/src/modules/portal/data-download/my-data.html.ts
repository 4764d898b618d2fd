import { createHash } from 'node:crypto';
import type { MyData } from '@beside/shared/contracts';
import {
  APPOINTMENT_STATUS_WORDS,
  CHANNEL_WORDS,
  CONCERN_CATEGORY_WORDS,
  CONSENTED_PURPOSES,
  CONSENTED_PURPOSE_WORDS,
  CONSENT_STATE_WORDS,
  GOAL_CATEGORY_WORDS,
  GOAL_STATUS_WORDS,
  JOURNEY_STATUS_WORDS,
  PROPOSAL_STATUS_WORDS,
  REFERRAL_PART_WORDS,
  REFERRAL_SOURCE_WORDS,
  ROLE_WORDS,
  SAFETY_PLAN_SECTION_WORDS,
  DATA_REQUEST_KIND_WORDS,
  STEP_OWNER_WORDS,
  SUPPORT_WORDS,
  SUPPORT_WORDS_PAST,
} from '@beside/shared/contracts';
import { describeSafeTimes, formatLondonDateTime } from '@beside/shared/util';
import { CONCERN_STATUS_WORDS, proposalWhat } from './my-data.words';

// The only style the document has; the Content-Security-Policy allows exactly this text, nothing else.
// On a narrow screen (a phone) each table row becomes a card: every cell on its own line, under
// its column's name, so nothing is wider than the screen. Long words and addresses wrap.
const STYLE = `body{font-family:system-ui,sans-serif;font-size:1.0625rem;line-height:1.5;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#111;overflow-wrap:break-word}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
.words{white-space:pre-wrap}dt{font-weight:bold}dd{margin:0 0 .5rem 0;overflow-wrap:anywhere}
@media screen and (max-width:40rem){table,tbody,tr,td{display:block;width:auto}thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border:1px solid #bbb;border-radius:6px;margin:0 0 .75rem;padding:.25rem .75rem}td{border:0;padding:.25rem 0;overflow-wrap:anywhere}td::before{content:attr(data-label);display:block;font-weight:bold}}
@media print{h2{break-after:avoid}tr{break-inside:avoid}body{max-width:none}}`;

export const MY_DATA_HTML_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Every value goes through here: her data is text, never markup. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return String(value).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const when = (iso: string | Date | null) => (iso ? escapeHtml(`${formatLondonDateTime(iso)} (London time)`) : '—');
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
/** One line of who looked: the day and first time, and the last time when it differs ("Sat 5 Dec 2026, 10:02 to 16:40"). */
const between = (first: string | undefined, last: string) => {
  const end = TIME.format(new Date(last));
  if (!first || TIME.format(new Date(first)) === end) return when(last);
  return escapeHtml(`${formatLondonDateTime(first)} to ${end} (London time)`);
};
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
/** A calendar day ("2026-03-03") as "3 March 2026"; anything else is shown as it is. */
const day = (d: string | null | undefined) => escapeHtml(d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? DAY.format(new Date(`${d}T00:00:00Z`)) : d);
const words = (s: string | null | undefined) => `<span class="words">${escapeHtml(s)}</span>`;
/** A stored code in her words; a code with no words yet still reads as words, never as a code. */
const say = <K extends string>(map: Record<K, string>, code: K | string | null | undefined) =>
  escapeHtml(code ? ((map as Record<string, string>)[code] ?? code.replace(/_/g, ' ')) : null);

// Explicit roles keep it a table for screen readers when a phone shows each row as a card.
function table(headers: string[], rows: string[][], empty: string): string {
  if (!rows.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<table role="table"><thead role="rowgroup"><tr role="row">${headers.map((h) => `<th scope="col" role="columnheader">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody role="rowgroup">${rows
    .map((r) => `<tr role="row">${r.map((c, i) => `<td role="cell" data-label="${escapeHtml(headers[i])}">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function describeConsent(consent: MyData['profile']['safeContact']['messageConsent'], leadHours: number | null): string {
  const parts = CONSENTED_PURPOSES.filter((p) => consent[p].length).map((p) => `${CONSENTED_PURPOSE_WORDS[p]}: by ${consent[p].join(' or ')}`);
  if (leadHours && consent.reminder.length) parts.push(`Reminders ${leadHours} hours before`);
  return parts.length ? parts.join('; ') : 'Nothing';
}

/** A readable, print-friendly copy of her data in plain words: no scripts, no links out, no external resources. */
export function renderMyDataHtml(d: MyData): string {
  const p = d.profile;
  const sections = [
    `<h2>About you</h2><dl>
      <dt>Name</dt><dd>${escapeHtml(p.name)}</dd>
      <dt>Preferred name</dt><dd>${escapeHtml(p.preferredName)}</dd>
      <dt>Pronouns</dt><dd>${escapeHtml(p.pronouns)}</dd>
      <dt>Date of birth</dt><dd>${day(p.dateOfBirth)}</dd>
      <dt>Languages</dt><dd>${escapeHtml(p.languages)}</dd>
      <dt>Interpreter needed</dt><dd>${p.interpreterNeeded ? 'Yes' : 'No'}</dd>
      <dt>Accessibility needs</dt><dd>${words(p.accessibilityNeeds)}</dd>
      <dt>Safe ways to contact you</dt><dd>${p.safeContact.channels.length ? p.safeContact.channels.map((c) => say(CHANNEL_WORDS, c)).join(', ') : 'None'}</dd>
      <dt>Safe times, in your words</dt><dd>${escapeHtml(p.safeContact.safeTimes)}</dd>
      <dt>When we may send you anything</dt><dd>${escapeHtml(describeSafeTimes(p.safeContact.safeWindows))}</dd>
      <dt>Number for text messages</dt><dd>${escapeHtml(p.safeContact.textNumber)}</dd>
      <dt>What you agreed we may send</dt><dd>${escapeHtml(describeConsent(p.safeContact.messageConsent, p.safeContact.reminderLeadHours))}</dd>
      <dt>Voicemail allowed</dt><dd>${p.safeContact.voicemailAllowed ? 'Yes' : 'No'}</dd>
      <dt>Code word</dt><dd>${escapeHtml(p.safeContact.codeWord)}</dd>
    </dl>`,
    `<h2>Your time with the service</h2>${table(
      ['Started', 'Now', 'Who asked for help', 'Why', 'Advocates', 'Ended'],
      d.journeys.map((j) => [
        day(j.referralDate),
        say(JOURNEY_STATUS_WORDS, j.status),
        say(REFERRAL_SOURCE_WORDS, j.referralSource),
        words(j.referralReason),
        escapeHtml(j.advocates.join(', ')),
        when(j.closedAt),
      ]),
      'Nothing yet.',
    )}`,
    `<h2>Your plan</h2>${
      d.goals.length
        ? d.goals
            .map(
              (g) => `<h3>${escapeHtml(g.words)}</h3><p>About: ${say(GOAL_CATEGORY_WORDS, g.category)}. ${say(GOAL_STATUS_WORDS, g.status)}.${
                g.targetDate ? ` Aim to finish by ${day(g.targetDate)}.` : ''
              } Written by ${g.writtenBy === 'her' ? 'you' : 'the service'}.</p>${table(
                ['Step', 'Who does it', 'Due', 'Done'],
                g.steps.map((s) => [words(s.description), say(STEP_OWNER_WORDS, s.owner), day(s.dueDate), s.done ? when(s.doneAt) : 'Not yet']),
                'No steps yet.',
              )}`,
            )
            .join('')
        : '<p>No goals yet.</p>'
    }`,
    `<h2>Your check-ins</h2>${table(['When', 'How sure you felt (0 to 10)', 'Your words'], d.checkIns.map((c) => [when(c.recordedAt), escapeHtml(c.confidence), words(c.words)]), 'No check-ins yet.')}`,
    `<h2>Your appointments</h2>${table(
      ['When', 'With', 'Where', 'What it is for', 'Now', 'What you wanted to say', 'What happened', 'Support from the service'],
      d.appointments.map((a) => [
        when(a.startsAt),
        `${say(ROLE_WORDS, a.professionalRole)}${a.professionalOrganisation ? `, ${escapeHtml(a.professionalOrganisation)}` : ''}`,
        a.remote ? `Online or by phone${a.location ? `: ${escapeHtml(a.location)}` : ''}` : escapeHtml(a.location),
        words(a.purpose),
        say(APPOINTMENT_STATUS_WORDS, a.status),
        words(a.preparation),
        words(a.outcome),
        a.comingWithHer.length
          ? a.comingWithHer.map((c) => `${escapeHtml(c.name)} ${say(new Date(a.startsAt) > new Date(d.exportedAt) ? SUPPORT_WORDS : SUPPORT_WORDS_PAST, c.supportLevel)}`).join('<br>')
          : 'Nobody',
      ]),
      'No appointments.',
    )}`,
    `<h2>Notes shared with you</h2>${table(['When', 'Written by', 'Note'], d.sharedNotes.map((n) => [when(n.createdAt), escapeHtml(n.writtenBy === 'her' ? 'You' : n.writtenByName), words(n.body)]), 'No shared notes.')}`,
    `<h2>Your messages</h2>${table(
      ['When', 'From', 'Message'],
      d.messages.map((m) => [
        when(m.sentAt),
        escapeHtml(m.from),
        `${words(m.body)}${m.earlierVersions.map((v) => `<br><small>Before a change: ${escapeHtml(v.body)}</small>`).join('')}`,
      ]),
      'No messages.',
    )}`,
    `<h2>Changes you asked for</h2>${table(
      ['When', 'What', 'You asked for', 'Why', 'Answer', 'Reply'],
      d.changeProposals.map((c) => [when(c.createdAt), escapeHtml(proposalWhat(c.targetType, c.field)), words(c.proposedValue), words(c.reason), say(PROPOSAL_STATUS_WORDS, c.status), words(c.reply)]),
      'None.',
    )}`,
    `<h2>Concerns you raised</h2>${table(
      ['Reference', 'When', 'About', 'What happened', 'Now', 'What you were told'],
      d.concerns.map((c) => [
        escapeHtml(c.reference),
        when(c.raisedAt),
        say(CONCERN_CATEGORY_WORDS, c.category),
        words(c.description),
        say(CONCERN_STATUS_WORDS, c.status),
        words(c.outcome),
      ]),
      'None.',
    )}`,
    `<h2>Your consents</h2>${table(
      ['What you agreed to', 'Shared with', 'Given', 'Until', 'Now'],
      d.consents.map((c) => [words(c.agreement), escapeHtml(c.sharedWith), day(c.givenOn), day(c.validUntil), say(CONSENT_STATE_WORDS, c.state)]),
      'None.',
    )}`,
    `<h2>Referrals to other organisations</h2>${table(
      ['Reference', 'Sent', 'To', 'What you agreed to share', 'Now'],
      d.referrals.map((r) => [escapeHtml(r.reference), when(r.sentAt), escapeHtml(r.toOrganisation), escapeHtml(r.sharedParts.map((p) => REFERRAL_PART_WORDS[p]).join(', ')), escapeHtml(r.statusWords)]),
      'None.',
    )}`,
    `<h2>Your safety plan</h2>${
      d.safetyPlans.some((plan) => plan.sections.length || plan.reviewOn)
        ? d.safetyPlans
            .map(
              (plan) =>
                `${table(['Section', 'Written by', 'Words'], plan.sections.map((s) => [escapeHtml(SAFETY_PLAN_SECTION_WORDS[s.key].heading), s.byHer ? 'You' : 'The service', words(s.body)]), 'Nothing written yet.')}<p>To look at again: ${plan.reviewOn ? day(plan.reviewOn) : 'no date set yet'}.</p>`,
            )
            .join('')
        : '<p>None.</p>'
    }`,
    `<h2>What you asked about your information</h2>${table(
      ['Received', 'You asked to', 'Your words', 'Answer by', 'Answer'],
      d.dataRequests.map((r) => [day(r.receivedOn), escapeHtml(DATA_REQUEST_KIND_WORDS[r.kind].her), words(r.details), day(r.answerBy), words(r.answer)]),
      'None.',
    )}`,
    `<h2>Who has looked at your record</h2>${table(
      ['When', 'Who', 'What'],
      d.accessLog.map((e) => [between(e.firstAt, e.occurredAt), escapeHtml(e.who), escapeHtml(e.times > 1 ? `${e.what} (${e.times} times)` : e.what)]),
      'Nobody yet.',
    )}`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Your data</title><style>${STYLE}</style></head>
<body><h1>Your data</h1><p>Everything the service holds about you that you are entitled to, as of ${when(d.exportedAt)}.</p>
${sections.join('\n')}
</body></html>
`;
}
