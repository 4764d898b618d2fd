import type { MyData } from '@beside/shared/contracts';
import { escapeHtml, MY_DATA_HTML_CSP, renderMyDataHtml } from './my-data.html';
import { proposalWhat } from './my-data.words';

describe('escapeHtml', () => {
  it('should turn every markup character into text', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&\``)).toBe('&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;&#96;');
  });

  it('should show a dash for nothing', () => {
    expect([escapeHtml(null), escapeHtml(undefined), escapeHtml('')]).toEqual(['—', '—', '—']);
  });
});

describe('MY_DATA_HTML_CSP', () => {
  it('should allow nothing but its own style', () => {
    expect(MY_DATA_HTML_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
  });
});

describe('proposalWhat', () => {
  it('should name the part she asked to change in words', () => {
    expect(proposalWhat('goal', 'words')).toBe('The goal');
    expect(proposalWhat('step', 'dueDate')).toBe('Due date, for a step');
    expect(proposalWhat('appointment', 'location')).toBe('Where, for an appointment');
    expect(proposalWhat('safety_plan_section', 'body')).toBe('A section of your safety plan');
  });
});

describe('renderMyDataHtml', () => {
  const data: MyData = {
    exportedAt: '2026-03-03T10:00:00Z',
    profile: {
      name: 'Jo <b>Rivers</b>',
      preferredName: null,
      pronouns: null,
      accessibilityNeeds: null,
      safeContact: {
        channels: ['text', 'post'],
        safeTimes: null,
        voicemailAllowed: false,
        codeWord: null,
        safeWindows: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '10:00', until: '14:00' }],
        safeWindowsReviewed: true,
        textNumber: '+447700900123',
        messageConsent: { invitation: [], reminder: ['text'], message_alert: ['text'] },
        reminderLeadHours: 24,
      },
      version: 1,
      dateOfBirth: null,
      languages: null,
      interpreterNeeded: false,
    },
    journeys: [{ id: 'j', status: 'active', referralDate: '2026-01-02', closedAt: null, current: true, advocates: ['Amara'], referralSource: 'self', referralReason: 'Help', closureOutcome: null, planReviewDate: null }],
    goals: [
      {
        id: 'g', journeyId: 'j', words: 'Know my rights', category: 'rights', targetDate: null, status: 'open', writtenBy: 'her', version: 1,
        steps: [{ id: 's', goalId: 'g', description: 'Ring the council', owner: 'together', dueDate: null, done: false, doneAt: null, writtenBy: 'her', version: 1 }],
      },
    ],
    checkIns: [],
    appointments: [
      {
        id: 'a', journeyId: 'j', professionalRole: 'community_mental_health_team', professionalOrganisation: null, startsAt: '2026-03-04T10:00:00Z', endsAt: '2026-03-04T11:00:00Z',
        location: null, remote: true, purpose: null, status: 'rescheduled', preparation: null, outcome: null, comingWithHer: [{ name: 'Amara', supportLevel: 'advocate_led' }], version: 1,
      },
    ],
    sharedNotes: [],
    changeProposals: [],
    concerns: [
      { id: 'c', reference: 'C-1', category: 'service_quality', severity: 'low', description: 'Slow', hideFromAdvocate: false, raisedAt: '2026-03-01T10:00:00Z', status: 'triaged', statusForHer: 'being looked at', outcome: null, closedAt: null },
    ],
    consents: [{ id: 'k', agreement: 'Share with GP', sharedWith: null, givenOn: '2026-01-01', validUntil: null, withdrawnAt: null, state: 'withdrawn', version: 2 }],
    messages: [
      { journeyId: 'j', sentAt: '2026-03-02T10:00:00Z', from: 'Amara', mine: false, body: 'See you <i>Tuesday</i>', editedAt: '2026-03-02T10:01:00Z', earlierVersions: [{ body: 'See you Tusday', replacedAt: '2026-03-02T10:01:00Z' }] },
    ],
    accessLog: [],
    referrals: [],
    safetyPlans: [
      {
        journeyId: 'j',
        reviewOn: '2026-04-01',
        sections: [
          { key: 'safe_places', body: 'My sister <Ana>', byHer: false, updatedAt: '2026-03-01T10:00:00Z' },
          { key: 'code_words', body: 'Did you feed the cat?', byHer: true, updatedAt: '2026-03-02T10:00:00Z' },
        ],
      },
    ],
    dataRequests: [
      { id: 'r', kind: 'rectification', details: 'My date of birth is wrong', receivedOn: '2026-03-03', answerBy: '2026-04-03', status: 'answered', decision: 'granted', answer: 'Corrected.', answeredOn: '2026-03-10', extensionReason: null },
    ],
  };
  const html = renderMyDataHtml(data);

  it('should include her messages, with what an edited one said before, and her message settings in words', () => {
    expect(html).toContain('<h2>Your messages</h2>');
    expect(html).toContain('See you &#60;i&#62;Tuesday&#60;/i&#62;');
    expect(html).not.toContain('<i>Tuesday');
    expect(html).toContain('Before a change: See you Tusday');
    expect(html).toContain('Monday to Friday, 10:00 to 14:00');
    expect(html).toContain('+447700900123');
    expect(html).toContain('Reminders of appointments: by text; A note that a new message is waiting: by text; Reminders 24 hours before');
  });

  it('should write every stored code in her words', () => {
    for (const phrase of [
      'Text message, Letter',
      'Open',
      'You asked for help yourself',
      'About: My rights. Not started.',
      'You and your advocate',
      'Community team',
      'Online or by phone',
      'Moved to another time',
      'Amara will speak for you',
      'The help I get from the service',
      'Being looked at',
      'You took this back',
      '2 January 2026',
    ]) {
      expect([phrase, html.includes(phrase)]).toEqual([phrase, true]);
    }
    expect(html).not.toMatch(/>(text|post|active|self|rights|open|together|rescheduled|advocate_led|service_quality|triaged|withdrawn)</);
    expect(html).not.toMatch(/_/);
  });

  it('should label every cell with its column, so a phone can show each row as a card', () => {
    expect(html).toContain('<td role="cell" data-label="Who does it">You and your advocate</td>');
    expect(html).toMatch(/@media screen and \(max-width:40rem\)\{table,tbody,tr,td\{display:block/);
  });

  it('should include her safety plan, each section under its heading with who wrote it, and its review date', () => {
    expect(html).toContain('<h2>Your safety plan</h2>');
    expect(html).toContain('<td role="cell" data-label="Section">Safe places</td><td role="cell" data-label="Written by">The service</td>');
    expect(html).toContain('My sister &#60;Ana&#62;');
    expect(html).toContain('<td role="cell" data-label="Section">Code words</td><td role="cell" data-label="Written by">You</td>');
    expect(html).toContain('To look at again: 1 April 2026.');
  });

  it('should include what she asked about her information, and the answer', () => {
    expect(html).toContain('<h2>What you asked about your information</h2>');
    expect(html).toContain('Correct something that is wrong');
    expect(html).toContain('My date of birth is wrong');
    expect(html).toContain('Corrected.');
  });

  it('should escape her words', () => {
    expect(html).toContain('Jo &#60;b&#62;Rivers&#60;/b&#62;');
    expect(html).not.toContain('<b>');
  });
});
