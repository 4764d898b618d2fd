import { Body, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { OUT_OF_REACH } from '../../common/route-answers';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { DeleteDocumentDto, UploadDocumentDto } from './dto/document.dto';
import { type DocumentFile, DocumentsService, type UploadedFile as Upload } from './documents.service';

/** Sends a document as an attachment with its neutral name, never cached, never shown inline. */
export function sendDocument(res: Response, file: DocumentFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.send(file.content);
}

export const UPLOAD_ANSWERS = {
  badRequest: 'No file, a type that is not allowed (PDF, photos, Word, plain text: told by the content), or a field wrong',
  payloadTooLarge: 'Larger than the organisation allows',
  unprocessable: 'The virus scanner found something harmful: nothing was saved',
  serviceUnavailable: 'File storage could not be reached: nothing was saved; send again (the same Idempotency-Key is safe)',
};

/** Documents on her journey (issue 19): letters received, decisions, photos. */
@RouteGroup('documents', { notFound: OUT_OF_REACH })
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Route.post('journeys/:journeyId/documents', 'journey:write', { created: 'The document, checked and stored', ...UPLOAD_ANSWERS })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file', 'description'], properties: { file: { type: 'string', format: 'binary' }, description: { type: 'string' }, challengeId: { type: 'string', format: 'uuid' }, visibility: { type: 'string', enum: ['shared', 'staff'] } } } })
  upload(@UuidParam('journeyId') journeyId: string, @UploadedFile() file: Upload | undefined, @Body() body: UploadDocumentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.documents.upload(actor, journeyId, file, body, origin);
  }

  @Route.get('journeys/:journeyId/documents', 'journey:read', { ok: "Her journey's documents, newest first, deleted ones with their reason" })
  list(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.documents.list(actor, journeyId, origin);
  }

  @Route.get('documents/:documentId/file', 'journey:read', { ok: 'The file, as an attachment named only by its date and kind', conflict: 'Waiting for a virus scan' })
  @ApiProduces('application/octet-stream')
  async file(@UuidParam('documentId') id: string, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    sendDocument(res, await this.documents.download(actor, id, origin));
  }

  @Route.delete('documents/:documentId', 'journey:write', { ok: 'Deleted, with the reason kept', conflict: 'Deleted already' })
  remove(@UuidParam('documentId') id: string, @Body() body: DeleteDocumentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.documents.remove(actor, id, body.reason, origin);
  }
}
