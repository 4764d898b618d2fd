import { Body, Param, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Origin, type RequestOrigin, Route, RouteGroup } from '../authz';
import { PublicAnswerDto } from './dto/consultation.dto';
import { ConsultationsService } from './consultations.service';

/**
 * The public link of an anonymous consultation, for women who are not service users. Nothing identifying is
 * kept: no account, session, address, browser or time; ballot stuffing is held back by a proof of work whose
 * challenge is used once, and by the rate limit per address (kept in request_rate for a minute, not with the answer).
 */
@RouteGroup('public consultations', { path: 'public/consultations', policy: 'public', notFound: 'No consultation has this link, or its link is off' })
export class PublicConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Route.get(':slug', { ok: 'The privacy notice, the questions and a proof-of-work challenge to solve before answering' })
  @UseGuards(ThrottlerGuard)
  view(@Param('slug') slug: string) {
    return this.consultations.publicView(slug);
  }

  @Route.post(':slug/answers', {
    ok: 'Your answer is in, with nothing that could identify you',
    badRequest: 'The proof of work is missing, wrong or expired, or an answer is wrong (unknown question or choice, scale outside 0–10, text too long, a required question left out): nothing is stored',
    conflict: 'Closed, not open yet, or this challenge was used already',
    tooManyRequests: 'Too many answers from one address: wait a minute',
  })
  @UseGuards(ThrottlerGuard)
  answer(@Param('slug') slug: string, @Body() body: PublicAnswerDto, @Origin() origin: RequestOrigin) {
    return this.consultations.answerPublic(slug, body, origin);
  }
}
