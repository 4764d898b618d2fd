import { SAFETY_PLAN_SECTIONS, type SafetyPlanView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { JourneySafetyPlanStore } from './safety-plan.store';

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

describe('JourneySafetyPlanStore', () => {
  const spec = storeSpec(JourneySafetyPlanStore);

  async function load(view = plan()): Promise<void> {
    await spec.answer(spec.sut.load('j1'), '/api/journeys/j1/safety-plan', view);
  }

  it('should load her plan with every section', async () => {
    await load();
    expect(spec.sut.plan()?.sections.length).toBe(8);
  });

  it('should save a section at the version read, and show the plan the API answers', async () => {
    await load();
    const saving = spec.sut.saveSection('safe_places', 'My sister’s flat', 0);
    const req = spec.backend.expectOne('/api/journeys/j1/safety-plan/sections/safe_places');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ body: 'My sister’s flat', version: 0 });
    const saved = plan({ version: 1 });
    saved.sections[0] = { ...saved.sections[0], id: 's1', body: 'My sister’s flat', updatedBy: 'Amara Hughes', updatedAt: '2026-12-07T10:00:00Z', version: 1 };
    req.flush(saved);
    expect((await saving).ok).toBe(true);
    expect(spec.sut.plan()?.sections[0].body).toBe('My sister’s flat');
  });

  it('should show the section as hers when she wrote it meanwhile (409)', async () => {
    await load();
    const now = plan({ version: 1 });
    now.sections[1] = { ...now.sections[1], id: 's2', body: 'Mum', byHer: true, version: 1 };
    const saving = spec.sut.saveSection('people_to_call', 'Her mum', 0);
    spec.backend
      .expectOne('/api/journeys/j1/safety-plan/sections/people_to_call')
      .flush({ statusCode: 409, message: 'She wrote this section; add your words in a note or ask her', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    const result = await saving;
    expect(!result.ok && result.problem.messages).toEqual(['She wrote this section; add your words in a note or ask her']);
    expect(spec.sut.plan()?.sections[1].byHer).toBe(true);
  });

  it('should set the review date at the plan version', async () => {
    await load(plan({ version: 3 }));
    const setting = spec.sut.setReview('2027-01-15');
    const req = spec.backend.expectOne('/api/journeys/j1/safety-plan/review');
    expect(req.request.body).toEqual({ reviewOn: '2027-01-15', version: 3 });
    req.flush(plan({ version: 4, reviewOn: '2027-01-15' }));
    await setting;
    expect(spec.sut.plan()?.reviewOn).toBe('2027-01-15');
  });

  it('should download the plan as a file with the name the API gives it', async () => {
    await load();
    const downloading = spec.sut.downloadPdf();
    const req = spec.backend.expectOne('/api/journeys/j1/safety-plan/pdf');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.7']), { headers: { 'Content-Disposition': 'attachment; filename="my-plan-2026-12-07.pdf"' } });
    const file = await downloading;
    expect(file.ok && file.value.filename).toBe('my-plan-2026-12-07.pdf');
  });
});
