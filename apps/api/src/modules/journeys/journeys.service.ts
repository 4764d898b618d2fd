import { BadRequestException, ConflictException, HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import type { Page } from '@beside/shared/util';
import type { Actor, RequestOrigin } from '../authz';
import { AuditWriter, listEvents } from '../audit';
import { UnitOfWork } from '../../database/unit-of-work';
import { cutPage, pageRequest } from '../../common/keyset-page';
import { containsPattern } from '../../database/contains-pattern';
import { CaseloadQueryDto } from './dto/journey-query.dto';
import { JOURNEY_NOT_FOUND, JourneyAccess } from './journey.access';
import { BREAK_GLASS_DAILY_LIMIT, BREAK_GLASS_HOURS, BREAK_GLASS_WRITE_CATEGORIES } from '@beside/shared/contracts';
import type { BreakGlassRequest, CaseloadEntry, EmergencyAccess } from '@beside/shared/contracts';
import { notifyManagers } from '../notifications';
import type { JourneySummary } from './journey.views';
import { findCaseload } from './caseload.repository';
import { findJourney } from './journey.repository';
import { existing } from '../../common/existing';
import {
  countGrantsInLastDay,
  findGrantsForReview,
  grantExists,
  type GrantForReview,
  hasLiveGrant,
  insertGrant,
  lockBreakGlassFor,
  markGrantReviewed,
} from './break-glass.repository';

@Injectable()
export class JourneysService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: JourneyAccess,
    private readonly audit: AuditWriter,
  ) {}

  /** An advocate's own caseload; a manager's is the whole organisation. Search, filter and sort run in SQL. */
  async caseload(actor: Actor, query: CaseloadQueryDto, origin: RequestOrigin): Promise<Page<CaseloadEntry>> {
    const { limit, after } = pageRequest(query);
    return this.uow.runAs(actor, async (em) => {
      const rows = await findCaseload(em, query.sort ?? 'referral', {
        role: actor.role,
        userId: actor.userId,
        status: query.status ?? null,
        namePattern: containsPattern(query.q),
        after,
        limit: limit + 1,
        advocateId: query.advocateId ?? null,
      });
      const { page, nextCursor } = cutPage(rows, limit, (r) => r.sort_key);
      await this.audit.append(em, actor, origin, [
        { action: 'journey.list', entityType: 'journey', detail: { count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ sort_key: _s, ...item }) => item), nextCursor };
    });
  }

  async read(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<JourneySummary> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.access.require(em, actor, journeyId);
      const row = existing(await findJourney(em, journeyId), 'journey');
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { access: scope.access } },
      ]);
      return { ...row, access: scope.access, emergencyAccess: scope.emergencyAccess ?? null };
    });
  }

  /**
   * Break the glass: hours of access to a journey in her organisation that is not hers, with a
   * kind of reason and a reason, audited, and told to managers at once. Capped per person per day;
   * read-only unless the kind of reason needs changes. The cap is checked before the journey is
   * looked up, so a missing journey and one she may not open cannot be told apart by it.
   */
  async breakGlass(actor: Actor, journeyId: string, request: BreakGlassRequest, origin: RequestOrigin): Promise<EmergencyAccess> {
    return this.uow.runAs(actor, async (em) => {
      // One grant at a time per person, so parallel requests cannot pass the cap together.
      await lockBreakGlassFor(em, actor.userId);
      if ((await countGrantsInLastDay(em, actor.userId)) >= BREAK_GLASS_DAILY_LIMIT) {
        throw new HttpException(
          `You have used emergency access ${BREAK_GLASS_DAILY_LIMIT} times in the last 24 hours, the most allowed. Ask a manager to open this journey for you or to add you to it.`,
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
      const journey = await this.access.existsInOrganisation(em, journeyId);
      if (!journey) throw new NotFoundException(JOURNEY_NOT_FOUND);
      if (await hasLiveGrant(em, journeyId, actor.userId)) throw new ConflictException('You already have emergency access to this journey.');
      const allowsWrite = BREAK_GLASS_WRITE_CATEGORIES.includes(request.reasonCategory);
      const grant = await insertGrant(em, {
        organisationId: actor.organisationId,
        journeyId,
        userId: actor.userId,
        reasonCategory: request.reasonCategory,
        reason: request.reason,
        allowsWrite,
        hours: BREAK_GLASS_HOURS,
      });
      await notifyManagers(em, actor.organisationId, [actor.userId], {
        kind: 'journey.break_glass',
        text: `${actor.displayName} used emergency access to open a journey outside their caseload. Please review it.`,
        link: '/audit',
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'journey.break_glass',
          entityType: 'journey',
          entityId: journeyId,
          subjectId: journey.serviceUserId,
          reason: request.reason,
          detail: { grantId: grant.id, reasonCategory: request.reasonCategory, allowsWrite },
        },
      ]);
      return { expiresAt: new Date(grant.expiresAt).toISOString(), reasonCategory: request.reasonCategory, allowsWrite };
    });
  }

  async breakGlassForReview(actor: Actor, origin: RequestOrigin, includeReviewed: boolean): Promise<GrantForReview[]> {
    return this.uow.runAs(actor, async (em) => {
      const rows = await findGrantsForReview(em, includeReviewed);
      // The review names each woman whose journey was opened: one event per woman, naming her (issue 14.11).
      await this.audit.append(
        em,
        actor,
        origin,
        listEvents({ action: 'break_glass.list', entityType: 'break_glass_access', detail: {} }, rows.map((r) => ({ id: r.id, subjectId: r.serviceUserId }))),
      );
      return rows;
    });
  }

  async reviewBreakGlass(actor: Actor, grantId: string, comment: string, origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      const reviewed = await markGrantReviewed(em, grantId, actor.userId, comment.trim());
      if (!reviewed) {
        if (await grantExists(em, grantId)) throw new BadRequestException('This access has already been reviewed.');
        throw new NotFoundException('Break-the-glass access not found');
      }
      await this.audit.append(em, actor, origin, [
        { action: 'break_glass.reviewed', entityType: 'break_glass_access', entityId: grantId, detail: { journeyId: reviewed.journeyId } },
      ]);
    });
  }
}
