import { Body, Param, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { sendLetterFile } from '../../challenges';
import { SafetyPlanReviewDto, SaveSafetyPlanSectionDto } from './dto/safety-plan.dto';
import { SafetyPlanService, SHE_WROTE_IT } from './safety-plan.service';

/**
 * Her safety plan as staff write it with her (issue 20). Staff add, never overwrite her words: a section she wrote
 * answers 409 ("She wrote this section; add your words in a note or ask her"). Nothing of it is ever sent by message.
 */
@RouteGroup('safety plan', { notFound: OUT_OF_REACH })
export class SafetyPlanController {
  constructor(private readonly plans: SafetyPlanService) {}

  @Route.get('journeys/:journeyId/safety-plan', 'journey:read', { ok: 'Every section in order (empty ones: body null, version 0), the review date and whether it has passed' })
  read(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.read(actor, journeyId, origin);
  }

  @Route.put('journeys/:journeyId/safety-plan/sections/:key', 'journey:write', {
    ok: 'The plan with the section saved (the plan is started on its first section; earlier words are kept)',
    badRequest: 'A section key that is not one of the sections (the answer names them), empty words or words too long',
    conflict: `${SHE_WROTE_IT}; or ${STALE_VERSION}`,
  })
  saveSection(@UuidParam('journeyId') journeyId: string, @Param('key') key: string, @Body() body: SaveSafetyPlanSectionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.saveSection(actor, journeyId, key, body, origin);
  }

  @Route.put('journeys/:journeyId/safety-plan/review', 'journey:write', { ok: 'The plan with its review date', badRequest: 'A date in the past or not a date', conflict: STALE_VERSION })
  setReview(@UuidParam('journeyId') journeyId: string, @Body() body: SafetyPlanReviewDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.setReview(actor, journeyId, body, origin);
  }

  @Route.get('journeys/:journeyId/safety-plan/pdf', 'journey:read', { ok: 'The plan to print or keep, titled "My plan": no service name in it, its metadata or its file name' })
  @ApiProduces('application/pdf')
  async pdf(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.plans.pdf(actor, journeyId, origin));
  }
}
