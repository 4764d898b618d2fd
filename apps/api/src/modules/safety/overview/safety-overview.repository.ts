import type { EntityManager } from 'typeorm';
import type { SafetyOverview } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;
const NAME = `coalesce(su.preferred_name, su.name) AS "serviceUserName"`;
const HER = `JOIN journey j ON j.organisation_id = x.organisation_id AND j.id = x.journey_id
  JOIN service_user su ON su.organisation_id = j.organisation_id AND su.id = j.service_user_id`;
/** How many of each list the overview shows; the counts cover them all. */
const SHOWN = 20;

/** Journeys still open whose latest risk assessment is high. `$1` today (London). */
export async function highRisk(em: EntityManager): Promise<SafetyOverview['highRisk']> {
  const latest = `
    FROM (SELECT DISTINCT ON (ra.organisation_id, ra.journey_id) ra.* FROM risk_assessment ra
          ORDER BY ra.organisation_id, ra.journey_id, ra.assessed_on DESC, ra.created_at DESC) x
    ${HER}
    WHERE x.level = 'high' AND j.status <> 'closed'`;
  const count = await selectRow<{ n: number }>(em, `SELECT count(*)::int AS n ${latest}`);
  const women = await selectRows<SafetyOverview['highRisk']['women'][number]>(
    em,
    `SELECT x.journey_id AS "journeyId", ${NAME}, ${day('x.assessed_on', 'assessedOn')}, x.score ${latest} ORDER BY x.score DESC, x.assessed_on DESC LIMIT ${SHOWN}`,
  );
  return { count: count?.n ?? 0, women };
}

/** Sent and not yet acknowledged, or acknowledged and waiting for the agency's outcome. */
export async function referralsAwaiting(em: EntityManager): Promise<SafetyOverview['referralsAwaiting']> {
  const counts = await selectRow<{ acknowledgement: number; outcome: number }>(
    em,
    `SELECT (count(*) FILTER (WHERE status = 'sent'))::int AS acknowledgement, (count(*) FILTER (WHERE status = 'acknowledged'))::int AS outcome
     FROM multi_agency_referral WHERE status IN ('sent', 'acknowledged')`,
  );
  const referrals = await selectRows<SafetyOverview['referralsAwaiting']['referrals'][number]>(
    em,
    `SELECT x.id, x.journey_id AS "journeyId", ${NAME}, x.agency_name AS "agencyName", x.status, ${day('x.sent_on', 'sentOn')}, ${day('x.next_meeting_on', 'nextMeetingOn')}
     FROM multi_agency_referral x ${HER}
     WHERE x.status IN ('sent', 'acknowledged') ORDER BY x.sent_on, x.id LIMIT ${SHOWN}`,
  );
  return { acknowledgement: counts?.acknowledgement ?? 0, outcome: counts?.outcome ?? 0, referrals };
}

/** Actions for the organisation not done and due within a week or overdue; `$1` today. */
export function actionsDue(em: EntityManager, today: string): Promise<SafetyOverview['actionsDue']> {
  return selectRows(
    em,
    `SELECT a.id, a.referral_id AS "referralId", r.journey_id AS "journeyId", a.description, u.display_name AS "ownerName",
            ${day('a.due_on', 'dueOn')}, a.due_on < $1::date AS overdue
     FROM referral_action a
     JOIN multi_agency_referral r ON r.organisation_id = a.organisation_id AND r.id = a.referral_id
     JOIN user_account u ON u.organisation_id = a.organisation_id AND u.id = a.owner_id
     WHERE a.done_on IS NULL AND a.due_on <= $1::date + 7 AND r.status <> 'closed'
     ORDER BY a.due_on, a.id LIMIT ${SHOWN}`,
    [today],
  );
}

export function meetingsSoon(em: EntityManager, today: string): Promise<SafetyOverview['meetingsSoon']> {
  return selectRows(
    em,
    `SELECT id AS "referralId", journey_id AS "journeyId", agency_name AS "agencyName", ${day('next_meeting_on', 'nextMeetingOn')}
     FROM multi_agency_referral
     WHERE status NOT IN ('draft', 'closed') AND next_meeting_on BETWEEN $1::date AND $1::date + 14
     ORDER BY next_meeting_on, id LIMIT ${SHOWN}`,
    [today],
  );
}

export function safetyPlansPastReview(em: EntityManager, today: string): Promise<SafetyOverview['safetyPlansPastReview']> {
  return selectRows(
    em,
    `SELECT x.journey_id AS "journeyId", ${NAME}, ${day('x.review_on', 'reviewOn')}
     FROM safety_plan x ${HER}
     WHERE x.review_on < $1::date AND j.status <> 'closed' ORDER BY x.review_on, x.id LIMIT ${SHOWN}`,
    [today],
  );
}

export function sharingAwaitingReview(em: EntityManager): Promise<SafetyOverview['sharingAwaitingReview']> {
  return selectRows(
    em,
    `SELECT x.id, x.journey_id AS "journeyId", ${NAME}, x.shared_with AS "sharedWith", ${day('x.shared_on', 'sharedOn')}
     FROM sharing_decision x ${HER}
     WHERE NOT x.with_consent AND x.reviewed_at IS NULL ORDER BY x.created_at, x.id LIMIT ${SHOWN}`,
  );
}

export function hiddenAssessmentsToReview(em: EntityManager, today: string): Promise<SafetyOverview['hiddenAssessmentsToReview']> {
  return selectRows(
    em,
    `SELECT x.id, x.journey_id AS "journeyId", ${NAME}, ${day('x.hide_review_on', 'reviewOn')}
     FROM risk_assessment x ${HER}
     WHERE x.hidden_at IS NOT NULL AND x.hide_review_on <= $1::date ORDER BY x.hide_review_on, x.id LIMIT ${SHOWN}`,
    [today],
  );
}
