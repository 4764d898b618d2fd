import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConcernDetail, ConcernStatus } from '@beside/shared/contracts';
import { apiSpec, concernDetail, pageOf } from '@beside/web/core/testing';
import { ConcernStore } from '@beside/web/safeguarding/data-access';
import { TransitionForm } from './transition-form';

function concern(status: ConcernStatus): ConcernDetail {
  return concernDetail({ status, version: 3 });
}

describe('TransitionForm', () => {
  let fixture: ComponentFixture<TransitionForm>;
  let store: ConcernStore;
  const api = apiSpec(ConcernStore);
  const page = pageOf(() => fixture);
  const el = page.el;

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
    page.type(`#${id}`, value);
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    store = TestBed.inject(ConcernStore);
  });

  afterEach(() => el()?.remove());

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
    api.backend.expectNone('/api/concerns/c1/transitions');
  });

  it('should send a triage with the severity she raised it with and the version it was read at', async () => {
    await render('raised');
    await choose(/Triage it/);
    await type('move-note', 'Read it');
    await save();
    const req = api.backend.expectOne('/api/concerns/c1/transitions');
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
    api.backend.expectNone('/api/concerns/c1/transitions');
  });

  it('should close only after the manager confirms, showing what the raiser will be told', async () => {
    await render('action');
    await choose(/Close it/);
    await type('move-outcome', 'Safety plan agreed');
    await type('move-outcome-for-raiser', 'We helped you make a safety plan.');
    await type('move-note', 'Done');
    await save();
    api.backend.expectNone('/api/concerns/c1/transitions');
    const dialog = el().querySelector('[role=alertdialog]');
    expect(dialog?.textContent).toContain('We helped you make a safety plan.');

    const yes = [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Yes, close the concern'));
    yes?.click();
    await fixture.whenStable();
    const req = api.backend.expectOne('/api/concerns/c1/transitions');
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
