import { Injectable } from '@nestjs/common';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { Job, type ScheduledJob } from '../jobs';
import { moveAllPools } from './consultation.repository';
import { moveFeedbackPools } from './feedback/appointment-feedback.repository';

/**
 * Moves pooled anonymous answers into the results: a consultation's only once at least five wait (or all once it
 * has closed), in random order, in a transaction of its own, stamped with the day of the move; an organisation's
 * feedback after appointments once five or more wait, stamped with the month.
 */
@Injectable()
@Job()
export class ConsultationPoolJob implements ScheduledJob {
  readonly name = 'consultation-pool';
  readonly order = 20;

  constructor(private readonly uow: UnitOfWork) {}

  async run(): Promise<Record<string, unknown>> {
    const moved = await this.uow.run(NO_CONTEXT, (em) => moveAllPools(em));
    const feedbackMoved = await this.uow.run(NO_CONTEXT, (em) => moveFeedbackPools(em));
    return { moved, feedbackMoved };
  }
}
