import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConcernDetail, ConcernStatus } from '@beside/shared/contracts';
import { ConcernStore } from '@beside/web/safeguarding/data-access';
import { TransitionForm } from './transition-form';

function concern(status: ConcernStatus): ConcernDetail {
  return {
    id: 'c1',
    reference: 'C-ABC123',
    category: 'abuse_or_violence',
    severity: 'high',
    status,
    raisedAt: '2026-03-01T09:00:00Z',
    triageDueAt: '2026-03-02T09:00:00Z',
    triagedAt: null,
    closedAt: null,
    overdue: false,
    journeyId: 'j1',
    serviceUserId: 's1',
    serviceUserName: 'Nia',
    raisedBy: { id: 'u1', name: 'Nia Campbell' },
    raisedByRole: 'service_user',
    aboutStaff: null,
    hideRaiserFromAdvocate: false,
    confidentialFromSubject: false,
    openActions: 0,
    nextActionDueOn: null,
    version: 3,
    description: 'Words',
    referredTo: null,
    outcome: null,
    outcomeForRaiser: null,
    events: [],
    actions: [],
  };
}

describe('TransitionForm', () => {
  let fixture: ComponentFixture<TransitionForm>;
  let store: ConcernStore;
  let backend: HttpTestingController;
  const el = (): HTMLElement => fixture.nativeElement;

  async function render(status: ConcernStatus): Promise<void> {
    store.concern.set(concern(status));
    fixture = TestBed.createComponent(TransitionForm);
    document.body.appendChild(el());
    await fixture.whenStable();
  }

  async function choose(label: RegExp): Promise<void> {
    const radio = [...el().querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) =>
      label.test(r.closest('mat-radio-button')?.textContent ?? ''),
    );
    radio?.click();
    await fixture.whenStable();
  }

  async function type(id: string, value: string): Promise<void> {
    const input = el().querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no field #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ConcernStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ConcernStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    el()?.remove();
  });

  it('should offer only the moves the workflow allows from where the concern is', async () => {
    await render('action');
    const labels = [...el().querySelectorAll('mat-radio-button')].map((r) => r.textContent?.trim().split('\n')[0].trim());
    expect(labels.map((l) => l?.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^Refer it on/),
      expect.stringMatching(/^Close it/),
    ]);
  });

  it('should ask for the move and a note before sending anything', async () => {
    await render('raised');
    await save();
    const summary = el().querySelector('.bs-error-summary');
    expect(summary?.textContent).toContain('Choose what happens next');
    expect(summary?.textContent).toContain('Enter a note saying why');
    backend.expectNone('/api/concerns/c1/transitions');
  });

  it('should send a triage with the severity she raised it with and the version it was read at', async () => {
    await render('raised');
    await choose(/Triage it/);
    await type('move-note', 'Read it');
    await save();
    const req = backend.expectOne('/api/concerns/c1/transitions');
    expect(req.request.body).toEqual({ to: 'triaged', note: 'Read it', severity: 'high', version: 3 });
    req.flush({ ...concern('triaged'), version: 4 });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(el().textContent).toContain('The concern is now: triaged.');
  });

  it('should need the agency when referring on', async () => {
    await render('triaged');
    await choose(/Refer it on/);
    await type('move-note', 'Passed on');
    await save();
    expect(el().querySelector('.bs-error-summary')?.textContent).toContain('Enter who it was referred to');
    backend.expectNone('/api/concerns/c1/transitions');
  });

  it('should close only after the manager confirms, showing what the raiser will be told', async () => {
    await render('action');
    await choose(/Close it/);
    await type('move-outcome', 'Safety plan agreed');
    await type('move-outcome-for-raiser', 'We helped you make a safety plan.');
    await type('move-note', 'Done');
    await save();
    backend.expectNone('/api/concerns/c1/transitions');
    const dialog = el().querySelector('[role=alertdialog]');
    expect(dialog?.textContent).toContain('We helped you make a safety plan.');

    const yes = [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Yes, close the concern'));
    yes?.click();
    await fixture.whenStable();
    const req = backend.expectOne('/api/concerns/c1/transitions');
    expect(req.request.body).toEqual({
      to: 'closed',
      note: 'Done',
      outcome: 'Safety plan agreed',
      outcomeForRaiser: 'We helped you make a safety plan.',
      version: 3,
    });
    req.flush({ ...concern('closed'), version: 4 });
  });
});
