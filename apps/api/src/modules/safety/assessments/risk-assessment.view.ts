import type { MyRiskAssessment, RiskAssessmentView } from '@beside/shared/contracts';
import type { AssessmentRow } from './risk-assessment.repository';
import { scoreRiskAssessment } from './risk-scoring';

/** An assessment as staff read it: each question as it was asked then, with her answer; the score and level as recorded. */
export function riskAssessmentView(row: AssessmentRow): RiskAssessmentView {
  return {
    id: row.id,
    journeyId: row.journeyId,
    checklistKey: row.checklistKey,
    checklistVersion: row.checklistVersion,
    checklistName: row.checklist.name,
    assessedOn: row.assessedOn,
    answers: scoreRiskAssessment(row.checklist, row.answers).answers,
    score: row.score,
    level: row.level,
    maracRecommended: row.maracRecommended,
    thresholds: row.checklist.thresholds,
    notes: row.notes,
    assessedBy: row.assessedBy,
    createdAt: new Date(row.createdAt).toISOString(),
    hiddenFromHer:
      row.hiddenAt && row.hiddenReason && row.hideReviewOn
        ? { reason: row.hiddenReason, by: row.hiddenBy ?? 'A manager', at: new Date(row.hiddenAt).toISOString(), reviewOn: row.hideReviewOn }
        : null,
  };
}

/** Hers, in plain words: each question and her answer; no weights, keys or staff's decisions. */
export function myRiskAssessment(row: Pick<AssessmentRow, 'id' | 'checklist' | 'answers' | 'score' | 'level' | 'assessedOn' | 'notes'>): MyRiskAssessment {
  return {
    id: row.id,
    checklistName: row.checklist.name,
    assessedOn: row.assessedOn,
    level: row.level,
    score: row.score,
    answers: scoreRiskAssessment(row.checklist, row.answers).answers.map((a) => ({ question: a.question, answer: a.answer })),
    notes: row.notes,
  };
}
