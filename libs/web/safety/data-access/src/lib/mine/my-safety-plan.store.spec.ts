import { SAFETY_PLAN_SECTIONS, type SafetyPlanView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { MySafetyPlanStore } from './my-safety-plan.store';

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

describe('MySafetyPlanStore', () => {
  const spec = storeSpec(MySafetyPlanStore);

  it('should load her plan, every section in order', async () => {
    await spec.answer(spec.sut.load(), '/api/my/safety-plan', plan());
    expect(spec.sut.plan()?.sections.map((s) => s.key)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should say why her plan cannot be read', async () => {
    await spec.refuse(spec.sut.load(), '/api/my/safety-plan', 404, 'You do not have a journey with us yet.');
    expect(spec.sut.problem()).toBe('You do not have a journey with us yet.');
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should save her words at the version she read and show the plan the API answers', async () => {
    await spec.answer(spec.sut.load(), '/api/my/safety-plan', plan());
    const saving = spec.sut.saveSection('code_words', 'Blue umbrella', 0);
    const req = spec.backend.expectOne('/api/my/safety-plan/sections/code_words');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ body: 'Blue umbrella', version: 0 });
    const saved = plan({ version: 1 });
    saved.sections[3] = { ...saved.sections[3], id: 's4', body: 'Blue umbrella', byHer: true, version: 1 };
    req.flush(saved);
    expect((await saving).ok).toBe(true);
    expect(spec.sut.plan()?.sections[3].body).toBe('Blue umbrella');
  });

  it('should point her to asking for a change when staff wrote the section, and show their words', async () => {
    const now = plan({ version: 1 });
    now.sections[1] = { ...now.sections[1], id: 's2', body: 'My sister', updatedBy: 'Amara Hughes', version: 1 };
    const saving = spec.sut.saveSection('people_to_call', 'Only my sister', 0);
    spec.backend.expectOne('/api/my/safety-plan/sections/people_to_call').flush(
      {
        statusCode: 409,
        message: 'Someone from the service wrote this section, so it cannot be changed here.',
        proposeChange: { path: '/api/my/change-proposals', targetType: 'safety_plan_section', targetId: 's2', field: 'body' },
        current: now,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await tick();
    const result = await saving;
    expect(!result.ok && 'proposeChange' in result && result.proposeChange).toEqual({ targetType: 'safety_plan_section', targetId: 's2', field: 'body' });
    expect(spec.sut.plan()?.sections[1].body).toBe('My sister');
  });

  it('should bring the section as it is now when she saved it elsewhere first (a stale version)', async () => {
    const now = plan({ version: 2 });
    now.sections[0] = { ...now.sections[0], id: 's1', body: 'The library', byHer: true, version: 2 };
    const saving = spec.sut.saveSection('safe_places', 'The park café', 1);
    spec.backend
      .expectOne('/api/my/safety-plan/sections/safe_places')
      .flush({ statusCode: 409, message: 'Someone else changed this since you opened it.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    const result = await saving;
    expect(!result.ok && result.conflict?.current.version).toBe(2);
    expect(!result.ok && 'proposeChange' in result).toBe(false);
    expect(spec.sut.plan()?.sections[0].version).toBe(2);
  });

  it('should download the plan under the plain name the API gives it', async () => {
    const downloading = spec.sut.downloadPdf();
    const req = spec.backend.expectOne('/api/my/safety-plan/pdf');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.7']), { headers: { 'Content-Disposition': 'attachment; filename="plan-2026-12-07.pdf"' } });
    const file = await downloading;
    expect(file.ok && file.value.filename).toBe('plan-2026-12-07.pdf');
  });
});
