// Risk checklists and assessments, as the rest of safety uses them: her latest assessment (a referral form is filled
// from it, never typed twice), the scoring rules, and the checklist shipped with Beside.
export { latestRiskAssessment } from './latest-risk-assessment';
export { answerProblems, riskLevel, scoreRiskAssessment, type RiskScore } from './risk-scoring';
export { checklistProblems } from './checklists/checklist-rules';
export { SHIPPED_CHECKLIST, SHIPPED_CHECKLIST_KEY } from './checklists/shipped-checklist';
export { riskAssessmentView } from './risk-assessment.view';
