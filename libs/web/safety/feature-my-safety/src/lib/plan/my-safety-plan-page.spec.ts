import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type ChangeProposalView, SAFETY_PLAN_SECTIONS, type SafetyPlanView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MySafetyPlanPage } from './my-safety-plan-page';

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

/** Staff wrote "People I can call"; she wrote "Code words". */
function written(change: (view: SafetyPlanView) => void = () => undefined): SafetyPlanView {
  const view = plan({ version: 2, reviewOn: '2027-01-15' });
  view.sections = view.sections.map((s) =>
    s.key === 'people_to_call'
      ? { ...s, id: 's2', body: 'My sister Ana', updatedBy: 'Amara Hughes', updatedAt: '2026-12-01T10:00:00Z', version: 1 }
      : s.key === 'code_words'
        ? { ...s, id: 's4', body: 'Blue umbrella', byHer: true, updatedAt: '2026-12-02T10:00:00Z', version: 1 }
        : s,
  );
  change(view);
  return view;
}

function proposal(overrides: Partial<ChangeProposalView> = {}): ChangeProposalView {
  return {
    id: 'p1', journeyId: 'j1', serviceUserId: 'u1', targetType: 'safety_plan_section', targetId: 's2', field: 'body', originalValue: 'My sister Ana',
    proposedValue: 'My sister Ana, then my friend Jo', reason: 'Jo lives closer', status: 'pending', reply: null, decidedByName: null, decidedAt: null,
    createdAt: '2026-12-07T10:00:00Z', version: 1, ...overrides,
  };
}

