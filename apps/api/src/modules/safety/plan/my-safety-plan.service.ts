import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SafetyPlanView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { staleVersion } from '../../../database/versioned-update';
import type { AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess, JourneyWork, type JourneyInScope } from '../../journeys';
import type { SaveSafetyPlanSectionDto } from './dto/safety-plan.dto';
import { safetyPlanPdf, type PlanFile } from './safety-plan-pdf';
import { findHerCurrentJourney } from './safety-plan.repository';
import { safetyPlanView, sectionKey } from './safety-plan.view';
import { writeSection } from './section-writing';

const NO_JOURNEY = 'You do not have a journey with us yet.';
const WRITTEN_BY_STAFF = 'Someone from the service wrote this section, so it cannot be changed here. You can propose a change instead, with your reason.';

/** Her safety plan in her portal: she reads it, writes her own sections, and proposes changes to staff's. */
@Injectable()
export class MySafetyPlanService {
  constructor(
    private readonly work: JourneyWork,
    private readonly journeys: JourneyAccess,
    private readonly clock: Clock,
  ) {}

  read(actor: Actor, journeyId: string | undefined, origin: RequestOrigin): Promise<SafetyPlanView> {
    return this.onHerJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const view = await safetyPlanView(em, journey.id, this.today());
      await audit({ action: 'safety_plan.read', entityType: 'safety_plan', subjectId: journey.serviceUserId, detail: { journeyId: journey.id, sectionIds: view.sections.flatMap((s) => (s.id ? [s.id] : [])) } });
      return view;
    });
  }

  /** Her own words: a section not yet written, or one that is hers. Staff's words she changes through a change proposal (409 says how). */
  saveSection(actor: Actor, journeyId: string | undefined, key: string, body: SaveSafetyPlanSectionDto, origin: RequestOrigin): Promise<SafetyPlanView> {
    const section = sectionKey(key);
    return this.onHerJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const written = await writeSection(em, { organisationId: actor.organisationId, userId: actor.userId, byHer: true }, journey.id, section, body.body, body.version);
      const current = () => safetyPlanView(em, journey.id, this.today());
      if (written.outcome === 'other_side') {
        throw new ConflictException({
          message: WRITTEN_BY_STAFF,
          proposeChange: { path: '/api/my/change-proposals', targetType: 'safety_plan_section', targetId: written.sectionId, field: 'body' },
          current: await current(),
        });
      }
      if (written.outcome === 'stale') throw staleVersion(await current());
      await audit({
        action: 'safety_plan.section_saved',
        entityType: 'safety_plan_section',
        entityId: written.sectionId,
        subjectId: journey.serviceUserId,
        detail: { journeyId: journey.id, key: section, byHer: true, created: written.created },
      });
      return current();
    });
  }

  pdf(actor: Actor, journeyId: string | undefined, origin: RequestOrigin): Promise<PlanFile> {
    return this.onHerJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const today = this.today();
      const view = await safetyPlanView(em, journey.id, today);
      await audit({ action: 'safety_plan.downloaded', entityType: 'safety_plan', subjectId: journey.serviceUserId, detail: { journeyId: journey.id, format: 'pdf' } });
      return safetyPlanPdf(view, today);
    });
  }

  /** The journey she names, which must be hers, else her open one (the newest, if she has had several): as her portal chooses. */
  private onHerJourney<T>(actor: Actor, origin: RequestOrigin, journeyId: string | undefined, task: (em: EntityManager, journey: JourneyInScope, audit: AuditNow) => Promise<T>): Promise<T> {
    if (journeyId) return this.work.onJourney(actor, origin, journeyId, task);
    return this.work.run(actor, origin, async (em, audit) => {
      const current = await findHerCurrentJourney(em, actor.userId);
      if (!current) throw new OutOfScopeException('journey', actor.userId, false, NO_JOURNEY);
      return task(em, await this.journeys.require(em, actor, current.id), audit);
    });
  }

  private today(): string {
    return londonToday(this.clock.now());
  }
}
