import type { ChallengeView } from '@beside/shared/contracts';
import type { ChallengeRow, StageRow } from './challenge.repository';
import { daysLeft } from './deadlines/challenge-deadline';

/** A challenge as staff read it: its stages named from its type as it was when opened, and what lies ahead. */
export function challengeView(row: ChallengeRow, stages: StageRow[], now: Date): ChallengeView {
  const type = row.typeDefinition;
  const definition = (key: string) => type.stages.find((s) => s.key === key);
  const current = row.status === 'open' ? stages.find((s) => !s.endedOn) : undefined;
  const lastPosition = stages.length ? stages[stages.length - 1].position : 0;
  const currentName = current ? (definition(current.key)?.name ?? current.key) : null;
  return {
    id: row.id,
    journeyId: row.journeyId,
    typeKey: row.typeKey,
    typeName: type.name,
    bodyChallenged: row.bodyChallenged,
    herWords: row.herWords,
    eventOn: row.eventOn,
    awareOn: row.awareOn,
    region: row.region,
    status: row.status,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    closedOn: row.closedOn,
    stages: stages.map((s) => ({
      id: s.id,
      key: s.key,
      name: definition(s.key)?.name ?? s.key,
      startedOn: s.startedOn,
      deadlineOn: s.deadlineOn,
      limitSource: definition(s.key)?.limit?.source ?? null,
      endedOn: s.endedOn,
      supportLevel: s.supportLevel,
      note: s.note,
    })),
    stagesAhead: row.status === 'open' ? type.stages.slice(lastPosition).map((s) => ({ key: s.key, name: s.name, limit: s.limit })) : [],
    nextDeadline: current?.deadlineOn && currentName ? { on: current.deadlineOn, stageName: currentName, daysLeft: daysLeft(current.deadlineOn, now) } : null,
    version: row.version,
  };
}
