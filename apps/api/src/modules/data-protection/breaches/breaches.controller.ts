import { Body } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { BreachesService } from './breaches.service';
import { BreachActionDto, BreachDecisionDto, CloseBreachDto, RecordBreachDto, UpdateBreachDto } from './dto/breach.dto';

const CLOSED_OR_STALE = `${STALE_VERSION}, or the breach is closed`;
const DECISION_CONFLICT = `${CLOSED_OR_STALE}, or a decision is recorded already (sent again, the same decision may only add when they were told)`;

/** The breach register for managers (UK GDPR Articles 33 and 34; docs/DATA-PROTECTION.md). */
@RouteGroup('data protection', { path: 'breaches', policy: 'data-protection:manage', notFound: OUT_OF_REACH })
export class BreachesController {
  constructor(private readonly breaches: BreachesService) {}

  @Route.get('', { ok: 'The register: open breaches first, each with its 72-hour clock until the decision about the Commissioner' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.list(actor, origin);
  }

  @Route.post('', {
    created: 'The breach with its reference (B-2026-0001) and its 72-hour clock from when it was found; managers are told',
    badRequest: 'No summary or records affected, a negative or fractional number of people, foundAt in the future or occurredAt after it',
  })
  record(@Body() body: RecordBreachDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.record(actor, body, origin);
  }

  @Route.get(':breachId', { ok: 'One breach with its clock, assessment, decisions and actions' })
  read(@UuidParam('breachId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.read(actor, id, origin);
  }

  @Route.patch(':breachId', { ok: 'The breach as saved', badRequest: 'A risk without its reasoning, or occurredAt after foundAt', conflict: CLOSED_OR_STALE })
  update(@UuidParam('breachId') id: string, @Body() body: UpdateBreachDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.update(actor, id, body, origin);
  }

  @Route.post(':breachId/ico-decision', {
    ok: 'The decision whether to tell the Information Commissioner, with its reason (and when told, and their reference)',
    badRequest: 'No reason, toldAt in the future or without a decision to tell',
    conflict: DECISION_CONFLICT,
  })
  icoDecision(@UuidParam('breachId') id: string, @Body() body: BreachDecisionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.decide(actor, id, 'ico', body, origin);
  }

  @Route.post(':breachId/women-decision', {
    ok: 'The decision whether to tell the women affected, with its reason (and when told)',
    badRequest: 'No reason, toldAt in the future or without a decision to tell',
    conflict: DECISION_CONFLICT,
  })
  womenDecision(@UuidParam('breachId') id: string, @Body() body: BreachDecisionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.decide(actor, id, 'women', body, origin);
  }

  @Route.post(':breachId/actions', { ok: 'The breach with the action taken, by you, now', badRequest: 'No words', conflict: CLOSED_OR_STALE })
  addAction(@UuidParam('breachId') id: string, @Body() body: BreachActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.addAction(actor, id, body, origin);
  }

  @Route.post(':breachId/close', { ok: 'Closed', conflict: `${CLOSED_OR_STALE}, or a decision is still to be recorded (the answer names which)` })
  close(@UuidParam('breachId') id: string, @Body() body: CloseBreachDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.breaches.close(actor, id, body, origin);
  }
}
