import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanView } from '@beside/shared/contracts';
import type { Permission } from '@beside/shared/authz';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { SafetyPlanPanel } from './safety-plan-panel';

function plan(overrides: Partial<SafetyPlanView> = {}): SafetyPlanView {
  return {
    journeyId: 'j1',
    sections: SAFETY_PLAN_SECTIONS.map((key) => ({ key, id: null, body: null, byHer: false, updatedAt: null, updatedBy: null, version: 0 })),
    reviewOn: null,
    reviewDue: false,
    updatedAt: null,
    version: 0,
    ...overrides,
  };
}

/** Her plan with a section she wrote (code words) and one staff wrote (safe places), in a shuffled order. */
function written(): SafetyPlanView {
  const view = plan({ version: 2, reviewOn: '2026-11-01', reviewDue: true });
  view.sections = view.sections.map((s) =>
    s.key === 'safe_places'
      ? { ...s, id: 's1', body: 'My sister’s flat on Mill Road', updatedBy: 'Amara Hughes', updatedAt: '2026-12-01T10:00:00Z', version: 1 }
      : s.key === 'code_words'
        ? { ...s, id: 's2', body: '"Is the cat fed?" means call 999', byHer: true, updatedAt: '2026-12-02T10:00:00Z', version: 1 }
        : s,
  );
  view.sections.reverse();
  return view;
}

describe('SafetyPlanPanel', () => {
  let fixture: ComponentFixture<SafetyPlanPanel>;
  let permissions: Permission[];
  const api = apiSpec({ provide: SessionStore, useValue: { can: (p: Permission) => permissions.includes(p) } });
  const page = pageOf(() => fixture);
  const el = page.el;
  const settle = (): Promise<void> => page.settle(3);
  const card = (heading: string): HTMLElement => [...el().querySelectorAll('article')].find((a) => a.querySelector('h4')?.textContent?.includes(heading)) as HTMLElement;
  const buttonIn = (parent: HTMLElement, name: string): HTMLButtonElement | undefined =>
    [...parent.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);

  async function render(view: SafetyPlanView): Promise<void> {
    fixture = TestBed.createComponent(SafetyPlanPanel);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    api.backend.expectOne('/api/journeys/j1/safety-plan').flush(view);
    await settle();
  }

  beforeEach(() => {
    permissions = ['journey:read', 'journey:write'];
  });

  it('should show every section in the plan’s order, inviting writing in empty ones, with who wrote each and when', async () => {
    await render(written());
    expect([...el().querySelectorAll('article h4')].map((h) => h.textContent?.replace('Written by her', '').trim())).toEqual([
      'Safe places',
      'People I can call',
      'Emergency numbers',
      'Code words',
      'What to take',
      'At home',
      'At work or college',
      'Online and on my phone',
    ]);
    expect(card('Safe places').textContent).toContain('Written by Amara Hughes on Tue, 1 Dec 2026');
    expect(card('People I can call').textContent).toContain('Who can you call, and what will they do?');
    expect(card('People I can call').textContent).toContain('Nothing written yet. Write it with her.');
    expect(page.text()).toContain('Review due');
  });

  it('should keep a section she wrote read-only for staff, with why', async () => {
    await render(written());
    const hers = card('Code words');
    expect(hers.textContent).toContain('Written by her');
    expect(hers.textContent).toContain('staff cannot change it');
    expect(hers.querySelector('button')).toBeNull();
  });

  it('should save a section staff write with her at its version', async () => {
    await render(written());
    buttonIn(card('People I can call'), 'Write people i can call')?.click();
    await settle();
    page.type('#plan-section-people_to_call', 'Jo next door: she will call the police');
    buttonIn(card('People I can call'), 'Save people i can call')?.click();
    await settle();
    const req = api.backend.expectOne('/api/journeys/j1/safety-plan/sections/people_to_call');
    expect(req.request.body).toEqual({ body: 'Jo next door: she will call the police', version: 0 });
    const after = written();
    after.sections = after.sections.map((s) => (s.key === 'people_to_call' ? { ...s, id: 's3', body: 'Jo next door: she will call the police', updatedBy: 'Amara Hughes', updatedAt: '2026-12-07T10:00:00Z', version: 1 } : s));
    req.flush(after);
    await settle();
    expect(card('People I can call').textContent).toContain('Jo next door: she will call the police');
    expect(card('People I can call').textContent).toContain('Saved.');
  });

  it('should say so when she wrote the section while staff were writing', async () => {
    await render(written());
    buttonIn(card('At home'), 'Write at home')?.click();
    await settle();
    page.type('#plan-section-at_home', 'Keep the phone charged');
    buttonIn(card('At home'), 'Save at home')?.click();
    await settle();
    const now = written();
    now.sections = now.sections.map((s) => (s.key === 'at_home' ? { ...s, id: 's4', body: 'Hers', byHer: true, version: 1 } : s));
    api.backend
      .expectOne('/api/journeys/j1/safety-plan/sections/at_home')
      .flush({ statusCode: 409, message: 'She wrote this section; add your words in a note or ask her', current: now }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(card('At home').textContent).toContain('She wrote this section while you were writing, so your words were not saved.');
    expect(card('At home').querySelector('textarea')).toBeNull();
  });

  it('should set the review date at the plan’s version', async () => {
    await render(plan());
    expect(page.text()).toContain('No review date set yet.');
    page.button('Set a review date').click();
    await settle();
    page.type('#plan-review-on', '2099-01-15');
    page.button('Save the review date').click();
    await settle();
    const req = api.backend.expectOne('/api/journeys/j1/safety-plan/review');
    expect(req.request.body).toEqual({ reviewOn: '2099-01-15', version: 0 });
    req.flush(plan({ reviewOn: '2099-01-15', version: 1 }));
    await settle();
    expect(page.text()).toContain('To look at again with her on 15 January 2099');
  });

  it('should offer no writing to someone who may only read her journey', async () => {
    permissions = ['journey:read'];
    await render(plan());
    expect(page.button('Set a review date')).toBeUndefined();
    expect(el().querySelectorAll('article button').length).toBe(0);
    expect(page.button('Download PDF')).toBeDefined();
  });
});
