import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { SafetyPlanView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { staleVersion } from '../../../database/versioned-update';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyWork } from '../../journeys';
import type { SafetyPlanReviewDto, SaveSafetyPlanSectionDto } from './dto/safety-plan.dto';
import { safetyPlanPdf, type PlanFile } from './safety-plan-pdf';
import { ensurePlan, findPlan, setReviewDate } from './safety-plan.repository';
import { safetyPlanView, sectionKey } from './safety-plan.view';
import { writeSection } from './section-writing';

/** Staff add, never overwrite her words: a section she wrote stays hers. */
export const SHE_WROTE_IT = 'She wrote this section; add your words in a note or ask her';

/** Her safety plan as staff work on it with her: written section by section, a review date, a neutral PDF to print. */
@Injectable()
export class SafetyPlanService {
  constructor(
    private readonly work: JourneyWork,
    private readonly clock: Clock,
  ) {}

  read(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<SafetyPlanView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const view = await safetyPlanView(em, journeyId, this.today());
      await audit({ action: 'safety_plan.read', entityType: 'safety_plan', subjectId: journey.serviceUserId, detail: { journeyId, sectionIds: view.sections.flatMap((s) => (s.id ? [s.id] : [])) } });
      return view;
    });
  }

  /** Staff's words in a section not yet written, or one staff wrote; a section she wrote is refused (409). */
  saveSection(actor: Actor, journeyId: string, key: string, body: SaveSafetyPlanSectionDto, origin: RequestOrigin): Promise<SafetyPlanView> {
    const section = sectionKey(key);
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const written = await writeSection(em, { organisationId: actor.organisationId, userId: actor.userId, byHer: false }, journeyId, section, body.body, body.version);
      const current = () => safetyPlanView(em, journeyId, this.today());
      if (written.outcome === 'other_side') throw new ConflictException({ message: SHE_WROTE_IT, current: await current() });
      if (written.outcome === 'stale') throw staleVersion(await current());
      await audit({
        action: 'safety_plan.section_saved',
        entityType: 'safety_plan_section',
        entityId: written.sectionId,
        subjectId: journey.serviceUserId,
        detail: { journeyId, key: section, byHer: false, created: written.created },
      });
      return current();
    });
  }

  /** When the plan is to be looked at again with her: today or later, at the plan's version (0 before it is started). */
  setReview(actor: Actor, journeyId: string, body: SafetyPlanReviewDto, origin: RequestOrigin): Promise<SafetyPlanView> {
    const today = this.today();
    if (body.reviewOn < today) throw new BadRequestException([`reviewOn must not be in the past (today is ${today})`]);
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const plan = await findPlan(em, journeyId);
      const stale = async () => staleVersion(await safetyPlanView(em, journeyId, today));
      if ((plan?.version ?? 0) !== body.version) throw await stale();
      const planId = plan?.id ?? (await ensurePlan(em, actor.organisationId, journeyId, actor.userId));
      if (!(await setReviewDate(em, planId, plan?.version ?? 1, body.reviewOn, actor.userId))) throw await stale();
      await audit({ action: 'safety_plan.review_set', entityType: 'safety_plan', entityId: planId, subjectId: journey.serviceUserId, detail: { journeyId, reviewOn: body.reviewOn } });
      return safetyPlanView(em, journeyId, today);
    });
  }

  pdf(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<PlanFile> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const today = this.today();
      const view = await safetyPlanView(em, journeyId, today);
      await audit({ action: 'safety_plan.downloaded', entityType: 'safety_plan', subjectId: journey.serviceUserId, detail: { journeyId, format: 'pdf' } });
      return safetyPlanPdf(view, today);
    });
  }

  private today(): string {
    return londonToday(this.clock.now());
  }
}
