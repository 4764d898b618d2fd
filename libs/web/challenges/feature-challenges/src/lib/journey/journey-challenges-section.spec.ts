import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ChallengeView, DocumentView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { JourneyChallengesSection } from './journey-challenges-section';

const NEAR: ChallengeView = {
  id: 'c1',
  journeyId: 'j1',
  typeKey: 'nhs_complaint',
  typeName: 'NHS complaint',
  bodyChallenged: 'North Riverside NHS Trust',
  herWords: 'An apology',
  eventOn: '2026-11-01',
  awareOn: null,
  region: 'GB-ENG',
  status: 'open',
  outcome: null,
  outcomeNote: null,
  closedOn: null,
  stages: [
    { id: 's1', key: 'complaint', name: 'Complaint made', startedOn: '2026-12-01', deadlineOn: '2026-12-19', limitSource: 'Regulations 2009, regulation 12', endedOn: null, supportLevel: null, note: null },
  ],
  stagesAhead: [{ key: 'acknowledgement', name: 'Complaint acknowledged', limit: { amount: 3, unit: 'working_days', from: 'stage_start', source: 'regulation 13(1)' } }],
  nextDeadline: { on: '2026-12-19', stageName: 'Complaint made', daysLeft: 12 },
  version: 1,
};
const MISSED: ChallengeView = { ...NEAR, id: 'c2', bodyChallenged: 'Riverside Council', nextDeadline: { on: '2026-12-04', stageName: 'Complaint made', daysLeft: -3 } };
const CLOSED: ChallengeView = { ...NEAR, id: 'c3', bodyChallenged: 'DWP', status: 'closed', outcome: 'partly_upheld', closedOn: '2026-12-05', nextDeadline: null, stagesAhead: [] };
const DOC: DocumentView = {
  id: 'd1',
  journeyId: 'j1',
  challengeId: 'c1',
  description: 'Letter from the trust',
  sizeBytes: 2048,
  visibility: 'staff',
  scan: 'held',
  byHer: false,
  uploadedBy: 'Amara Hughes',
  createdAt: '2026-12-07T10:00:00Z',
  deletedAt: null,
  deleteReason: null,
};
const EMPTY_STATEMENT = { whatToKnow: null, formats: [], support: [], interpreterLanguage: null, crisis: null, sharedWith: { appointmentIds: [], challengeIds: [] }, updatedAt: null, version: 0 };

describe('JourneyChallengesSection', () => {
  let fixture: ComponentFixture<JourneyChallengesSection>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const article = (text: string): string => [...page.el().querySelectorAll('article')].find((a) => a.textContent?.includes(text))?.textContent?.replace(/\s+/g, ' ') ?? '';

  beforeEach(async () => {
    const backend = api.backend;
    fixture = TestBed.createComponent(JourneyChallengesSection);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    backend.expectOne('/api/journeys/j1/challenges').flush([NEAR, MISSED, CLOSED]);
    backend.expectOne('/api/challenge-types').flush([]);
    backend.expectOne('/api/journeys/j1/documents').flush([DOC]);
    await page.settle(2);
    backend.expectOne('/api/journeys/j1/statement').flush(EMPTY_STATEMENT);
    await page.settle(2);
  });

  it('should show each deadline in words, near and missed ones tagged, and the outcome of one that ended', () => {
    expect(article('North Riverside NHS Trust')).toContain('Near 19 December 2026 — 12 days left');
    expect(article('Riverside Council')).toContain('Missed 4 December 2026 — 3 days overdue');
    expect(article('DWP')).toContain('Partly upheld, 5 December 2026');
    expect(page.text()).toContain('2 challenges have a deadline within 14 days or missed');
  });

  it('should say she has not written her statement yet, and show a document held for a scan without a download', () => {
    expect(page.text()).toContain('She has not written one yet.');
    const doc = article('Letter from the trust');
    expect(doc).toContain('Held until scanned — cannot be opened yet');
    expect(doc).toContain('Added by Amara Hughes');
    expect(page.button('Download')).toBeUndefined();
  });

  it('should open one challenge in place from the address, with its stages, their rules and what lies ahead', async () => {
    await TestBed.inject(Router).navigateByUrl('/?challenge=c1');
    await page.settle(2);
    api.backend.expectOne('/api/challenges/c1/letters').flush([]);
    api.backend.expectOne('/api/letter-templates').flush([]);
    await page.settle(2);
    expect(page.el().querySelector('h2')?.textContent).toContain('NHS complaint: North Riverside NHS Trust');
    expect(page.text()).toContain('Rule: Regulations 2009, regulation 12');
    expect(page.text()).toContain('Complaint acknowledged: 3 working days from the day the stage begins');
    expect(page.text()).toContain('No letters yet.');
  });

  it('should reload the challenge and say so when someone else changed it first', async () => {
    await TestBed.inject(Router).navigateByUrl('/?challenge=c1');
    await page.settle(2);
    api.backend.expectOne('/api/challenges/c1/letters').flush([]);
    api.backend.expectOne('/api/letter-templates').flush([]);
    await page.settle(2);
    page.button('Move to the next stage').click();
    await page.settle();
    page.button('Move to this stage').click();
    await page.settle();
    const req = api.backend.expectOne('/api/challenges/c1/stages');
    expect(req.request.body).toMatchObject({ version: 1, stageKey: 'acknowledgement' });
    const now = { ...NEAR, herWords: 'An apology and a meeting', version: 2 };
    req.flush({ statusCode: 409, message: 'Someone else changed this since you opened it. Here is the current version: check it and try again.', current: now }, { status: 409, statusText: 'Conflict' });
    await page.settle(3);
    expect(page.text()).toContain('Someone else changed this challenge, so it has been reloaded.');
    expect(page.text()).toContain('An apology and a meeting');
  });
});
