import { createHash } from 'node:crypto';
import type { MyData } from '@beside/shared/contracts';
import { CONCERN_STATUS_FOR_RAISER } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';

// The only style the document has; the Content-Security-Policy allows exactly this text, nothing else.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
.words{white-space:pre-wrap}dt{font-weight:bold}dd{margin:0 0 .5rem 0}
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
const words = (s: string | null | undefined) => `<span class="words">${escapeHtml(s)}</span>`;
const plain = (s: string | null | undefined) => escapeHtml(s?.replace(/_/g, ' '));

function table(headers: string[], rows: string[][], empty: string): string {
  if (!rows.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A readable, print-friendly copy of her data: no scripts, no links out, no external resources. */
export function renderMyDataHtml(d: MyData): string {
  const p = d.profile;
  const sections = [
    `<h2>About you</h2><dl>
      <dt>Name</dt><dd>${escapeHtml(p.name)}</dd>
      <dt>Preferred name</dt><dd>${escapeHtml(p.preferredName)}</dd>
      <dt>Pronouns</dt><dd>${escapeHtml(p.pronouns)}</dd>
      <dt>Date of birth</dt><dd>${escapeHtml(p.dateOfBirth)}</dd>
      <dt>Languages</dt><dd>${escapeHtml(p.languages)}</dd>
      <dt>Interpreter needed</dt><dd>${p.interpreterNeeded ? 'Yes' : 'No'}</dd>
      <dt>Accessibility needs</dt><dd>${words(p.accessibilityNeeds)}</dd>
      <dt>Safe ways to contact you</dt><dd>${escapeHtml(p.safeContact.channels.join(', ') || 'None')}</dd>
      <dt>Safe times</dt><dd>${escapeHtml(p.safeContact.safeTimes)}</dd>
      <dt>Voicemail allowed</dt><dd>${p.safeContact.voicemailAllowed ? 'Yes' : 'No'}</dd>
      <dt>Code word</dt><dd>${escapeHtml(p.safeContact.codeWord)}</dd>
    </dl>`,
    `<h2>Your journeys</h2>${table(
      ['Started', 'Status', 'How it started', 'Why', 'Advocates', 'Ended'],
      d.journeys.map((j) => [escapeHtml(j.referralDate), plain(j.status), plain(j.referralSource), words(j.referralReason), escapeHtml(j.advocates.join(', ')), when(j.closedAt)]),
      'No journeys.',
    )}`,
    `<h2>Your plan</h2>${
      d.goals.length
        ? d.goals
            .map(
              (g) => `<h3>${escapeHtml(g.words)}</h3><p>${plain(g.category)} · ${plain(g.status)} · target ${escapeHtml(g.targetDate)} · written by ${g.writtenBy === 'her' ? 'you' : 'the service'}</p>${table(
                ['Step', 'Who', 'Due', 'Done'],
                g.steps.map((s) => [words(s.description), plain(s.owner), escapeHtml(s.dueDate), s.done ? when(s.doneAt) : 'Not yet']),
                'No steps yet.',
              )}`,
            )
            .join('')
        : '<p>No goals yet.</p>'
    }`,
    `<h2>Your check-ins</h2>${table(['When', 'Confidence (0–10)', 'Your words'], d.checkIns.map((c) => [when(c.recordedAt), escapeHtml(c.confidence), words(c.words)]), 'No check-ins yet.')}`,
    `<h2>Your appointments</h2>${table(
      ['When', 'With', 'Where', 'Why', 'Status', 'What you wanted to say', 'Outcome', 'Coming with you'],
      d.appointments.map((a) => [
        when(a.startsAt),
        `${plain(a.professionalRole)}${a.professionalOrganisation ? `, ${escapeHtml(a.professionalOrganisation)}` : ''}`,
        a.remote ? `Remote ${escapeHtml(a.location)}` : escapeHtml(a.location),
        words(a.purpose),
        plain(a.status),
        words(a.preparation),
        words(a.outcome),
        escapeHtml(a.comingWithHer.map((c) => `${c.name} (${c.supportLevel.replace(/_/g, ' ')})`).join(', ')),
      ]),
      'No appointments.',
    )}`,
    `<h2>Notes shared with you</h2>${table(['When', 'Written by', 'Note'], d.sharedNotes.map((n) => [when(n.createdAt), escapeHtml(n.writtenBy === 'her' ? 'You' : n.writtenByName), words(n.body)]), 'No shared notes.')}`,
    `<h2>Changes you asked for</h2>${table(
      ['When', 'What', 'You asked for', 'Why', 'Answer', 'Reply'],
      d.changeProposals.map((c) => [when(c.createdAt), escapeHtml(`${c.targetType} ${c.field}`), words(c.proposedValue), words(c.reason), plain(c.status), words(c.reply)]),
      'None.',
    )}`,
    `<h2>Concerns you raised</h2>${table(
      ['Reference', 'When', 'What', 'Status', 'What you were told'],
      d.concerns.map((c) => [escapeHtml(c.reference), when(c.raisedAt), words(c.description), escapeHtml(CONCERN_STATUS_FOR_RAISER[c.status]), words(c.outcome)]),
      'None.',
    )}`,
    `<h2>Your consents</h2>${table(
      ['What you agreed to', 'Shared with', 'Given', 'Until', 'Now'],
      d.consents.map((c) => [words(c.agreement), escapeHtml(c.sharedWith), escapeHtml(c.givenOn), escapeHtml(c.validUntil), escapeHtml(c.state)]),
      'None.',
    )}`,
    `<h2>Who has looked at your record</h2>${table(['When', 'Who', 'What'], d.accessLog.map((e) => [when(e.occurredAt), escapeHtml(e.who), escapeHtml(e.what)]), 'Nobody yet.')}`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Your data</title><style>${STYLE}</style></head>
<body><h1>Your data</h1><p>Everything the service holds about you that you are entitled to, as of ${when(d.exportedAt)}.</p>
${sections.join('\n')}
</body></html>
`;
}
