import { Body, Param, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { DraftLetterDto, LetterFileQueryDto, LetterSentDto, SaveLetterTemplateDto, UpdateLetterDto, VersionDto } from '../dto/letter.dto';
import { type LetterFile, LettersService } from './letters.service';

const SENT_OR_STALE = `${STALE_VERSION}, or the letter has been sent (it never changes after)`;

/** Sends a letter file: an attachment with a neutral name, never cached. */
export function sendLetterFile(res: Response, file: LetterFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.send(file.content);
}

/** Letters written with her (issue 19): templates, drafts, sharing with her, sending, every version kept. */
@RouteGroup('letters', { notFound: OUT_OF_REACH })
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Route.get('letter-templates', 'journey:read', { ok: "The organisation's letter templates: the defaults with its changes, and its own" })
  templates(@CurrentCaller() { actor, origin }: Caller) {
    return this.letters.templates(actor, origin);
  }

  @Route.put('letter-templates/:key', 'challenge-type:manage', { ok: 'The template as saved', badRequest: 'A malformed key, or a merge field that does not exist (the message names it and lists the known ones)' })
  saveTemplate(@Param('key') key: string, @Body() body: SaveLetterTemplateDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.saveTemplate(actor, key, body, origin);
  }

  @Route.delete('letter-templates/:key', 'challenge-type:manage', { ok: 'Archived: no new letters from it' })
  archiveTemplate(@Param('key') key: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.archiveTemplate(actor, key, origin);
  }

  @Route.get('challenges/:challengeId/letters', 'journey:read', { ok: "The challenge's letters with every version" })
  list(@UuidParam('challengeId') challengeId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.list(actor, challengeId, origin);
  }

  @Route.post('challenges/:challengeId/letters', 'journey:write', {
    created: 'A draft from the template, its merge fields filled from her record and the challenge',
    badRequest: 'An unknown or archived template, or a merge field this challenge has no value for (named)',
  })
  draft(@UuidParam('challengeId') challengeId: string, @Body() body: DraftLetterDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.draft(actor, challengeId, body, origin);
  }

  @Route.get('letters/:letterId', 'journey:read', { ok: 'One letter with every version' })
  read(@UuidParam('letterId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.read(actor, id, origin);
  }

  @Route.patch('letters/:letterId', 'journey:write', { ok: 'The letter as saved: a new version, the earlier ones kept', conflict: SENT_OR_STALE })
  update(@UuidParam('letterId') id: string, @Body() body: UpdateLetterDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.update(actor, id, body, origin);
  }

  @Route.post('letters/:letterId/share', 'journey:write', { created: 'Shared with her: she reads it in her portal and can ask for changes', conflict: `${SENT_OR_STALE}, or already shared` })
  share(@UuidParam('letterId') id: string, @Body() body: VersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.share(actor, id, body, origin);
  }

  @Route.post('letters/:letterId/sent', 'journey:write', { created: 'Sent: kept as sent, never changed again', badRequest: 'A date in the future', conflict: SENT_OR_STALE })
  sent(@UuidParam('letterId') id: string, @Body() body: LetterSentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.letters.sent(actor, id, body, origin);
  }

  @Route.get('letters/:letterId/pdf', 'journey:read', { ok: 'The letter (or one version of it) as a PDF: neutral layout and file name', badRequest: 'Not a version of this letter' })
  @ApiProduces('application/pdf')
  async pdf(@UuidParam('letterId') id: string, @Query() query: LetterFileQueryDto, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.letters.download(actor, id, 'pdf', query.version, origin));
  }

  @Route.get('letters/:letterId/docx', 'journey:read', { ok: 'The letter (or one version of it) as a Word document', badRequest: 'Not a version of this letter' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async docx(@UuidParam('letterId') id: string, @Query() query: LetterFileQueryDto, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendLetterFile(res, await this.letters.download(actor, id, 'docx', query.version, origin));
  }
}
