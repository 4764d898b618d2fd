import { Injectable } from '@nestjs/common';
import { SUPPORT_LEVELS, type Dashboard, type MonthlySupportLevels, type SelfAdvocacyPoint } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import { challengeDeadlinesAtGlance } from '../../challenges';
import { advocateFeedbackTrendFor } from '../../consultations';
import type { Actor, RequestOrigin } from '../../authz';
import { findCaseloadSizes } from '../allocation/allocation.repository';
import { countOverdueConcerns, findOverdueConcerns } from '../concerns/concern.repository';
import { accompanimentsByMonth, appointmentFigures, countUnreviewedBreakGlass, goalsAchieved, openConcernsByAge } from './dashboard.repository';

/** The road to self-advocacy, service-wide: the share of accompaniments at `prepared` or `independent`. */
function selfAdvocacyTrend(months: MonthlySupportLevels[]): SelfAdvocacyPoint[] {
  return months.map(({ month, counts }) => {
    const accompaniments = SUPPORT_LEVELS.reduce((sum, l) => sum + counts[l], 0);
    const independentOrPrepared = counts.independent + counts.prepared;
    return { month, accompaniments, independentOrPrepared, share: accompaniments ? independentOrPrepared / accompaniments : null };
  });
}


/** The manager's view of the whole organisation: every figure computed in SQL, in one transaction (one snapshot). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  get(actor: Actor, origin: RequestOrigin): Promise<Dashboard> {
    return this.uow.runAs(actor, async (em) => {
      const now = this.clock.now();
      const overdue = await findOverdueConcerns(em, now, 10);
      const overdueCount = await countOverdueConcerns(em, now);
      const appointments = await appointmentFigures(em, now);
      const months = await accompanimentsByMonth(em, now);
      const dashboard: Dashboard = {
        generatedAt: now.toISOString(),
        openConcernsBySeverity: await openConcernsByAge(em, now),
        overdueTriage: { count: overdueCount, concerns: overdue },
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
        advocateFeedbackTrend: await advocateFeedbackTrendFor(em, now),
        goalsAchieved: await goalsAchieved(em, now),
        challengeDeadlines: await challengeDeadlinesAtGlance(em, now),
      };
      await this.audit.append(em, actor, origin, [
        { action: 'dashboard.read', entityType: 'dashboard', detail: { overdueConcernIds: dashboard.overdueTriage.concerns.map((c) => c.id), challengeIds: dashboard.challengeDeadlines.soonest.map((c) => c.challengeId) } },
      ]);
      return dashboard;
    });
  }
}
