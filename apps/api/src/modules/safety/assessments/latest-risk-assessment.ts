import type { EntityManager } from 'typeorm';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { findLatestAssessment } from './risk-assessment.repository';
import { riskAssessmentView } from './risk-assessment.view';

/**
 * Her journey's latest risk assessment (by the day it was done with her), or null: for a referral form filled from it.
 * Inside the caller's transaction, after its own access check; the caller audits what it reads.
 */
export async function latestRiskAssessment(em: EntityManager, journeyId: string): Promise<RiskAssessmentView | null> {
  const row = await findLatestAssessment(em, journeyId);
  return row ? riskAssessmentView(row) : null;
}
