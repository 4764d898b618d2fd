import { Body, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { OUT_OF_REACH } from '../../common/route-answers';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { ConsultationVersionDto, CreateConsultationDto, ReplaceQuestionsDto, UpdateConsultationDto } from './dto/consultation.dto';
import { CrossTabQueryDto } from './dto/consultation-review.dto';
import { ConsultationsService } from './consultations.service';

const LOCKED_OR_STALE = 'Someone has answered already (the consultation is locked), or a stale version';

/**
 * Consultations for the staff who run them (a manager her organisation's, network-wide or not; the network operator the
 * network's), and their results for whoever may read them (its panel members; every member's managers and panel for a
 * network-wide one). Writes are the running organisation's alone (403 for a reader).
 */
@RouteGroup('consultations', { notFound: OUT_OF_REACH })
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Route.post('consultations', 'consultation:manage', {
    created: "A draft consultation; anonymous or named is fixed now. A manager's may be network-wide; the network operator's always are (and anonymous)",
    badRequest: 'Dates out of order, a named network-wide consultation, or a public link on a named one',
  })
  create(@Body() body: CreateConsultationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.create(actor, body, origin);
  }

  @Route.get('consultations', 'consultation:results', {
    ok: "Your organisation's consultations (the network's, for the operator; not drafts, for the panel) and other members' network-wide ones once open",
  })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.list(actor, origin);
  }

  @Route.get('consultations/:consultationId', 'consultation:results', { ok: 'One consultation with its questions' })
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
    ok: 'Counts per choice and scale value, 1–4 shown as "<5" and no hidden count derivable; themes with their counts; published quotes',
  })
  results(@UuidParam('consultationId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.results(actor, id, origin);
  }

  @Route.get('consultations/:consultationId/results.csv', 'consultation:results', { ok: 'The same figures as CSV: question, answer, count' })
  @ApiProduces('text/csv')
  async resultsCsv(@UuidParam('consultationId') id: string, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    const { csv } = await this.consultations.resultsCsv(actor, id, origin);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="beside-consultation-${id}.csv"`);
    res.send(csv);
  }

  @Route.get('consultations/:consultationId/cross-tab', 'consultation:results', {
    ok: 'Two questions side by side, over the responses that answered both: every cell when all are 5 or more, otherwise shown false and no cell',
    badRequest: 'rows or columns not a single-choice or scale question of this consultation, or the same question twice',
  })
  crossTab(@UuidParam('consultationId') id: string, @Query() query: CrossTabQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.crossTab(actor, id, query.rows, query.columns, origin);
  }
}
