import type { ChallengeTypeView, LetterTemplateView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { catalogueOrigin } from './catalogue-origin';
import { ChallengeCatalogueStore } from './challenge-catalogue.store';

function type(overrides: Partial<ChallengeTypeView> = {}): ChallengeTypeView {
  return {
    key: 'housing_review',
    name: 'Housing review',
    bodyHint: 'A council housing department',
    stages: [{ key: 'request', name: 'Review asked for', description: 'She asks.', limit: { amount: 21, unit: 'calendar_days', from: 'event', source: 'Housing Act 1996, s. 202(3)' } }],
    shipped: true,
    changed: false,
    archived: false,
    ...overrides,
  };
}

function template(overrides: Partial<LetterTemplateView> = {}): LetterTemplateView {
  return { key: 'housing_review', name: 'Asking for a review', challengeTypeKey: 'housing_review', stageKey: 'request', title: 'Review', body: 'Dear {{body.name}}', shipped: true, changed: false, archived: false, ...overrides };
}

describe('ChallengeCatalogueStore', () => {
  const spec = storeSpec(ChallengeCatalogueStore);

  it('should load the types and the templates side by side', async () => {
    const loading = spec.sut.loadAll();
    spec.backend.expectOne('/api/challenge-types').flush([type(), type({ key: 'old', archived: true })]);
    spec.backend.expectOne('/api/letter-templates').flush([template()]);
    expect(await loading).toBe(true);
    expect(spec.sut.activeTypes().map((t) => t.key)).toEqual(['housing_review']);
    expect(spec.sut.template('housing_review')?.title).toBe('Review');
  });

  it('should put a changed type in the place of the one held, by its key', async () => {
    await spec.answer(spec.sut.loadTypes(), '/api/challenge-types', [type(), type({ key: 'pals_contact', name: 'PALS' })]);
    const { changed: _c, archived: _a, key: _k, ...request } = type({ name: 'Housing review (council)' });
    const saving = spec.sut.saveType('housing_review', request);
    const req = spec.backend.expectOne('/api/challenge-types/housing_review');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(request);
    req.flush(type({ name: 'Housing review (council)', changed: true }));
    expect((await saving).ok).toBe(true);
    expect(spec.sut.types()?.map((t) => `${t.key} ${t.name}`)).toEqual(['housing_review Housing review (council)', 'pals_contact PALS']);
  });

  it('should add a type of her own to the list, and archive it by its key', async () => {
    await spec.answer(spec.sut.loadTypes(), '/api/challenge-types', [type()]);
    const saving = spec.sut.saveType('school_exclusion', { name: 'School exclusion', bodyHint: 'A school', stages: type().stages });
    spec.backend.expectOne('/api/challenge-types/school_exclusion').flush(type({ key: 'school_exclusion', name: 'School exclusion', shipped: false, changed: true }));
    await saving;
    const archiving = spec.sut.archiveType('school_exclusion');
    const req = spec.backend.expectOne('/api/challenge-types/school_exclusion');
    expect(req.request.method).toBe('DELETE');
    req.flush(type({ key: 'school_exclusion', name: 'School exclusion', shipped: false, changed: true, archived: true }));
    await archiving;
    expect(spec.sut.types()?.map((t) => [t.key, t.archived])).toEqual([
      ['housing_review', false],
      ['school_exclusion', true],
    ]);
  });

  it('should keep the template as it was and hand back the API’s words when a merge field is unknown', async () => {
    await spec.answer(spec.sut.loadTemplates(), '/api/letter-templates', [template()]);
    const { changed: _c, archived: _a, key: _k, ...request } = template({ body: 'Size {{her.shoeSize}}' });
    const result = await spec.refuse(spec.sut.saveTemplate('housing_review', request), '/api/letter-templates/housing_review', 400, [
      'body names unknown merge fields: {{her.shoeSize}}; known: her.name',
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.messages).toEqual(['body names unknown merge fields: {{her.shoeSize}}; known: her.name']);
    expect(spec.sut.template('housing_review')?.body).toBe('Dear {{body.name}}');
  });

  it('should say where each entry comes from: a default as shipped, one changed, or her own', () => {
    expect(catalogueOrigin({ shipped: true, changed: false })).toBe('default');
    expect(catalogueOrigin({ shipped: true, changed: true })).toBe('changed');
    expect(catalogueOrigin({ shipped: false, changed: true })).toBe('own');
  });

  it('should keep saying a list could not be read when the other one came', async () => {
    const loading = spec.sut.loadAll();
    spec.backend.expectOne('/api/challenge-types').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    spec.backend.expectOne('/api/letter-templates').flush([template()]);
    expect(await loading).toBe(false);
    expect(spec.sut.problem()).toBe('Not allowed');
  });

  it('should say what went wrong when the catalogue cannot be read', async () => {
    const ok = await spec.refuse(spec.sut.loadTypes(), '/api/challenge-types', 403, 'You do not have permission');
    expect(ok).toBe(false);
    expect(spec.sut.problem()).toBe('You do not have permission');
  });
});
