import type { EntityManager } from 'typeorm';
import { londonToday } from '@beside/shared/util';
import { DEFAULT_CHALLENGE_TYPES } from '../../modules/challenges/catalogue/default-challenge-types';
import { stageDeadline } from '../../modules/challenges/challenge-stages';
import { addCalendarDays } from '../../modules/challenges/deadlines/challenge-deadline';

export interface DemoChallenge {
  organisationId: string;
  journeyId: string;
  advocateId: string;
  typeKey: string;
  bodyChallenged: string;
  herWords: string;
  /** The decision challenged, this many days ago; the first stage began `startedDaysAgo`. */
  eventDaysAgo: number;
  startedDaysAgo: number;
}

/**
 * Issue 19: two challenges already under way, so the managers' dashboard and the caseload show deadlines near at hand
 * (Rosa's benefits reconsideration and Lena's housing review). Nia has none: opening her NHS complaint is the README's
 * walk-through.
 */
export async function seedDemoChallenges(em: EntityManager, challenges: DemoChallenge[], now = new Date()): Promise<void> {
  const today = londonToday(now);
  for (const c of challenges) {
    const type = DEFAULT_CHALLENGE_TYPES.find((t) => t.key === c.typeKey);
    if (!type) throw new Error(`no default challenge type ${c.typeKey}`);
    const eventOn = addCalendarDays(today, -c.eventDaysAgo);
    const startedOn = addCalendarDays(today, -c.startedDaysAgo);
    const deadlineOn = stageDeadline(type.stages[0].limit, startedOn, { eventOn, awareOn: null, region: 'GB-ENG' });
    const [challenge]: { id: string }[] = await em.query(
      `INSERT INTO challenge (organisation_id, journey_id, type_key, type_definition, body_challenged, her_words, event_on, next_deadline_on, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [c.organisationId, c.journeyId, type.key, JSON.stringify(type), c.bodyChallenged, c.herWords, eventOn, deadlineOn, c.advocateId],
    );
    await em.query(
      `INSERT INTO challenge_stage (organisation_id, challenge_id, position, stage_key, started_on, deadline_on, support_level) VALUES ($1, $2, 1, $3, $4, $5, 'prepared')`,
      [c.organisationId, challenge.id, type.stages[0].key, startedOn, deadlineOn],
    );
  }
}
