import { Body, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { HerStatementSharingDto, SaveHerStatementDto, sendLetterFile } from '../../challenges';
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

  @Route.get('statement', { ok: 'Her statement for professionals (empty, version 0, until she writes it) and what it goes with' })
  statement(@CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.statement(actor, origin);
  }

  @Route.put('statement', { ok: 'Saved', badRequest: 'A format or support that is not one of the list, or text too long', conflict: 'Saved on another device since: { message, current }' })
  saveStatement(@Body() body: SaveHerStatementDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.saveStatement(actor, body, origin);
  }

  @Route.put('statement/sharing', { ok: 'The appointments and challenges her statement goes with', badRequest: 'An id that is not one of her appointments or challenges' })
  shareStatement(@Body() body: HerStatementSharingDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.shareStatement(actor, body, origin);
  }

  @Route.get('statement/pdf', { ok: 'Her statement on one page, to hand to a professional: headed "About me", no service name' })
  @ApiProduces('application/pdf')
  async statementPdf(@CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.challenges.statementPdf(actor, origin));
  }
}
