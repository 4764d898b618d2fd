import { Body } from '@nestjs/common';
import { OUT_OF_REACH } from '../../common/route-answers';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { ConsultationVersionDto, CreateConsultationDto, ReplaceQuestionsDto, UpdateConsultationDto } from './dto/consultation.dto';
import { ConsultationsService } from './consultations.service';

const LOCKED_OR_STALE = 'Someone has answered already (the consultation is locked), or a stale version';

/** Consultations for the staff who run them (a manager her organisation's; the network operator network-wide ones). */
@RouteGroup('consultations', { notFound: OUT_OF_REACH })
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Route.post('consultations', 'consultation:manage', {
    created: "A draft consultation; anonymous or named is fixed now. The network operator's are network-wide (and anonymous)",
    badRequest: 'Dates out of order, a named network-wide consultation, or a public link on a named one',
  })
  create(@Body() body: CreateConsultationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.create(actor, body, origin);
  }

  @Route.get('consultations', 'consultation:manage', { ok: "Your organisation's consultations (the network's, for the operator)" })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.list(actor, origin);
  }

  @Route.get('consultations/:consultationId', 'consultation:manage', { ok: 'One consultation with its questions' })
  get(@UuidParam('consultationId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.get(actor, id, origin);
  }

  @Route.patch('consultations/:consultationId', 'consultation:manage', { ok: 'Changed', badRequest: 'Dates out of order, or a public link on a named one', conflict: LOCKED_OR_STALE })
  update(@UuidParam('consultationId') id: string, @Body() body: UpdateConsultationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.update(actor, id, body, origin);
  }

  @Route.put('consultations/:consultationId/questions', 'consultation:manage', {
    ok: 'Its questions, in the order given, replacing any before',
    badRequest: 'A choice question with fewer than two choices or the same key twice, choices or a limit on the wrong kind',
    conflict: LOCKED_OR_STALE,
  })
  replaceQuestions(@UuidParam('consultationId') id: string, @Body() body: ReplaceQuestionsDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.replaceQuestions(actor, id, body, origin);
  }

  @Route.post('consultations/:consultationId/open', 'consultation:manage', { ok: 'Open from today', conflict: 'Closed, past its closing date, without questions, or a stale version' })
  open(@UuidParam('consultationId') id: string, @Body() body: ConsultationVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.open(actor, id, body.version, origin);
  }

  @Route.post('consultations/:consultationId/close', 'consultation:manage', { ok: 'Closed now; every answer still waiting moves into the results', conflict: 'Already closed, or a stale version' })
  close(@UuidParam('consultationId') id: string, @Body() body: ConsultationVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.close(actor, id, body.version, origin);
  }

  @Route.get('consultations/:consultationId/results', 'consultation:results', {
    ok: 'Counts per choice and scale value; 1–4 shown as "<5" and no hidden count derivable; free text not shown yet',
  })
  results(@UuidParam('consultationId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.results(actor, id, origin);
  }
}
