import type { EntityManager } from 'typeorm';
import { SAFETY_PLAN_SECTIONS, type MyData } from '@beside/shared/contracts';
import { selectRows } from '../../../database/sql';

interface PlanSectionRow {
  journeyId: string;
  reviewOn: string | null;
  key: MyData['safetyPlans'][number]['sections'][number]['key'] | null;
  body: string | null;
  byHer: boolean | null;
  updatedAt: Date | string | null;
}

/** Her safety plans on all her journeys, each with its written sections in the plan's order (issue 20). */
export async function findHerSafetyPlans(em: EntityManager, serviceUserId: string): Promise<MyData['safetyPlans']> {
  const rows = await selectRows<PlanSectionRow>(
    em,
    `SELECT p.journey_id AS "journeyId", to_char(p.review_on, 'YYYY-MM-DD') AS "reviewOn",
            s.section_key AS key, s.body, s.by_her AS "byHer", s.updated_at AS "updatedAt"
     FROM safety_plan p
     JOIN journey j ON j.organisation_id = p.organisation_id AND j.id = p.journey_id
     LEFT JOIN safety_plan_section s ON s.organisation_id = p.organisation_id AND s.plan_id = p.id
     WHERE j.service_user_id = $1
     ORDER BY p.created_at, p.id, array_position($2::text[], s.section_key::text)`,
    [serviceUserId, [...SAFETY_PLAN_SECTIONS]],
  );
  const plans = new Map<string, MyData['safetyPlans'][number]>();
  for (const r of rows) {
    const plan = plans.get(r.journeyId) ?? { journeyId: r.journeyId, reviewOn: r.reviewOn, sections: [] };
    plans.set(r.journeyId, plan);
    if (r.key && r.body !== null) plan.sections.push({ key: r.key, body: r.body, byHer: !!r.byHer, updatedAt: new Date(r.updatedAt ?? 0).toISOString() });
  }
  return [...plans.values()];
}
