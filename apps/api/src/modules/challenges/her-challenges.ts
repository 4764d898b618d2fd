import type { EntityManager } from 'typeorm';
import type { MyChallenge } from '@beside/shared/contracts';
import { findHerChallenges, findStages } from './challenge.repository';
import { challengeView } from './challenge.view';
import { stageWordsForHer } from './catalogue/stage-words-for-her';

/** Her challenges as she reads them: plain words from the type, her own words, dates; no staff notes. */
export async function herChallenges(em: EntityManager, serviceUserId: string, now: Date): Promise<MyChallenge[]> {
  const rows = await findHerChallenges(em, serviceUserId);
  const stages = await findStages(em, rows.map((r) => r.id));
  return rows.map((row) => {
    const view = challengeView(row, stages.filter((s) => s.challengeId === row.id), now);
    const described = (key: string) => {
      const stage = row.typeDefinition.stages.find((s) => s.key === key);
      return stage ? stageWordsForHer(row.typeDefinition.key, stage) : '';
    };
    const current = view.status === 'open' ? view.stages.find((s) => !s.endedOn) : undefined;
    return {
      id: view.id,
      typeName: view.typeName,
      bodyChallenged: view.bodyChallenged,
      herWords: view.herWords,
      status: view.status,
      outcome: view.outcome,
      now: current ? { name: current.name, description: described(current.key), since: current.startedOn } : null,
      nextDeadline: view.nextDeadline ? { on: view.nextDeadline.on, daysLeft: view.nextDeadline.daysLeft } : null,
      stagesDone: view.stages.flatMap((s) => (s.endedOn ? [{ name: s.name, startedOn: s.startedOn, endedOn: s.endedOn, supportLevel: s.supportLevel }] : [])),
      stagesAhead: view.stagesAhead.map((s) => ({ name: s.name, description: described(s.key) })),
    };
  });
}
