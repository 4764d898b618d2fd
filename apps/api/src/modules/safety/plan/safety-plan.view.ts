import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSectionKey, type SafetyPlanView } from '@beside/shared/contracts';
import { findPlan, findSections } from './safety-plan.repository';

const iso = (at: Date | string) => new Date(at).toISOString();

/** The section a route names, or a 400 naming the sections there are. */
export function sectionKey(key: string): SafetyPlanSectionKey {
  if ((SAFETY_PLAN_SECTIONS as readonly string[]).includes(key)) return key as SafetyPlanSectionKey;
  throw new BadRequestException([`key must be one of: ${SAFETY_PLAN_SECTIONS.join(', ')}`]);
}

/** Her plan on the journey: every section in order (empty ones with a null body, version 0), the review date and whether it has passed. */
export async function safetyPlanView(em: EntityManager, journeyId: string, today: string): Promise<SafetyPlanView> {
  const plan = await findPlan(em, journeyId);
  const rows = plan ? await findSections(em, journeyId) : [];
  const sections = SAFETY_PLAN_SECTIONS.map((key) => {
    const row = rows.find((r) => r.key === key);
    if (!row) return { key, id: null, body: null, byHer: false, updatedAt: null, updatedBy: null, version: 0 };
    return { key, id: row.id, body: row.body, byHer: row.byHer, updatedAt: iso(row.updatedAt), updatedBy: row.byHer ? null : row.updatedByName, version: row.version };
  });
  const times = [plan?.updatedAt, ...rows.map((r) => r.updatedAt)].filter((t): t is Date | string => !!t).map(iso).sort();
  return {
    journeyId,
    sections,
    reviewOn: plan?.reviewOn ?? null,
    reviewDue: !!plan?.reviewOn && plan.reviewOn < today,
    updatedAt: times.length ? times[times.length - 1] : null,
    version: plan?.version ?? 0,
  };
}
