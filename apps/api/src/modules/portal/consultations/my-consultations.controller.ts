import { Body } from '@nestjs/common';
import { NOT_YOURS } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { AnswerConsultationDto } from '../../consultations';
import { MyConsultationsService } from './my-consultations.service';

@RouteGroup('portal', { path: 'my/consultations', policy: 'portal:use', notFound: NOT_YOURS })
export class MyConsultationsController {
  constructor(private readonly consultations: MyConsultationsService) {}

  @Route.get('/', { ok: 'The open consultations that reach you, and whether you have answered each' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.list(actor, origin);
  }

  @Route.post(':consultationId/answers', {
    ok: 'Your answer is in. For an anonymous consultation it is kept with no link to you',
    badRequest: 'An unknown question or choice, a scale outside 0–10, text over its limit, or a required question left out: nothing is stored',
    conflict: 'Closed, not open yet, or you have answered already',
  })
  answer(@UuidParam('consultationId') id: string, @Body() body: AnswerConsultationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consultations.answer(actor, id, body, origin);
  }
}
