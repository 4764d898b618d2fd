import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import type { Actor } from '../authz';
import { JourneyAccess, JourneyInScope } from './journey.access';
import { findRecordJourneyId, type JourneyRecordTable } from './journey.repository';

/** Records that belong to one journey, and the words for "not found" of each. */
const RECORDS: Record<JourneyRecordTable, string> = {
  appointment: 'Appointment not found',
  accompaniment: 'Accompaniment not found',
  goal: 'Goal not found',
  step: 'Step not found',
  note: 'Note not found',
  challenge: 'Challenge not found',
  letter: 'Letter not found',
  document: 'Document not found',
};
export type JourneyRecord = JourneyRecordTable;

/**
 * Scope for a record addressed by its own id: it is in reach exactly when its journey is.
 * Missing and out of reach answer the same 404 (row-level security already hides other organisations).
 */
@Injectable()
export class JourneyRecordAccess {
  constructor(private readonly journeys: JourneyAccess) {}

  async require(em: EntityManager, actor: Actor, record: JourneyRecord, id: string): Promise<JourneyInScope> {
    const journeyId = await findRecordJourneyId(em, record, id);
    if (!journeyId) throw new OutOfScopeException(record, id, false, RECORDS[record]);
    try {
      return await this.journeys.require(em, actor, journeyId);
    } catch (e) {
      if (e instanceof OutOfScopeException) throw new OutOfScopeException(record, id, true, RECORDS[record]);
      throw e;
    }
  }
}
