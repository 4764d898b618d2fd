import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JourneyRetentionView, RetentionReviewView } from '@beside/shared/contracts';
import { can } from '@beside/shared/authz';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyWork } from '../../journeys';
import { filled } from '../text';
import type { AnonymiseRecordDto, KeepRecordDto, LegalHoldDto } from './dto/retention.dto';
import { findDueJourneys, findJourneyState, placeHold, liftHold, recordApproval, recordKeep, type JourneyStateRow } from './retention.repository';
import { journeyRetentionView, refusal, reviewView } from './retention.view';

const NOT_FOUND = 'Journey not found';

/**
 * The review queue (computed live from the schedule, closures, keep decisions and holds), its decisions, and legal
 * holds. A review's id is its journey's id. Reasons are kept on the rows and never put in audit details.
 */
@Injectable()
export class RetentionReviewsService {
  constructor(
    private readonly work: JourneyWork,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, origin: RequestOrigin): Promise<RetentionReviewView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await findDueJourneys(em, this.today());
      await audit({ action: 'retention.list', entityType: 'journey', detail: { count: rows.length, ids: rows.map((r) => r.journeyId) } });
      return rows.map(reviewView);
    });
  }

  keep(actor: Actor, journeyId: string, body: KeepRecordDto, origin: RequestOrigin): Promise<RetentionReviewView> {
    const today = this.today();
    if (body.keepUntil <= today) throw new BadRequestException([`keepUntil must be after today (${today})`]);
    const reason = filled('reason', body.reason);
    return this.work.onJourney(actor, origin, journeyId, async (em, _journey, audit) => {
      const state = await this.due(em, journeyId, today);
      if (state.anonymisedAt) throw new ConflictException('This record is anonymised already.');
      await recordKeep(em, actor.organisationId, journeyId, body.keepUntil, reason, actor.userId, this.clock.now());
      await audit({ action: 'retention.kept', entityType: 'journey', entityId: journeyId, detail: { journeyId, keepUntil: body.keepUntil, approvalWithdrawn: state.approvedAt !== null } });
      return reviewView(await this.state(em, journeyId));
    });
  }

  approve(actor: Actor, journeyId: string, body: AnonymiseRecordDto, origin: RequestOrigin): Promise<RetentionReviewView> {
    const reason = body.reason?.trim() || null;
    return this.work.onJourney(actor, origin, journeyId, async (em, _journey, audit) => {
      const state = await this.due(em, journeyId, this.today());
      const refused = refusal(state);
      if (refused) throw new ConflictException(refused);
      await recordApproval(em, actor.organisationId, journeyId, reason, actor.userId, this.clock.now());
      await audit({ action: 'retention.approved', entityType: 'journey', entityId: journeyId, detail: { journeyId, dueOn: state.dueOn } });
      return reviewView(await this.state(em, journeyId));
    });
  }

  read(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<JourneyRetentionView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, _journey, audit) => {
      const state = await this.state(em, journeyId);
      await audit({ action: 'retention.read', entityType: 'journey', entityId: journeyId, detail: { journeyId } });
      return journeyRetentionView(state, can(actor.role, 'data-protection:manage'));
    });
  }

  hold(actor: Actor, journeyId: string, body: LegalHoldDto, origin: RequestOrigin): Promise<JourneyRetentionView> {
    const reason = filled('reason', body.reason);
    return this.work.onJourney(actor, origin, journeyId, async (em, _journey, audit) => {
      const state = await this.state(em, journeyId);
      if (state.anonymisedAt) throw new ConflictException('This record is anonymised already: there is nothing left to hold.');
      const id = await placeHold(em, actor.organisationId, journeyId, reason, actor.userId, this.clock.now());
      if (!id) throw new ConflictException('This journey is under a legal hold already.');
      // Never with her as its subject: a hold is confidential and never in her access log.
      await audit({ action: 'legal_hold.placed', entityType: 'legal_hold', entityId: id, detail: { journeyId, approvalWaiting: state.approvedAt !== null } });
      return journeyRetentionView(await this.state(em, journeyId), true);
    });
  }

  lift(actor: Actor, journeyId: string, body: LegalHoldDto, origin: RequestOrigin): Promise<JourneyRetentionView> {
    const reason = filled('reason', body.reason);
    return this.work.onJourney(actor, origin, journeyId, async (em, _journey, audit) => {
      const id = await liftHold(em, journeyId, reason, actor.userId, this.clock.now());
      if (!id) throw new ConflictException('This journey is not under a legal hold.');
      await audit({ action: 'legal_hold.lifted', entityType: 'legal_hold', entityId: id, detail: { journeyId } });
      return journeyRetentionView(await this.state(em, journeyId), true);
    });
  }

  private async state(em: EntityManager, journeyId: string): Promise<JourneyStateRow> {
    const state = await findJourneyState(em, journeyId);
    if (!state) throw new NotFoundException(NOT_FOUND);
    return state;
  }

  /** The journey as a review in the queue: refused (409, naming why) when it is not. */
  private async due(em: EntityManager, journeyId: string, today: string): Promise<JourneyStateRow> {
    const state = await this.state(em, journeyId);
    if (state.heldSince) throw new ConflictException('This journey is under a legal hold: nothing of it is reviewed or anonymised until the hold is lifted.');
    if (state.anonymisedAt) throw new ConflictException('This record is anonymised already.');
    if (!state.closedOn || !state.dueOn) throw new ConflictException('This journey is not closed: it is not due for review.');
    if (state.dueOn > today) throw new ConflictException(`This record is not due for review until ${state.dueOn}.`);
    return state;
  }

  private today(): string {
    return londonToday(this.clock.now());
  }
}
