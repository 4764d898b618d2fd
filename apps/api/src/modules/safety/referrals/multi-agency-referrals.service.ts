import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { staleVersion } from '../../../database/versioned-update';
import type { AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import type { JourneyInScope } from '../../journeys';
import { latestRiskAssessment } from '../assessments';
import { AgencyCatalogue } from './agencies/agency-catalogue';
import type { CreateMultiAgencyReferralDto, UpdateMultiAgencyReferralDto } from './dto/multi-agency-referral.dto';
import { findJourneyDates, findJourneyReferrals, findReferral, insertReferral, replaceReferralConcerns, updateReferral, type ReferralRow } from './multi-agency-referral.repository';
import { requireJourneyConcerns } from './referral-concerns';
import { prefilledForm } from './referral-form';
import { keptFromHer } from './kept-from-her';
import { CLOSED_REFERRAL } from './referral-status';
import { referralViews, requireReferralView } from './referral-views';
import { SafetyRecordWork } from './safety-record-work';

export type ReferralTask<T> = (em: EntityManager, journey: JourneyInScope, row: ReferralRow, audit: AuditNow) => Promise<T>;

const DRAFT_WORDS = ['sentTo', 'reason', 'herViews', 'othersAtRisk'] as const;

/** Multi-agency referrals on her journey: a draft whose form is filled from her latest risk assessment, then its words. */
@Injectable()
export class MultiAgencyReferralsService {
  constructor(
    private readonly work: SafetyRecordWork,
    private readonly agencies: AgencyCatalogue,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<MultiAgencyReferralView[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const rows = await findJourneyReferrals(em, journeyId);
      await audit({
        action: 'multi_agency_referral.list',
        entityType: 'multi_agency_referral',
        subjectId: journey.serviceUserId,
        detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id), ...keptFromHer(rows.some((r) => r.heldBackFromHer)) },
      });
      return referralViews(em, rows, this.today());
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.work.onRecord(actor, origin, 'multi_agency_referral', id, async (em, journey, audit) => {
      const row = await findReferral(em, id);
      await audit({ action: 'multi_agency_referral.read', entityType: 'multi_agency_referral', entityId: id, subjectId: journey.serviceUserId, detail: keptFromHer(!!row?.heldBackFromHer) });
      return requireReferralView(em, id, this.today());
    });
  }

  create(actor: Actor, journeyId: string, body: CreateMultiAgencyReferralDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      if ((await findJourneyDates(em, journeyId))?.status === 'closed') throw new ConflictException('This journey is closed: reopen it before starting a referral.');
      const agency = await this.agencies.forNewReferral(em, body.agencyKey);
      const concernIds = await requireJourneyConcerns(em, actor, journeyId, body.concernIds);
      const form = prefilledForm(await latestRiskAssessment(em, journeyId), { reason: body.reason, herViews: body.herViews ?? null, othersAtRisk: body.othersAtRisk ?? null });
      const id = await insertReferral(em, {
        organisationId: actor.organisationId,
        journeyId,
        agencyKey: agency.key,
        agencyName: agency.name,
        outcomeStatus: agency.outcomeStatus,
        sentTo: body.sentTo,
        form,
        userId: actor.userId,
      });
      await replaceReferralConcerns(em, actor.organisationId, id, concernIds);
      await audit({
        action: 'multi_agency_referral.created',
        entityType: 'multi_agency_referral',
        entityId: id,
        subjectId: journey.serviceUserId,
        // A new draft has no sharing decision yet: like every referral without one she is shown, it stays out of her access log.
        detail: { journeyId, agency: agency.key, riskAssessmentId: form.riskAssessmentId, concernIds, ...keptFromHer(true) },
      });
      return requireReferralView(em, id, this.today());
    });
  }

  /** A draft's words; the reference, the next meeting and linked concerns until it is closed. */
  update(actor: Actor, id: string, body: UpdateMultiAgencyReferralDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.onOpenReferral(actor, id, body.version, origin, async (em, journey, row, audit) => {
      const words = DRAFT_WORDS.filter((field) => body[field] !== undefined);
      if (words.length && row.status !== 'draft') {
        throw new ConflictException({ message: `This referral has been sent: its words (${words.join(', ')}) can no longer change.`, current: await this.view(em, id) });
      }
      const concernIds = body.concernIds === undefined ? undefined : await requireJourneyConcerns(em, actor, row.journeyId, body.concernIds);
      const changes: Record<string, unknown> = {};
      if (body.sentTo !== undefined) changes['sent_to'] = body.sentTo;
      if (body.reference !== undefined) changes['reference'] = body.reference;
      if (body.nextMeetingOn !== undefined) changes['next_meeting_on'] = body.nextMeetingOn;
      if (words.some((w) => w !== 'sentTo')) {
        const { reason, herViews, othersAtRisk } = body;
        changes['form'] = { ...row.form, ...(reason !== undefined && { reason }), ...(herViews !== undefined && { herViews }), ...(othersAtRisk !== undefined && { othersAtRisk }) };
      }
      if (!(await updateReferral(em, id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, id));
      if (concernIds) await replaceReferralConcerns(em, actor.organisationId, id, concernIds);
      const fields = Object.keys(body).filter((k) => k !== 'version' && body[k as keyof UpdateMultiAgencyReferralDto] !== undefined);
      await audit({ action: 'multi_agency_referral.updated', entityType: 'multi_agency_referral', entityId: id, subjectId: journey.serviceUserId, detail: { fields, ...(concernIds && { concernIds }), ...keptFromHer(row.heldBackFromHer) } });
      return this.view(em, id);
    });
  }

  /** `task` on a referral not yet closed, at the version the caller saw (409 with the current one otherwise). */
  onOpenReferral<T>(actor: Actor, id: string, version: number, origin: RequestOrigin, task: ReferralTask<T>): Promise<T> {
    return this.work.onRecord(actor, origin, 'multi_agency_referral', id, async (em, journey, audit) => {
      const row = await findReferral(em, id);
      if (!row) throw new ConflictException('This referral is gone.');
      if (row.status === 'closed') throw new ConflictException({ message: CLOSED_REFERRAL, current: await this.view(em, id) });
      if (row.version !== version) throw staleVersion(await this.view(em, id));
      return task(em, journey, row, audit);
    });
  }

  view(em: EntityManager, id: string): Promise<MultiAgencyReferralView> {
    return requireReferralView(em, id, this.today());
  }

  today(): string {
    return londonToday(this.clock.now());
  }
}
