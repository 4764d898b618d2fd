import type { EntityManager } from 'typeorm';
import type { ChallengeDeadlineView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { countDeadlines, findDeadlines } from '../challenge.repository';
import { addCalendarDays, daysLeft } from './challenge-deadline';

/** A deadline this close is near: on the dashboard, the caseload and the journey page. */
export const NEAR_DAYS = 14;

/**
 * Open challenges whose next deadline is within `withinDays` of London's today, or missed, soonest first: the whole
 * organisation (a manager, the dashboard) or one advocate's journeys.
 */
export async function challengeDeadlineViews(em: EntityManager, now: Date, withinDays: number, advocateId: string | null): Promise<ChallengeDeadlineView[]> {
  const rows = await findDeadlines(em, addCalendarDays(londonToday(now), withinDays), advocateId);
  return rows.map((r) => ({
    challengeId: r.challengeId,
    journeyId: r.journeyId,
    serviceUserName: r.serviceUserName,
    typeName: r.typeDefinition.name,
    stageName: r.typeDefinition.stages.find((s) => s.key === r.stageKey)?.name ?? r.stageKey,
    deadlineOn: r.deadlineOn,
    daysLeft: daysLeft(r.deadlineOn, now),
  }));
}

/** The managers' dashboard: how many deadlines are missed and near (14 days), and the ten soonest. */
export async function challengeDeadlinesAtGlance(em: EntityManager, now: Date): Promise<{ missed: number; near: number; soonest: ChallengeDeadlineView[] }> {
  const today = londonToday(now);
  const counts = await countDeadlines(em, today, addCalendarDays(today, NEAR_DAYS));
  const soonest = (await challengeDeadlineViews(em, now, NEAR_DAYS, null)).slice(0, 10);
  return { ...counts, soonest };
}
