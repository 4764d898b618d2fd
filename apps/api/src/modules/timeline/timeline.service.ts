import { Injectable } from '@nestjs/common';
import type { TimelineEntry, TrendPoint } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { JourneyAccess } from '../journeys/journey-access';
import { PageQueryDto } from '../plans/dto/plan.dto';
import { visibleTo } from '../safeguarding/concerns/concern-visibility';

/**
 * Everything that happened on a journey, as one list ordered by (at, id). Each branch reads
 * one table through its journey index; the page is cut in SQL, so nothing is loaded whole.
 * Concerns appear only as the register would show them to the reader.
 */
const timelineSql = (actor: Actor) => `
  SELECT t.kind, t.id, t.at, t.at::text AS cursor_at, t.detail FROM (
    SELECT 'referral' AS kind, j.id, (j.referral_date::timestamp AT TIME ZONE 'Europe/London') AS at,
           jsonb_build_object('source', j.referral_source, 'reason', j.referral_reason) AS detail
    FROM journey j WHERE j.id = $1
    UNION ALL
    SELECT 'status_change', c.id, c.changed_at, jsonb_build_object('from', c.from_status, 'to', c.to_status, 'reason', c.reason)
    FROM journey_status_change c WHERE c.journey_id = $1
    UNION ALL
    SELECT 'appointment', a.id, a.starts_at,
           jsonb_build_object('professionalRole', a.professional_role, 'professionalOrganisation', a.professional_organisation,
                              'status', a.status, 'endsAt', a.ends_at, 'purpose', a.purpose)
    FROM appointment a WHERE a.journey_id = $1
    UNION ALL
    SELECT 'accompaniment', ac.id, a.starts_at,
           jsonb_build_object('appointmentId', a.id, 'supportLevel', ac.support_level, 'timeSpentMinutes', ac.time_spent_minutes)
    FROM accompaniment ac JOIN appointment a ON a.id = ac.appointment_id WHERE ac.journey_id = $1
    UNION ALL
    SELECT 'goal', g.id, g.created_at, jsonb_build_object('words', g.words, 'category', g.category, 'status', g.status)
    FROM goal g WHERE g.journey_id = $1
    UNION ALL
    SELECT 'step_done', s.id, s.done_at, jsonb_build_object('goalId', s.goal_id, 'description', s.description, 'owner', s.owner)
    FROM step s WHERE s.journey_id = $1 AND s.done_at IS NOT NULL
    UNION ALL
    SELECT 'check_in', c.id, c.recorded_at, jsonb_build_object('confidence', c.confidence, 'words', c.words)
    FROM check_in c WHERE c.journey_id = $1
    UNION ALL
    SELECT 'note', n.id, n.created_at, jsonb_build_object('visibility', n.visibility, 'body', n.body)
    FROM note n WHERE n.journey_id = $1
    UNION ALL
    SELECT 'concern', c.id, c.raised_at,
           jsonb_build_object('reference', c.reference, 'category', c.category, 'severity', c.severity, 'status', c.status)
    FROM concern c WHERE c.journey_id = $1 AND ${visibleTo(actor, 5)}
  ) t
  WHERE ($2::timestamptz IS NULL OR (t.at, t.id) > ($2::timestamptz, $3::uuid))
  ORDER BY t.at, t.id
  LIMIT $4`;

@Injectable()
export class TimelineService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
  ) {}

  async timeline(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<TimelineEntry>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: (TimelineEntry & { cursor_at: string })[] = await em.query(timelineSql(actor), [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit + 1, actor.userId]);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { view: 'timeline', count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...e }) => e), nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
    });
  }

  /** The road to self-advocacy: the support level of each attended appointment, in time order. */
  async trend(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<TrendPoint[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const points: TrendPoint[] = await em.query(
        `SELECT a.id AS "appointmentId", a.starts_at AS "startsAt", a.professional_role AS "professionalRole", ac.support_level AS "supportLevel"
         FROM appointment a JOIN accompaniment ac ON ac.appointment_id = a.id
         WHERE a.journey_id = $1 AND a.status = 'attended'
         ORDER BY a.starts_at, a.id LIMIT 1000`,
        [journeyId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { view: 'trend', count: points.length } },
      ]);
      return points;
    });
  }
}
