import type { MultiAgencyReferralForm, RiskAssessmentView } from '@beside/shared/contracts';

type AdvocateWords = Pick<MultiAgencyReferralForm, 'reason' | 'herViews' | 'othersAtRisk'>;
type Assessment = Pick<RiskAssessmentView, 'id' | 'assessedOn' | 'checklistName' | 'score' | 'level' | 'answers'>;

/**
 * The referral form filled from her latest risk assessment, so nothing she already answered is asked again: the
 * score, the level and each answer that carried weight, as asked and answered. Without an assessment, the advocate's
 * words alone.
 */
export function prefilledForm(assessment: Assessment | null, words: AdvocateWords): MultiAgencyReferralForm {
  if (!assessment) return { riskAssessmentId: null, assessedOn: null, checklistName: null, score: null, level: null, riskFactors: [], ...words };
  return {
    riskAssessmentId: assessment.id,
    assessedOn: assessment.assessedOn,
    checklistName: assessment.checklistName,
    score: assessment.score,
    level: assessment.level,
    riskFactors: assessment.answers.flatMap(({ question, answer, weight }) => (answer !== null && weight > 0 ? [{ question, answer }] : [])),
    ...words,
  };
}
