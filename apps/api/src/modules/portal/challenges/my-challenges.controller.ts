import { Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { sendLetterFile } from '../../challenges';
import { MyChallengesService } from './my-challenges.service';

@RouteGroup('portal', { path: 'my', policy: 'portal:use' })
export class MyChallengesController {
  constructor(private readonly challenges: MyChallengesService) {}

  @Route.get('challenges', { ok: 'Her complaints, reviews and appeals in plain words: the stage each is at, the next date, what comes next' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.list(actor, origin);
  }

  @Route.get('letters', { ok: 'Letters shared with her or sent: she reads them and, until one is sent, asks for changes in her own words' })
  letters(@CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.letters(actor, origin);
  }

  @Route.get('letters/:letterId/pdf', { ok: 'One of her letters as a PDF, named only by the date', notFound: 'Not one of her letters (or not shared with her yet)' })
  @ApiProduces('application/pdf')
  async pdf(@UuidParam('letterId') letterId: string, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.challenges.letterPdf(actor, letterId, origin));
  }
}
