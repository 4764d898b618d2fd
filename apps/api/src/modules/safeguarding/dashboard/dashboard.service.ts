import { Injectable } from '@nestjs/common';
import type { Dashboard } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { findCaseloadSizes } from '../allocation/caseload-sizes.query';
import { CONCERN_FROM, CONCERN_SUMMARY_COLUMNS, ConcernRow, toConcernSummary } from '../concerns/concern.repository';
import { accompanimentsByMonth, appointmentFigures, countUnreviewedBreakGlass, goalsAchieved, openConcernsByAge, selfAdvocacyTrend } from './dashboard.queries';

/** The manager's view of the whole organisation: every figure computed in SQL, in one transaction (one snapshot). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  get(actor: Actor, origin: RequestOrigin): Promise<Dashboard> {
    return this.uow.run(identityContext(actor), async (em) => {
      const now = this.clock.now();
      const overdue: ConcernRow[] = await em.query(
        `SELECT ${CONCERN_SUMMARY_COLUMNS} ${CONCERN_FROM}
         WHERE c.status = 'raised' AND c.triage_due_at <= $1 ORDER BY c.triage_due_at, c.id LIMIT 10`,
        [now],
      );
      const [{ n: overdueCount }]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM concern WHERE status = 'raised' AND triage_due_at <= $1`,
        [now],
      );
      const appointments = await appointmentFigures(em, now);
      const months = await accompanimentsByMonth(em, now);
      const dashboard: Dashboard = {
        generatedAt: now.toISOString(),
        openConcernsBySeverity: await openConcernsByAge(em, now),
        overdueTriage: { count: overdueCount, concerns: overdue.map(toConcernSummary) },
        breakGlassAwaitingReview: await countUnreviewedBreakGlass(em),
        caseloads: await findCaseloadSizes(em, now),
        appointmentsThisWeek: appointments.thisWeek,
        attendance: {
          attended: appointments.attended,
          missed: appointments.missed,
          rate: appointments.attended + appointments.missed ? appointments.attended / (appointments.attended + appointments.missed) : null,
        },
        accompanimentsBySupportLevel: months,
        selfAdvocacyTrend: selfAdvocacyTrend(months),
        goalsAchieved: await goalsAchieved(em, now),
      };
      await this.audit.append(em, actor, origin, [
        { action: 'dashboard.read', entityType: 'dashboard', detail: { overdueConcernIds: dashboard.overdueTriage.concerns.map((c) => c.id) } },
      ]);
      return dashboard;
    });
  }
}
