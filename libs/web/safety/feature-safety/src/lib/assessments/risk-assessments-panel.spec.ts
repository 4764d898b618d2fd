import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { Permission } from '@beside/shared/authz';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { exampleAssessment, exampleChecklists, FEAR } from './examples.testing';
import { RiskAssessmentsPanel } from './risk-assessments-panel';

const OLDER = exampleAssessment();
const HIDDEN = exampleAssessment({
  id: 'a2',
  assessedOn: '2026-12-01',
  createdAt: '2026-12-01T10:00:00Z',
  score: 22,
  level: 'high',
  maracRecommended: true,
  hiddenFromHer: { reason: 'He reads her phone', by: 'Maya Patel', at: '2026-09-01T10:00:00Z', reviewOn: '2026-12-01' },
});

describe('RiskAssessmentsPanel', () => {
  let fixture: ComponentFixture<RiskAssessmentsPanel>;
  let permissions: Permission[];
  let confirmed: boolean;
  const api = apiSpec(
    provideRouter([]),
    { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(confirmed) }) } },
    { provide: SessionStore, useValue: { can: (p: Permission) => permissions.includes(p) } },
  );
  const page = pageOf(() => fixture);
  const el = page.el;
  const settle = (): Promise<void> => page.settle(3);
  const click = (selector: string): void => (el().querySelector(selector) as HTMLElement).click();
  const cells = (selector: string): string[] => [...el().querySelectorAll(selector)].map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' | '));

  async function render(list = [OLDER, HIDDEN]): Promise<void> {
    fixture = TestBed.createComponent(RiskAssessmentsPanel);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    api.backend.expectOne('/api/journeys/j1/risk-assessments').flush(list);
    await settle();
  }

  async function startAssessment(checklists = exampleChecklists()): Promise<void> {
    page.button('Do an assessment with her').click();
    await settle();
    api.backend.expectOne('/api/risk-checklists').flush(checklists);
    await settle();
  }

  beforeEach(() => {
    permissions = ['journey:read', 'journey:write'];
    confirmed = true;
  });

  it('should list her assessments newest first with the level in words, the MARAC recommendation and why one is kept from her', async () => {
    await render();
    const titles = [...el().querySelectorAll('article h4')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(titles).toEqual(['1 December 2026: Domestic abuse risk checklist (version 2)', '1 November 2026: Domestic abuse risk checklist (version 2)']);
    const newest = el().querySelector('article') as HTMLElement;
    expect(newest.textContent).toContain('High');
    expect(newest.textContent).toContain('MARAC referral recommended');
    expect(newest.textContent).toContain('Kept from her portal: He reads her phone, review by 1 December 2026');
    expect(el().querySelector('table caption')?.textContent).toContain('Risk scores by date');
    expect(cells('.bs-scores__table tbody tr')).toEqual(['1 Nov 2026 | 12 | Medium', '1 Dec 2026 | 22 | High, MARAC referral recommended']);
    expect(page.button('Not safe to show her')).toBeUndefined();
  });

  it('should show one assessment’s answers and weights when asked', async () => {
    await render([OLDER]);
    page.button('See her answers').click();
    await settle();
    api.backend.expectOne('/api/risk-assessments/a1').flush(OLDER);
    await settle();
    expect(cells('.bs-answers tbody tr')).toEqual(['Are you frightened of them? | Yes | 12', 'Do they follow you? | Not answered | 0']);
  });

  it('should name an unanswered required question at the top and beside it, then save and prompt a MARAC referral and a concern', async () => {
    await render([]);
    expect(page.text()).toContain('No risk assessment has been done with her on this journey yet.');
    await startAssessment();
    expect(page.text()).toContain('Are you frightened of them? (required)');
    expect(page.text()).toContain('Do they follow you? (optional)');

    page.button('Save the assessment').click();
    await settle();
    const summary = el().querySelector('.bs-error-summary') as HTMLElement;
    expect(summary.textContent).toContain('Choose her answer: Are you frightened of them?');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#risk-q-fear-no-input');
    expect(el().querySelector('#risk-q-fear-error')?.textContent).toContain('Choose her answer');
    api.backend.expectNone('/api/journeys/j1/risk-assessments');

    click('#risk-q-fear-yes-input');
    click('#risk-q-stalking-yes-input');
    await settle();
    page.button('Save the assessment').click();
    await settle();
    const req = api.backend.expectOne((r) => r.method === 'POST' && r.url === '/api/journeys/j1/risk-assessments');
    expect(req.request.body).toEqual(expect.objectContaining({ checklistKey: 'beside_domestic_abuse', answers: { fear: 'yes', stalking: 'yes' }, notes: null }));
    req.flush(exampleAssessment({ id: 'a3', score: 22, level: 'high', maracRecommended: true }), { status: 201, statusText: 'Created' });
    await settle();
    expect(page.text()).toContain('The score reached the MARAC threshold. Consider a referral and raising a concern.');
    const links = [...el().querySelectorAll('.bs-marac-prompt a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Start a MARAC referral', '/?tab=safety&refer=marac'],
      ['Raise a concern', '/?tab=concerns&raise=1'],
    ]);
  });

  it('should put the API’s unanswered required questions on their questions', async () => {
    await render([]);
    await startAssessment(exampleChecklists([{ ...FEAR, required: false }]));
    page.button('Save the assessment').click();
    await settle();
    api.backend
      .expectOne('/api/journeys/j1/risk-assessments')
      .flush(
        { statusCode: 400, message: ["answers: these required questions are not answered: 'Are you frightened of them?' (fear)"] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(el().querySelector('.bs-error-summary')?.textContent).toContain('Choose her answer: Are you frightened of them?');
    expect(el().querySelector('#risk-q-fear-error')?.textContent).toContain('Choose her answer');
  });

  it('should let a manager keep one from her portal with a reason, once confirmed, and review a decision that is due', async () => {
    permissions = ['journey:read', 'journey:write', 'safety:review'];
    await render();
    expect(page.button('Review')).toBeDefined();
    page.button('Not safe to show her').click();
    await settle();
    page.button('Keep it from her').click();
    await settle();
    expect(page.text()).toContain('Say why it is not safe to show her now');
    page.type('#hide-reason-a1', 'He checks her portal');
    page.button('Keep it from her').click();
    await settle();
    const req = api.backend.expectOne('/api/risk-assessments/a1/hide');
    expect(req.request.body).toEqual({ reason: 'He checks her portal' });
    req.flush({ ...OLDER, hiddenFromHer: { reason: 'He checks her portal', by: 'Maya Patel', at: '2026-12-07T10:00:00Z', reviewOn: '2099-03-07' } });
    await settle();
    expect(page.text()).toContain('It is kept from her portal. The decision is recorded.');
  });

  it('should send nothing when the manager goes back from the confirmation', async () => {
    permissions = ['journey:read', 'safety:review'];
    confirmed = false;
    await render([OLDER]);
    expect(page.button('Do an assessment with her')).toBeUndefined();
    page.button('Not safe to show her').click();
    await settle();
    page.type('#hide-reason-a1', 'He checks her portal');
    page.button('Keep it from her').click();
    await settle();
    api.backend.expectNone('/api/risk-assessments/a1/hide');
  });
});
