import { Body, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { HerUploadDto, sendDocument, UPLOAD_ANSWERS, type UploadedFile as Upload } from '../../documents';
import { MyDocumentsService } from './my-documents.service';

/** Her documents: those shared with her, and what she adds herself from her phone (a letter she received, a photo). */
@RouteGroup('portal', { path: 'my/documents', policy: 'portal:use' })
export class MyDocumentsController {
  constructor(private readonly documents: MyDocumentsService) {}

  @Route.get('/', { ok: 'Documents shared with her and those she added, newest first' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.documents.list(actor, origin);
  }

  @Route.post('/', { created: 'Added to her current journey, shared with her advocates', ...UPLOAD_ANSWERS })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file', 'description'], properties: { file: { type: 'string', format: 'binary' }, description: { type: 'string' }, challengeId: { type: 'string', format: 'uuid' } } } })
  upload(@UploadedFile() file: Upload | undefined, @Body() body: HerUploadDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.documents.upload(actor, file, body, origin);
  }

  @Route.get(':documentId/file', { ok: 'The file, as an attachment named only by its date and kind', notFound: 'Not one of hers (or not shared with her)', conflict: 'Waiting for a virus scan' })
  @ApiProduces('application/octet-stream')
  async file(@UuidParam('documentId') id: string, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendDocument(res, await this.documents.download(actor, id, origin));
  }
}
