import { changedRows } from '../../database/changed-rows';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Page } from '@beside/shared/util';
import type { Actor, RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { UnitOfWork } from '../../database/unit-of-work';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { identityContext } from '../identity/identity-context';
import { CaseloadQueryDto } from './dto/journey-query.dto';
import { JOURNEY_NOT_FOUND, JourneyAccess } from './journey-access';
import type { CaseloadEntry } from '@beside/shared/contracts';
import type { JourneySummary } from './journey.views';
import { caseloadSql } from './caseload-query';
import { containsPattern } from './journey.repository';

const BREAK_GLASS_HOURS = 8;

@Injectable()
export class JourneysService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: JourneyAccess,
    private readonly audit: AuditWriter,
  ) {}

  /** An advocate's own caseload; a manager's is the whole organisation. Search, filter and sort run in SQL. */
  async caseload(actor: Actor, query: CaseloadQueryDto, origin: RequestOrigin): Promise<Page<CaseloadEntry>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const rows: (CaseloadEntry & { sort_key: string })[] = await em.query(caseloadSql(query.sort ?? 'referral'), [
        actor.role,
        actor.userId,
        query.status ?? null,
        containsPattern(query.q),
        after ? String(after[0]) : null,
        after?.[1] ?? null,
        limit + 1,
        query.advocateId ?? null,
      ]);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'journey.list', entityType: 'journey', detail: { count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return {
        items: page.map(({ sort_key: _s, ...item }) => item),
        nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.id]) : null,
      };
    });
  }

  async read(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<JourneySummary> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.access.require(em, actor, journeyId);
      const [row]: JourneySummary[] = await em.query(
        `SELECT j.id, j.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
                j.status, j.referral_source AS "referralSource", to_char(j.referral_date, 'YYYY-MM-DD') AS "referralDate",
                j.referral_reason AS "referralReason", j.primary_advocate_id AS "primaryAdvocateId",
                pa.display_name AS "primaryAdvocateName", j.secondary_advocate_id AS "secondaryAdvocateId",
                sa.display_name AS "secondaryAdvocateName", to_char(j.plan_review_date, 'YYYY-MM-DD') AS "planReviewDate",
                j.closed_at AS "closedAt", j.closure_outcome AS "closureOutcome", j.closure_reason AS "closureReason", j.version
         FROM journey j
         JOIN service_user su ON su.id = j.service_user_id
         JOIN user_account pa ON pa.id = j.primary_advocate_id
         LEFT JOIN user_account sa ON sa.id = j.secondary_advocate_id
         WHERE j.id = $1`,
        [journeyId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { access: scope.access } },
      ]);
      return { ...row, access: scope.access };
    });
  }

  /** Break the glass: 8 hours of access to a journey in her organisation that is not hers, with a reason, audited. */
  async breakGlass(actor: Actor, journeyId: string, reason: string, origin: RequestOrigin): Promise<{ expiresAt: string }> {
    return this.uow.run(identityContext(actor), async (em) => {
      const journey = await this.access.existsInOrganisation(em, journeyId);
      if (!journey) throw new NotFoundException(JOURNEY_NOT_FOUND);
      const [grant]: { id: string; expires_at: Date }[] = await em.query(
        `INSERT INTO break_glass_access (organisation_id, journey_id, user_id, reason, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING id, expires_at`,
        [actor.organisationId, journeyId, actor.userId, reason.trim(), BREAK_GLASS_HOURS],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'journey.break_glass', entityType: 'journey', entityId: journeyId, subjectId: journey.serviceUserId, reason: reason.trim(), detail: { grantId: grant.id } },
      ]);
      return { expiresAt: new Date(grant.expires_at).toISOString() };
    });
  }

  async breakGlassForReview(actor: Actor, origin: RequestOrigin, includeReviewed: boolean) {
    return this.uow.run(identityContext(actor), async (em) => {
      const rows: { id: string; journeyId: string; serviceUserId: string }[] = await em.query(
        `SELECT b.id, b.journey_id AS "journeyId", j.service_user_id AS "serviceUserId", b.user_id AS "userId",
                u.display_name AS "userName", b.reason, b.granted_at AS "grantedAt", b.expires_at AS "expiresAt",
                b.reviewed_at AS "reviewedAt", r.display_name AS "reviewedByName", b.review_comment AS "reviewComment"
         FROM break_glass_access b
         JOIN journey j ON j.id = b.journey_id
         JOIN user_account u ON u.id = b.user_id
         LEFT JOIN user_account r ON r.id = b.reviewed_by
         WHERE ($1 OR b.reviewed_at IS NULL)
         ORDER BY b.granted_at DESC LIMIT 500`,
        [includeReviewed],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'break_glass.list', entityType: 'break_glass_access', detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }

  async reviewBreakGlass(actor: Actor, grantId: string, comment: string, origin: RequestOrigin): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      const rows: { journey_id: string; user_id: string }[] = await changedRows(em,
        `UPDATE break_glass_access SET reviewed_at = now(), reviewed_by = $2, review_comment = $3
         WHERE id = $1 AND reviewed_at IS NULL RETURNING journey_id, user_id`,
        [grantId, actor.userId, comment.trim()],
      );
      if (!rows.length) {
        const exists: unknown[] = await em.query(`SELECT 1 FROM break_glass_access WHERE id = $1`, [grantId]);
        if (exists.length) throw new BadRequestException('This access has already been reviewed.');
        throw new NotFoundException('Break-the-glass access not found');
      }
      await this.audit.append(em, actor, origin, [
        { action: 'break_glass.reviewed', entityType: 'break_glass_access', entityId: grantId, detail: { journeyId: rows[0].journey_id } },
      ]);
    });
  }
}
