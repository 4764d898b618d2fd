import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess, journeyListed, JourneyWork, type JourneyInScope } from '../../journeys';
import { RiskChecklists } from './checklists/risk-checklists';
import type { CreateRiskAssessmentDto, HideRiskAssessmentDto, ReviewHiddenAssessmentDto } from './dto/risk-assessment.dto';
import { addDays, hiddenReviewDays } from './hidden-review';
import { findAssessment, findAssessmentJourneyId, findHiddenReviewDays, findJourneyAssessments, findJourneyDates, hideAssessment, insertAssessment, showAssessment, type AssessmentRow } from './risk-assessment.repository';
import { riskAssessmentView } from './risk-assessment.view';
import { answerProblems, scoreRiskAssessment } from './risk-scoring';

export const ASSESSMENT_NOT_FOUND = 'Risk assessment not found';
const NOT_HIDDEN = 'This assessment is not kept from her: there is no decision to review.';
const ALREADY_HIDDEN = 'This assessment is already kept from her: review that decision instead (hide-review).';

// Events about an assessment kept from her never show in "who looked at my record" (as with confidential concerns).
const keptFromHer = (row: AssessmentRow) => (row.hiddenAt ? { confidentialFromSubject: true } : {});

/** Risk assessments done with her on her journey, and a manager's decision that one is not safe to show her yet. */
@Injectable()
export class RiskAssessmentsService {
  constructor(
    private readonly work: JourneyWork,
    private readonly journeys: JourneyAccess,
    private readonly checklists: RiskChecklists,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<RiskAssessmentView[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const rows = await findJourneyAssessments(em, journeyId);
      await audit(journeyListed('risk_assessment')(journey, rows));
      return rows.map(riskAssessmentView);
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<RiskAssessmentView> {
    return this.onAssessment(actor, id, origin, async (em, journey, row, audit) => {
      await audit({ action: 'risk_assessment.read', entityType: 'risk_assessment', entityId: id, subjectId: journey.serviceUserId, detail: { ...keptFromHer(row) } });
      return riskAssessmentView(row);
    });
  }

  /** Scored on the checklist's current version, which the assessment keeps; every problem with the answers named at once. */
  create(actor: Actor, journeyId: string, body: CreateRiskAssessmentDto, origin: RequestOrigin): Promise<RiskAssessmentView> {
    const today = londonToday(this.clock.now());
    const assessedOn = body.assessedOn ?? today;
    if (assessedOn > today) throw new BadRequestException(['assessedOn must not be in the future']);
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const dates = await findJourneyDates(em, journeyId);
      if (dates?.status === 'closed') throw new ConflictException('This journey is closed: reopen it before recording a risk assessment.');
      if (dates && assessedOn < dates.referralDate) throw new BadRequestException([`assessedOn must not be before her referral (${dates.referralDate})`]);
      const checklist = await this.checklists.forNewAssessment(em, body.checklistKey);
      const problems = answerProblems(checklist.body, body.answers);
      if (problems.length) throw new BadRequestException(problems);
      const answers = Object.fromEntries(Object.entries(body.answers).filter(([, answer]) => typeof answer === 'string'));
      const scored = scoreRiskAssessment(checklist.body, answers);
      const id = await insertAssessment(em, {
        organisationId: actor.organisationId,
        journeyId,
        checklistKey: checklist.key,
        checklistVersion: checklist.version,
        checklist: checklist.body,
        answers,
        score: scored.score,
        level: scored.level,
        maracRecommended: scored.maracRecommended,
        assessedOn,
        notes: body.notes ?? null,
        userId: actor.userId,
      });
      await audit({
        action: 'risk_assessment.created',
        entityType: 'risk_assessment',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: { journeyId, checklistKey: checklist.key, checklistVersion: checklist.version, level: scored.level, maracRecommended: scored.maracRecommended },
      });
      return this.view(em, id);
    });
  }

  /** Not safe to show her now: kept from her portal with the reason, looked at again after the organisation's set time. */
  hide(actor: Actor, id: string, body: HideRiskAssessmentDto, origin: RequestOrigin): Promise<RiskAssessmentView> {
    return this.onAssessment(actor, id, origin, async (em, journey, row, audit) => {
      if (row.hiddenAt) throw new ConflictException({ message: ALREADY_HIDDEN, current: riskAssessmentView(row) });
      const reviewOn = await this.reviewOn(em);
      if (!(await hideAssessment(em, id, false, { reason: body.reason, userId: actor.userId, reviewOn }))) throw new ConflictException(ALREADY_HIDDEN);
      await audit({ action: 'risk_assessment.hidden', entityType: 'risk_assessment', entityId: id, subjectId: journey.serviceUserId, reason: body.reason, detail: { reviewOn, confidentialFromSubject: true } });
      return this.view(em, id);
    });
  }

  /** Looked at again: still kept from her (a new review date from today), or shown to her. */
  reviewHidden(actor: Actor, id: string, body: ReviewHiddenAssessmentDto, origin: RequestOrigin): Promise<RiskAssessmentView> {
    return this.onAssessment(actor, id, origin, async (em, journey, row, audit) => {
      if (!row.hiddenAt) throw new ConflictException({ message: NOT_HIDDEN, current: riskAssessmentView(row) });
      const reviewOn = body.keepHidden ? await this.reviewOn(em) : null;
      const done = reviewOn ? await hideAssessment(em, id, true, { reason: body.reason, userId: actor.userId, reviewOn }) : await showAssessment(em, id);
      if (!done) throw new ConflictException(NOT_HIDDEN);
      await audit({
        action: 'risk_assessment.hide_reviewed',
        entityType: 'risk_assessment',
        entityId: id,
        subjectId: journey.serviceUserId,
        reason: body.reason,
        detail: { keepHidden: body.keepHidden, reviewOn, confidentialFromSubject: true },
      });
      return this.view(em, id);
    });
  }

  private async reviewOn(em: EntityManager): Promise<string> {
    return addDays(londonToday(this.clock.now()), hiddenReviewDays(await findHiddenReviewDays(em)));
  }

  /** An assessment addressed by its own id: in reach exactly when its journey is; missing and out of reach are the same 404. */
  private onAssessment<T>(
    actor: Actor,
    id: string,
    origin: RequestOrigin,
    task: (em: EntityManager, journey: JourneyInScope, row: AssessmentRow, audit: AuditNow) => Promise<T>,
  ): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => {
      const journeyId = await findAssessmentJourneyId(em, id);
      if (!journeyId) throw new OutOfScopeException('risk_assessment', id, false, ASSESSMENT_NOT_FOUND);
      const journey = await this.journeys.require(em, actor, journeyId).catch((e: unknown) => {
        throw e instanceof OutOfScopeException ? new OutOfScopeException('risk_assessment', id, true, ASSESSMENT_NOT_FOUND) : e;
      });
      const row = await findAssessment(em, id);
      if (!row) throw new OutOfScopeException('risk_assessment', id, false, ASSESSMENT_NOT_FOUND);
      return task(em, journey, row, audit);
    });
  }

  private async view(em: EntityManager, id: string): Promise<RiskAssessmentView> {
    const row = await findAssessment(em, id);
    if (!row) throw new ConflictException('This assessment is gone.');
    return riskAssessmentView(row);
  }
}
