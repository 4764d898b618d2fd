import { TestBed } from '@angular/core/testing';
import type { MyRiskAssessment, MySharing } from '@beside/shared/contracts';
import { apiSpec } from '@beside/web/core/testing';
import { MyInformationSharingStore, MyRiskAssessmentsStore } from './my-safety-lists.store';

const assessment: MyRiskAssessment = {
  id: 'a1',
  checklistName: 'Domestic abuse risk checklist',
  assessedOn: '2026-12-01',
  level: 'medium',
  score: 12,
  answers: [{ question: 'Are you frightened?', answer: 'Yes' }],
  notes: null,
};
const sharing: MySharing = { id: 'd1', what: 'Her address', sharedWith: 'The GP surgery', sharedOn: '2026-12-02', withConsent: true, why: 'You agreed to it.' };

describe('her risk assessments and what was shared about her', () => {
  const api = apiSpec(MyRiskAssessmentsStore, MyInformationSharingStore);

  it('should load her risk assessments', async () => {
    const store = TestBed.inject(MyRiskAssessmentsStore);
    expect(store.loaded()).toBe(false);
    await api.answer(store.load(), '/api/my/risk-assessments', [assessment]);
    expect(store.items()).toEqual([assessment]);
    expect(store.loaded()).toBe(true);
  });

  it('should load what was shared about her, and say why it cannot be read', async () => {
    const store = TestBed.inject(MyInformationSharingStore);
    await api.answer(store.load(), '/api/my/information-sharing', [sharing]);
    expect(store.items()).toEqual([sharing]);
    await api.refuse(store.load(), '/api/my/information-sharing', 404, 'We could not find your record with the service. Please ask your advocate.');
    expect(store.problem()).toBe('We could not find your record with the service. Please ask your advocate.');
    expect(store.items()).toEqual([sharing]);
  });
});
