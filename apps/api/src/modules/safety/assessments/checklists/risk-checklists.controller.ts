import { BadRequestException, Body, Param, ParseIntPipe } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../../authz';
import { CreateRiskChecklistDto, RiskChecklistBodyDto } from '../dto/risk-checklist.dto';
import { RiskChecklists } from './risk-checklists';

const VersionParam = () => Param('version', new ParseIntPipe({ exceptionFactory: () => new BadRequestException('version must be a whole number') }));
const BAD_BODY = 'A checklist that breaks a rule, each named: no questions, a key used twice, fewer than two answers, a weight outside 0–100, thresholds not medium ≤ high ≤ marac';

/** The organisation's risk checklists: the one shipped with Beside, its versions of it, and its own (e.g. a licensed text it loads). */
@RouteGroup('safety', { notFound: 'No such checklist (or version) in your organisation' })
export class RiskChecklistsController {
  constructor(private readonly checklists: RiskChecklists) {}

  @Route.get('risk-checklists', 'journey:read', { ok: 'Each checklist with its versions, oldest first: the newest is current; inUse: an assessment was made with it, so it is fixed' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.checklists.list(actor, origin);
  }

  @Route.post('risk-checklists', 'safety:configure', { created: 'The checklist at version 1', badRequest: BAD_BODY, conflict: 'The key is in use (the shipped checklist, or one of yours)' })
  create(@Body() body: CreateRiskChecklistDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.checklists.create(actor, body, origin);
  }

  @Route.post('risk-checklists/:key/versions', 'safety:configure', {
    created: 'The checklist with its new version, used for assessments from now on (the shipped one goes on from version 2); an archived checklist is brought back',
    badRequest: BAD_BODY,
  })
  addVersion(@Param('key') key: string, @Body() body: RiskChecklistBodyDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.checklists.addVersion(actor, key, body, origin);
  }

  @Route.put('risk-checklists/:key/versions/:version', 'safety:configure', {
    ok: 'The checklist with the version changed',
    badRequest: BAD_BODY,
    conflict: 'The shipped version, or a version an assessment was made with: add a new version instead',
  })
  editVersion(@Param('key') key: string, @VersionParam() version: number, @Body() body: RiskChecklistBodyDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.checklists.editVersion(actor, key, version, body, origin);
  }

  @Route.delete('risk-checklists/:key', 'safety:configure', { ok: 'Archived: no new assessments with it; those made with it keep it; a new version brings it back' })
  archive(@Param('key') key: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.checklists.archive(actor, key, origin);
  }
}
