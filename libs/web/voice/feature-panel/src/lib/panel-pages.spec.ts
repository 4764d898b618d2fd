import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { FindingView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { FindingPage } from './finding-page';
import { FindingsPage } from './findings-page';
import { PanelSettingsPage } from './panel-settings-page';
import { PrioritiesPage } from './priorities-page';
import { ProposeFindingPage } from './propose-finding-page';

function finding(overrides: Partial<FindingView> = {}): FindingView {
  return {
    id: 'f1',
    title: 'Waiting for a care coordinator',
    summary: 'Most said the wait was the hardest part.',
    status: 'proposed',
    priority: null,
    proposedBy: 'Rosa Diaz',
    proposedAt: '2026-12-01T10:00:00Z',
    evidence: [
      {
        id: 'e1',
        consultationId: 'k1',
        consultationTitle: 'Maternity care 2026',
        questionId: 'q1',
        themeId: 't1',
        quoteId: 'p1',
        note: 'Most said waiting was the hardest part',
        figures: ['Waiting: 14 of 31'],
        themeName: 'Waiting',
        quoteWords: 'I waited four months and no one rang.',
      },
    ],
    votes: { for: 2, against: 1, abstain: 0 },
    namedVotes: null,
    voted: false,
    decidedAt: null,
    version: 2,
    ...overrides,
  };
}

let panelMember = true;
let sure = true;
const session = { can: (permission: string) => permission !== 'panel:take-part' || panelMember };

describe('the panel’s pages', () => {
  let fixture: ComponentFixture<unknown>;
  const api = apiSpec(provideRouter([]), { provide: SessionStore, useValue: session }, { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(sure) }) } });
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);

  beforeEach(() => {
    panelMember = true;
    sure = true;
  });

  async function openFinding(f: FindingView): Promise<void> {
    fixture = TestBed.createComponent(FindingPage);
    fixture.componentRef.setInput('findingId', f.id);
    fixture.detectChanges();
    api.backend.expectOne(`/api/findings/${f.id}`).flush(f);
    await settle();
  }

  it('should list proposed findings with their counts and “You have voted”, the priorities in order, and those set aside', async () => {
    fixture = TestBed.createComponent(FindingsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/findings').flush([
      finding({ voted: true }),
      finding({ id: 'f2', title: 'Second priority', status: 'approved', priority: 2 }),
      finding({ id: 'f3', title: 'First priority', status: 'approved', priority: 1 }),
      finding({ id: 'f4', title: 'Not now', status: 'set_aside' }),
    ]);
    await settle();
    const sections = [...page.el().querySelectorAll('section')].map((s) => s.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(sections[0]).toContain('Waiting for a care coordinator');
    expect(sections[0]).toContain('Votes: 2 for, 1 against, 0 abstained');
    expect(sections[0]).toContain('You have voted');
    expect(sections[0]).not.toContain('Who voted how');
    expect(sections[1].indexOf('First priority')).toBeLessThan(sections[1].indexOf('Second priority'));
    expect(sections[2]).toContain('Not now');
    expect(page.text()).toContain('Put the priorities in order');
  });

  it('should not offer a manager the order of priorities', async () => {
    panelMember = false;
    fixture = TestBed.createComponent(FindingsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/findings').flush([]);
    await settle();
    expect(page.text()).toContain('Propose a finding');
    expect(page.text()).not.toContain('Put the priorities in order');
  });

  it('should show the evidence with its figures, theme and quote, and cast her one vote', async () => {
    await openFinding(finding());
    expect(page.text()).toContain('Evidence 1: Maternity care 2026');
    expect(page.text()).toContain('Waiting: 14 of 31');
    expect(page.text()).toContain('Theme: Waiting');
    expect(page.text()).toContain('“I waited four months and no one rang.”');
    expect(page.text()).toContain('No one, not even the panel, can see how you voted.');
    page.button('Cast my vote').click();
    await settle();
    expect(page.el().querySelector('bs-error-summary a')?.getAttribute('href')).toBe('#finding-vote-for-input');
    (page.el().querySelectorAll('mat-radio-button input')[1] as HTMLInputElement).click();
    page.button('Cast my vote').click();
    await settle();
    const req = api.backend.expectOne('/api/findings/f1/votes');
    expect(req.request.body).toEqual({ vote: 'against' });
    req.flush(finding({ voted: true, votes: { for: 2, against: 2, abstain: 0 } }));
    await settle();
    expect(page.text()).toContain('You have voted.');
    expect(page.text()).toContain('2 for, 2 against, 0 abstained');
    expect(page.button('Cast my vote')).toBeUndefined();
  });

  it('should show the names under named voting', async () => {
    await openFinding(finding({ namedVotes: [{ name: 'Rosa Diaz', vote: 'for' }] }));
    expect(page.text()).toContain('Named voting: Beside records who voted how');
    expect(page.text()).toContain('Rosa Diaz: for');
  });

  it('should ask before a decision, and show the API’s refusal of it plainly', async () => {
    await openFinding(finding());
    sure = false;
    page.button('Set it aside').click();
    await settle();
    api.backend.expectNone('/api/findings/f1/decision');
    sure = true;
    page.button('Set it aside').click();
    await settle();
    const req = api.backend.expectOne('/api/findings/f1/decision');
    expect(req.request.body).toEqual({ outcome: 'set_aside', version: 2 });
    req.flush({ statusCode: 409, message: 'The panel has already decided on this finding' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(page.el().querySelector('[role="alert"]')?.textContent).toContain('The panel has already decided on this finding');
  });

  it('should leave a manager to read the votes without voting or deciding', async () => {
    panelMember = false;
    await openFinding(finding());
    expect(page.button('Cast my vote')).toBeUndefined();
    expect(page.button('Approve as a priority')).toBeUndefined();
    expect(page.text()).toContain('Only panel members vote.');
  });

  it('should show the decision once made, with its counts', async () => {
    await openFinding(finding({ status: 'approved', priority: 1, decidedAt: '2026-12-05T10:00:00Z', voted: true }));
    expect(page.text()).toContain('Approved as a priority on 5 December 2026, with 2 for, 1 against, 0 abstained.');
  });

  it('should reorder the priorities with buttons and save the order', async () => {
    fixture = TestBed.createComponent(PrioritiesPage);
    fixture.detectChanges();
    const approved = [finding({ id: 'a', title: 'A', status: 'approved', priority: 1 }), finding({ id: 'b', title: 'B', status: 'approved', priority: 2 })];
    api.backend.expectOne('/api/findings').flush(approved);
    await settle();
    expect((page.el().querySelector('#up-a') as HTMLButtonElement).disabled).toBe(true);
    (page.el().querySelector('#down-a') as HTMLButtonElement).click();
    await settle();
    expect([...page.el().querySelectorAll('li')].map((li) => li.querySelector('.bs-priority__title')?.textContent?.trim())).toEqual(['1. B', '2. A']);
    expect(page.text()).toContain('A is now number 2 of 2. The order is not saved yet.');
    page.button('Save the order').click();
    await settle();
    const req = api.backend.expectOne('/api/findings/priorities');
    expect(req.request.body).toEqual({ findingIds: ['b', 'a'] });
    req.flush(null);
    await settle();
    api.backend.expectOne('/api/findings').flush([{ ...approved[1], priority: 1 }, { ...approved[0], priority: 2 }]);
    await settle();
    expect(page.text()).toContain('The order of priorities is saved.');
  });

  it('should show a manager the order of priorities without the buttons to change it', async () => {
    panelMember = false;
    fixture = TestBed.createComponent(PrioritiesPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/findings').flush([finding({ id: 'a', title: 'A', status: 'approved', priority: 1 })]);
    await settle();
    expect(page.text()).toContain('1. A');
    expect(page.text()).toContain('Only the panel puts its priorities in order.');
    expect(page.el().querySelectorAll('button').length).toBe(0);
  });

  it('should lead the summary’s evidence line to the first piece of evidence still missing something', async () => {
    fixture = TestBed.createComponent(ProposeFindingPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/consultations').flush([]);
    await settle();
    const component = fixture.componentInstance as unknown as { evidence: { at(i: number): { patchValue(v: object): void } } };
    page.button('Add another piece of evidence').click();
    await settle();
    component.evidence.at(0).patchValue({ note: 'First' });
    page.button('Propose the finding').click();
    await settle();
    const links = [...page.el().querySelectorAll('bs-error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('#evidence-0-consultation');
    component.evidence.at(0).patchValue({ consultationId: 'k1' });
    api.backend.expectOne('/api/consultations/k1/results').flush({ consultationId: 'k1', title: 'K', responses: 9, note: '', questions: [], themes: [], quotes: [] });
    page.button('Propose the finding').click();
    await settle();
    expect([...page.el().querySelectorAll('bs-error-summary a')].map((a) => a.getAttribute('href'))).toContain('#evidence-1-consultation');
  });

  it('should turn named voting on with the version, and say what it records', async () => {
    fixture = TestBed.createComponent(PanelSettingsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/panel/settings').flush({ namedVoting: false, version: 1 });
    await settle();
    expect(page.text()).toContain('Now: counts only.');
    (page.el().querySelectorAll('mat-radio-button input')[1] as HTMLInputElement).click();
    page.button('Save').click();
    await settle();
    const req = api.backend.expectOne('/api/panel/settings');
    expect(req.request.body).toEqual({ namedVoting: true, version: 1 });
    req.flush({ namedVoting: true, version: 2 });
    await settle();
    expect(page.text()).toContain('Saved. On findings no one has voted on yet, who voted how will be recorded and shown.');
    expect(page.text()).toContain('Now: named voting.');
  });

  it('should propose a finding with evidence picked from a consultation’s results', async () => {
    fixture = TestBed.createComponent(ProposeFindingPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/consultations').flush([{ id: 'k1', title: 'Maternity care 2026', status: 'closed' }]);
    await settle();
    page.button('Propose the finding').click();
    await settle();
    const summary = page.el().querySelector('bs-error-summary')?.textContent ?? '';
    expect(summary).toContain('Enter a title for the finding');
    expect(summary).toContain('Choose a consultation and write a note for each piece of evidence');
    expect(page.el().querySelectorAll('bs-error-summary a')[2]?.getAttribute('href')).toBe('#evidence-0-consultation');
    expect(page.text()).toContain('Choose the consultation it comes from');
    expect(page.text()).toContain('Write what this evidence shows');
    page.type('#finding-title', 'Waiting for a care coordinator');
    page.type('#finding-summary', 'Most said the wait was the hardest part.');
    const component = fixture.componentInstance as unknown as { evidence: { at(i: number): { patchValue(v: object): void } } };
    component.evidence.at(0).patchValue({ consultationId: 'k1' });
    api.backend.expectOne('/api/consultations/k1/results').flush({
      consultationId: 'k1',
      title: 'Maternity care 2026',
      responses: 31,
      note: '',
      questions: [{ questionId: 'q1', kind: 'single', words: 'What was hardest?', answered: 30, counts: [{ key: 'w', words: 'Waiting', count: 14 }] }],
      themes: [{ id: 't1', name: 'Waiting', description: null, answers: 9 }],
      quotes: [{ id: 'p1', words: 'I waited four months.', questionId: 'q2', themeId: 't1' }],
    });
    component.evidence.at(0).patchValue({ questionId: 'q1' });
    await settle();
    expect(page.text()).toContain('Answered: 30 of 31');
    expect(page.text()).toContain('Waiting: 14');
    page.type('#evidence-0-note', 'Most said waiting was the hardest part');
    page.button('Propose the finding').click();
    await settle();
    const req = api.backend.expectOne('/api/findings');
    expect(req.request.body).toEqual({
      title: 'Waiting for a care coordinator',
      summary: 'Most said the wait was the hardest part.',
      evidence: [{ consultationId: 'k1', questionId: 'q1', themeId: null, quoteId: null, note: 'Most said waiting was the hardest part' }],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    req.flush(finding({ id: 'f9' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/panel/findings', 'f9']);
  });
});
