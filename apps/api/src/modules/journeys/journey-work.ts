import { Injectable } from '@nestjs/common';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { keysetPage, pageRequest, type KeysetRow } from '../../common/keyset-page';
import { AuditedWork, type AuditEntry, type AuditNow } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess, type JourneyInScope } from './journey.access';
import { JourneyRecordAccess, type JourneyRecord } from './journey-record.access';

/** Work on a journey, handed its transaction, the journey as the actor may reach it, and the audit of the work. */
export type JourneyTask<T> = (em: EntityManager, journey: JourneyInScope, audit: AuditNow) => Promise<T>;

/** The audit event of a page of a journey's records of one kind: `<kind>.list`, naming each record on it. */
export function journeyListed(entityType: string): (journey: JourneyInScope, rows: { id: string }[]) => AuditEntry {
  return (journey, rows) => ({ action: `${entityType}.list`, entityType, subjectId: journey.serviceUserId, detail: { journeyId: journey.id, count: rows.length, ids: rows.map((r) => r.id) } });
}

/**
 * How work on one journey is done: in one unit of work as the actor, the record-level access check first
 * (a journey out of reach answers as one that does not exist), and its audit events in the same transaction.
 */
@Injectable()
export class JourneyWork {
  constructor(
    private readonly work: AuditedWork,
    private readonly journeys: JourneyAccess,
    private readonly records: JourneyRecordAccess,
  ) {}

  /** `task` whose journey is found along the way (its access check is the task's own). */
  run<T>(actor: Actor, origin: RequestOrigin, task: (em: EntityManager, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, task);
  }

  /** `task` on the journey, once the actor may reach it. */
  onJourney<T>(actor: Actor, origin: RequestOrigin, journeyId: string, task: JourneyTask<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => task(em, await this.journeys.require(em, actor, journeyId), audit));
  }

  /** A page of the journey's records: `read` fetches limit + 1 after the cursor, `entry` is the audit event naming those on the page. */
  page<Row extends KeysetRow>(
    actor: Actor,
    origin: RequestOrigin,
    journeyId: string,
    query: { limit?: number; cursor?: string },
    read: (em: EntityManager, after: (string | number)[] | null, limit: number) => Promise<Row[]>,
    entry: (journey: JourneyInScope, rows: { id: string }[]) => AuditEntry,
  ): Promise<Page<Omit<Row, 'cursor_at'>>> {
    const { limit, after } = pageRequest(query);
    return this.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const { rows, page } = keysetPage(await read(em, after, limit + 1), limit);
      await audit(entry(journey, rows));
      return page;
    });
  }

  /** `task` on a record addressed by its own id (a goal, a note…): in reach exactly when its journey is. */
  onRecord<T>(actor: Actor, origin: RequestOrigin, record: JourneyRecord, id: string, task: JourneyTask<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => task(em, await this.records.require(em, actor, record, id), audit));
  }
}
