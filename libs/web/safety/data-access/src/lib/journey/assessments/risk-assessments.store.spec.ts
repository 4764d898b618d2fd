import type { RiskAssessmentView, RiskChecklistView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { answerProblems } from './risk-assessment-words';
import { JourneyRiskAssessmentsStore } from './risk-assessments.store';

function assessment(overrides: Partial<RiskAssessmentView> = {}): RiskAssessmentView {
  return {
    id: 'a1',
    journeyId: 'j1',
    checklistKey: 'beside_domestic_abuse',
    checklistVersion: 1,
    checklistName: 'Domestic abuse risk checklist',
    assessedOn: '2026-11-01',
    answers: [{ questionKey: 'fear', question: 'Are you frightened?', answerKey: 'yes', answer: 'Yes', weight: 3 }],
    score: 3,
    level: 'standard',
    maracRecommended: false,
    thresholds: { medium: 10, high: 20, marac: 20 },
    notes: null,
    assessedBy: 'Amara Hughes',
    createdAt: '2026-11-01T10:00:00Z',
    hiddenFromHer: null,
    ...overrides,
  };
}

const CHECKLISTS: RiskChecklistView[] = [
  {
    key: 'beside_domestic_abuse',
    name: 'Domestic abuse risk checklist',
    currentVersion: 2,
    archived: false,
    versions: [1, 2].map((version) => ({
      checklistKey: 'beside_domestic_abuse',
      version,
      name: 'Domestic abuse risk checklist',
      guidance: 'Do this with her.',
      questions: [],
      thresholds: { medium: 10, high: 20, marac: 20 },
      source: 'Written for Beside',
      shipped: version === 1,
      inUse: version === 1,
      createdAt: null,
    })),
  },
  { key: 'old', name: 'Old checklist', currentVersion: 1, archived: true, versions: [] },
];

describe('JourneyRiskAssessmentsStore', () => {
  const spec = storeSpec(JourneyRiskAssessmentsStore);
  const older = assessment();
  const newer = assessment({ id: 'a2', assessedOn: '2026-12-01', createdAt: '2026-12-01T10:00:00Z', score: 22, level: 'high', maracRecommended: true });

  async function load(list: RiskAssessmentView[]): Promise<void> {
    await spec.answer(spec.sut.load('j1'), '/api/journeys/j1/risk-assessments', list);
  }

  it('should list her assessments newest first, and oldest first for the scores over time', async () => {
    await load([older, newer]);
    expect(spec.sut.assessments().map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(spec.sut.overTime().map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should offer each checklist still in use at its current version', async () => {
    await spec.answer(spec.sut.loadChecklists(), '/api/risk-checklists', CHECKLISTS);
    expect(spec.sut.currentChecklists().map((c) => [c.checklistKey, c.version])).toEqual([['beside_domestic_abuse', 2]]);
  });

  it('should record an assessment with the Idempotency-Key and put it first', async () => {
    await load([older]);
    const request = { checklistKey: 'beside_domestic_abuse', assessedOn: '2026-12-01', answers: { fear: 'yes' }, notes: null };
    const creating = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/risk-assessments');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(newer, { status: 201, statusText: 'Created' });
    expect((await creating).ok).toBe(true);
    expect(spec.sut.assessments().map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('should name each unanswered required question when the API refuses the assessment', async () => {
    await load([]);
    const message = "answers: these required questions are not answered: 'Are you frightened of the person harming you, or of what they might do?' (fear), 'Has it been happening more often, or getting worse, lately?' (escalation)";
    const result = await spec.refuse(spec.sut.create({ checklistKey: 'beside_domestic_abuse', answers: {} }), '/api/journeys/j1/risk-assessments', 400, [message]);
    expect(!result.ok && answerProblems(result.problem.messages)).toEqual({ unanswered: ['fear', 'escalation'], byQuestion: {}, general: [] });
    expect(spec.sut.assessments()).toEqual([]);
  });

  it('should keep an assessment from her portal with the reason, and show it after a review', async () => {
    await load([older]);
    const hidden = { ...older, hiddenFromHer: { reason: 'He reads her phone', by: 'Maya', at: '2026-12-01T10:00:00Z', reviewOn: '2027-03-01' } };
    const hiding = spec.sut.hide('a1', 'He reads her phone', 'key-2');
    const req = spec.backend.expectOne('/api/risk-assessments/a1/hide');
    expect(req.request.body).toEqual({ reason: 'He reads her phone' });
    req.flush(hidden);
    await hiding;
    expect(spec.sut.assessments()[0].hiddenFromHer?.reviewOn).toBe('2027-03-01');

    const reviewing = spec.sut.reviewHidden('a1', { keepHidden: false, reason: 'She has a new phone' });
    const review = spec.backend.expectOne('/api/risk-assessments/a1/hide-review');
    expect(review.request.body).toEqual({ keepHidden: false, reason: 'She has a new phone' });
    review.flush(older);
    await reviewing;
    expect(spec.sut.assessments()[0].hiddenFromHer).toBeNull();
  });

  it('should show the assessment as it is now when another manager decided first', async () => {
    await load([older]);
    const now = { ...older, hiddenFromHer: { reason: 'Not yet', by: 'Maya', at: '2026-12-01T10:00:00Z', reviewOn: '2027-03-01' } };
    const hiding = spec.sut.hide('a1', 'Not safe');
    spec.backend
      .expectOne('/api/risk-assessments/a1/hide')
      .flush({ statusCode: 409, message: 'This assessment is already kept from her: review that decision instead (hide-review).', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect((await hiding).ok).toBe(false);
    expect(spec.sut.assessments()[0].hiddenFromHer?.reason).toBe('Not yet');
  });

  it('should read one assessment afresh', async () => {
    await load([older]);
    const reading = spec.sut.read('a1');
    spec.backend.expectOne('/api/risk-assessments/a1').flush({ ...older, notes: 'She was calm.' });
    expect((await reading).ok).toBe(true);
    expect(spec.sut.assessments()[0].notes).toBe('She was calm.');
  });
});

describe('answerProblems', () => {
  it('should put an answer it does not know on its question and keep other messages', () => {
    expect(answerProblems(['answers.fear: "maybe" is not one of its answers (no, not_sure, yes)', 'assessedOn must not be in the future'])).toEqual({
      unanswered: [],
      byQuestion: { fear: '"maybe" is not one of its answers (no, not_sure, yes)' },
      general: ['assessedOn must not be in the future'],
    });
  });
});
