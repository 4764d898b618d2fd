import { Body, Param, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { NOT_YOURS, STALE_VERSION } from '../../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { sendLetterFile } from '../../challenges';
import { MyPlanJourneyQueryDto, SaveSafetyPlanSectionDto } from './dto/safety-plan.dto';
import { MySafetyPlanService } from './my-safety-plan.service';

/** Her safety plan in her portal: hers to read, keep and write in. Quick exit applies (web); nothing of it is ever sent by message. */
@RouteGroup('portal', { path: 'my', policy: 'portal:use', notFound: NOT_YOURS })
export class MySafetyPlanController {
  constructor(private readonly plans: MySafetyPlanService) {}

  @Route.get('safety-plan', { ok: 'Your plan: every section in order (empty ones too), who wrote each, and when to look at it again' })
  read(@Query() query: MyPlanJourneyQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.read(actor, query.journeyId, origin);
  }

  @Route.put('safety-plan/sections/:key', {
    ok: 'Your plan with your words saved',
    badRequest: 'A section key that is not one of the sections (the answer names them), empty words or words too long',
    conflict: `Written by the service: propose a change instead ({ message, proposeChange: { path, targetType, targetId, field }, current }); or ${STALE_VERSION}`,
  })
  saveSection(@Param('key') key: string, @Query() query: MyPlanJourneyQueryDto, @Body() body: SaveSafetyPlanSectionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.saveSection(actor, query.journeyId, key, body, origin);
  }

  @Route.get('safety-plan/pdf', { ok: 'Your plan to print or keep, titled "My plan" and named only by the date' })
  @ApiProduces('application/pdf')
  async pdf(@Query() query: MyPlanJourneyQueryDto, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.plans.pdf(actor, query.journeyId, origin));
  }
}
