import { Body, Query } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { DataRequestsService } from './data-requests.service';
import { AnswerDataRequestDto, DataRequestsQueryDto, DecideDataRequestDto, ExtendDataRequestDto, RecordDataRequestDto } from './dto/data-request.dto';

const ANSWERED_OR_STALE = `${STALE_VERSION}, or the request has been answered`;

/** Requests from the women (UK GDPR Articles 15–21) with their one-month clocks, for managers (docs/DATA-PROTECTION.md). */
@RouteGroup('data protection', { path: 'data-requests', policy: 'data-protection:manage', notFound: OUT_OF_REACH })
export class DataRequestsController {
  constructor(private readonly requests: DataRequestsService) {}

  @Route.get('', { ok: 'The requests not yet answered (or all, with ?status=all), the clock nearest its end first' })
  list(@Query() query: DataRequestsQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.list(actor, query, origin);
  }

  @Route.post('', {
    created: 'A request made by letter, in person, by email or phone, with its clock from the day it was received',
    badRequest: 'A kind or channel not of the list, no words, or a date in the future',
  })
  record(@Body() body: RecordDataRequestDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.record(actor, body, origin);
  }

  @Route.get(':requestId', { ok: 'One request with its clock, decision and answer' })
  read(@UuidParam('requestId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.read(actor, id, origin);
  }

  @Route.post(':requestId/extend', {
    ok: 'Extended by one or two further months from receipt, with the reason',
    badRequest: 'Not 1 or 2 months, or no reason',
    conflict: `${ANSWERED_OR_STALE}, already extended, or the first month has passed`,
  })
  extend(@UuidParam('requestId') id: string, @Body() body: ExtendDataRequestDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.extend(actor, id, body, origin);
  }

  @Route.post(':requestId/decision', {
    ok: 'The decision with its reason and the exemptions considered',
    badRequest: 'No reason, or a decision or exemption not of the list',
    conflict: ANSWERED_OR_STALE,
  })
  decide(@UuidParam('requestId') id: string, @Body() body: DecideDataRequestDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.decide(actor, id, body, origin);
  }

  @Route.post(':requestId/answer', {
    ok: 'The answer sent to her, and the clock stopped',
    badRequest: 'No answer, a date in the future or before the request was received',
    conflict: `${ANSWERED_OR_STALE}, or there is no decision yet`,
  })
  answer(@UuidParam('requestId') id: string, @Body() body: AnswerDataRequestDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.answer(actor, id, body, origin);
  }
}