describe('MySafetyPlanPage', () => {
  let fixture: ComponentFixture<MySafetyPlanPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);
  const settle = (): Promise<void> => page.settle(3);
  const section = (heading: string): HTMLElement => [...page.el().querySelectorAll('article')].find((a) => a.querySelector('h2')?.textContent?.trim() === heading) as HTMLElement;
  const buttonIn = (parent: HTMLElement, name: string): HTMLButtonElement | undefined =>
    [...parent.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.replace(/\s+/g, ' ').trim() === name);
  const typeIn = (selector: string, value: string): void => page.type(selector, value);

  async function render(view: SafetyPlanView, proposals: ChangeProposalView[] = []): Promise<void> {
    fixture = TestBed.createComponent(MySafetyPlanPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/safety-plan').flush(view);
    api.backend.expectOne('/api/my/change-proposals').flush(proposals);
    await settle();
  }

  it('should show every section in order, the review date and the calm note, with a way in to each', async () => {
    await render(written());
    expect([...page.el().querySelectorAll('article h2')].map((h) => h.textContent?.trim())).toEqual([
      'Safe places', 'People I can call', 'Emergency numbers', 'Code words', 'What to take', 'At home', 'At work or college', 'Online and on my phone',
    ]);
    expect(page.text()).toContain('Nothing in this plan is ever sent to you by text or email.');
    expect(page.text()).toMatch(/You and your advocate will look at this again on Friday,? 15 January 2027\./);
    expect(section('Safe places').textContent).toContain('Where can you go if you need to leave quickly?');
    expect(buttonIn(section('Safe places'), 'Write this: safe places')).toBeDefined();
    expect(section('Code words').textContent).toMatch(/Written by you on Wednesday,? 2 December 2026\./);
    expect(buttonIn(section('Code words'), 'Change code words')).toBeDefined();
    expect(section('People I can call').textContent).toContain('Written by Amara Hughes from the service');
    expect(buttonIn(section('People I can call'), 'Ask for a change to people i can call')).toBeDefined();
    expect(buttonIn(section('People I can call'), 'Change people i can call')).toBeUndefined();
    expect(page.text()).toContain('It has a plain title and no service name on it');
  });

  it('should save her words in an empty section at version 0 and say so', async () => {
    await render(written());
    buttonIn(section('Safe places'), 'Write this: safe places')?.click();
    await settle();
    expect(section('Safe places').querySelector('mat-hint')?.textContent).toContain('Where can you go if you need to leave quickly?');
    typeIn('#plan-safe_places-words', '  The library on Mill Road  ');
    buttonIn(section('Safe places'), 'Save safe places')?.click();
    await settle();
    const req = api.backend.expectOne('/api/my/safety-plan/sections/safe_places');
    expect(req.request.body).toEqual({ body: 'The library on Mill Road', version: 0 });
    req.flush(written((v) => (v.sections[0] = { ...v.sections[0], id: 's1', body: 'The library on Mill Road', byHer: true, version: 1 })));
    await settle();
    expect(section('Safe places').textContent).toContain('The library on Mill Road');
    expect(section('Safe places').textContent).toContain('Saved.');
    expect(section('Safe places').querySelector('textarea')).toBeNull();
  });

  it('should ask for a change to what staff wrote, in her words, and show her request', async () => {
    await render(written());
    buttonIn(section('People I can call'), 'Ask for a change to people i can call')?.click();
    await settle();
    const words = section('People I can call').querySelector<HTMLTextAreaElement>('#change-words-s2');
    expect(words?.value).toBe('My sister Ana');
    typeIn('#change-words-s2', 'My sister Ana, then my friend Jo');
    typeIn('#change-reason-s2', 'Jo lives closer');
    buttonIn(section('People I can call'), 'Send to my advocate')?.click();
    await settle();
    const req = api.backend.expectOne('/api/my/change-proposals');
    expect(req.request.body).toEqual({ targetType: 'safety_plan_section', targetId: 's2', field: 'body', proposedValue: 'My sister Ana, then my friend Jo', reason: 'Jo lives closer' });
    req.flush(proposal());
    await settle();
    const text = section('People I can call').textContent ?? '';
    expect(text).toContain('Your advocate has your request for a change.');
    expect(text).toContain('“My sister Ana, then my friend Jo”');
    expect(text).toContain('Waiting for a reply');
    expect(section('People I can call').querySelector('form')).toBeNull();
  });

  it('should show her earlier requests and the replies under the section', async () => {
    await render(written(), [proposal({ status: 'declined', reply: 'Let us talk about Jo first', decidedByName: 'Amara Hughes' })]);
    const text = section('People I can call').textContent ?? '';
    expect(text).toContain('Not changed');
    expect(text).toContain('Reply from Amara Hughes: “Let us talk about Jo first”');
    expect(section('Safe places').textContent).not.toContain('You asked for a change');
  });

  it('should keep her words in a request for a change when staff wrote the section while she was writing', async () => {
    await render(written());
    buttonIn(section('At home'), 'Write this: at home')?.click();
    await settle();
    typeIn('#plan-at_home-words', 'Keep my phone charged');
    buttonIn(section('At home'), 'Save at home')?.click();
    await settle();
    const now = written((v) => (v.sections[5] = { ...v.sections[5], id: 's6', body: 'Lock the back door', updatedBy: 'Amara Hughes', version: 1 }));
    api.backend.expectOne('/api/my/safety-plan/sections/at_home').flush(
      {
        statusCode: 409,
        message: 'Someone from the service wrote this section, so it cannot be changed here.',
        proposeChange: { path: '/api/my/change-proposals', targetType: 'safety_plan_section', targetId: 's6', field: 'body' },
        current: now,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(section('At home').textContent).toContain('Someone from the service wrote this section while you were writing');
    expect(section('At home').querySelector<HTMLTextAreaElement>('#change-words-s6')?.value).toBe('Keep my phone charged');
    expect(section('At home').textContent).toContain('Lock the back door');
  });

  it('should show the latest words and keep hers in the box when the section was saved elsewhere first', async () => {
    await render(written());
    buttonIn(section('Code words'), 'Change code words')?.click();
    await settle();
    typeIn('#plan-code_words-words', 'Red umbrella');
    buttonIn(section('Code words'), 'Save code words')?.click();
    await settle();
    const now = written((v) => (v.sections[3] = { ...v.sections[3], body: 'Green umbrella', version: 2 }));
    api.backend
      .expectOne('/api/my/safety-plan/sections/code_words')
      .flush({ statusCode: 409, message: 'Someone else changed this since you opened it.', current: now }, { status: 409, statusText: 'Conflict' });
    await settle();
    const text = section('Code words').textContent ?? '';
    expect(text).toContain('This section was saved from somewhere else since you opened it');
    expect(text).toContain('Green umbrella');
    expect(section('Code words').querySelector<HTMLTextAreaElement>('#plan-code_words-words')?.value).toBe('Red umbrella');
    buttonIn(section('Code words'), 'Save code words')?.click();
    await settle();
    expect(api.backend.expectOne('/api/my/safety-plan/sections/code_words').request.body).toEqual({ body: 'Red umbrella', version: 2 });
  });
});
