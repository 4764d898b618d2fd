import { BadRequestException, ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DocumentView } from '@beside/shared/contracts';
import { existing } from '../../common/existing';
import { Environment } from '../../config/environment';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyWork } from '../journeys';
import { DocumentStore } from './document-store';
import { documentType } from './document-type';
import { challengeOnJourney, findDocument, findJourneyDocuments, insertDocument, scanRequired, softDeleteDocument, type DocumentRow, type NewDocument } from './document.repository';
import { scanForViruses, type ScanVerdict } from './virus-scan';

export interface UploadedFile {
  buffer: Buffer;
  size: number;
}

export interface DocumentFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A file checked before anything is kept: its type by content, its hash, and the scanner's verdict. */
export interface CheckedFile {
  content: Buffer;
  mime: string;
  extension: string;
  sha256: string;
  verdict: ScanVerdict | 'no_scanner';
}

const INFECTED = 'The virus scanner found something harmful in this file: it was not saved. If you think it is safe, ask your organisation\'s admin.';
const HELD = 'This document is waiting for a virus scan before anyone can open it. Try again later.';

export function documentView(row: DocumentRow): DocumentView {
  const { storageKey: _k, contentType: _c, extension: _e, ...view } = row;
  return { ...view, createdAt: new Date(row.createdAt).toISOString(), deletedAt: row.deletedAt ? new Date(row.deletedAt).toISOString() : null };
}

/** Documents on her journey: checked by content, scanned when a scanner is set up, kept in the document store. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly work: JourneyWork,
    private readonly store: DocumentStore,
    private readonly env: Environment,
  ) {}

  /** Type by content (400), scan (422 when infected); nothing is stored before this passes. */
  async check(file: UploadedFile | undefined): Promise<CheckedFile> {
    if (!file?.buffer?.length) throw new BadRequestException(['file: choose a file to upload (it must not be empty)']);
    const { mime, extension } = await documentType(file.buffer);
    const verdict = this.env.CLAMAV_HOST ? await scanForViruses(this.env.CLAMAV_HOST, this.env.CLAMAV_PORT, file.buffer) : 'no_scanner';
    if (verdict === 'infected') throw new UnprocessableEntityException(INFECTED);
    return { content: file.buffer, mime, extension, sha256: createHash('sha256').update(file.buffer).digest('hex'), verdict };
  }

  /**
   * Stores the content, then records it in `record` (the caller's transaction, with its scope checks); if the record
   * fails, the stored content is removed again, so neither is ever left without the other.
   */
  async keep<T>(file: CheckedFile, record: (key: string, scanOf: (em: EntityManager) => Promise<DocumentRow['scan']>) => Promise<T>): Promise<T> {
    const key = randomUUID();
    await this.store.put(key, file.content, file.mime);
    const scanOf = async (em: EntityManager) => (file.verdict === 'clean' ? 'clean' : (await scanRequired(em)) ? 'held' : 'not_scanned');
    try {
      return await record(key, scanOf);
    } catch (e) {
      await this.store.remove(key).catch(() => undefined);
      throw e;
    }
  }

  async upload(actor: Actor, journeyId: string, file: UploadedFile | undefined, fields: { description: string; challengeId?: string; visibility?: 'shared' | 'staff' }, origin: RequestOrigin): Promise<DocumentView> {
    // Out of reach answers before the file is even looked at.
    await this.work.onJourney(actor, origin, journeyId, async () => undefined);
    const checked = await this.check(file);
    return this.keep(checked, (storageKey, scanOf) =>
      this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
        if (fields.challengeId && !(await challengeOnJourney(em, fields.challengeId, journeyId))) throw new BadRequestException(['challengeId is not a challenge on this journey']);
        const id = await this.record(em, {
          organisationId: actor.organisationId,
          journeyId,
          challengeId: fields.challengeId ?? null,
          description: fields.description,
          storageKey,
          checked,
          visibility: fields.visibility ?? 'staff',
          scan: await scanOf(em),
          uploadedBy: actor.userId,
          byHer: false,
        });
        await audit({ action: 'document.uploaded', entityType: 'document', entityId: id, subjectId: journey.serviceUserId, detail: { type: checked.extension, sizeBytes: checked.content.length, visibility: fields.visibility ?? 'staff' } });
        return documentView(existing(await findDocument(em, id), 'document'));
      }),
    );
  }

  /** The document's row, for a checked file already in the store. */
  record(em: EntityManager, d: Omit<NewDocument, 'contentType' | 'extension' | 'sizeBytes' | 'sha256'> & { checked: CheckedFile }): Promise<string> {
    const { checked, ...rest } = d;
    return insertDocument(em, { ...rest, contentType: checked.mime, extension: checked.extension, sizeBytes: checked.content.length, sha256: checked.sha256 });
  }

  list(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<DocumentView[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const rows = await findJourneyDocuments(em, journeyId, true);
      await audit({ action: 'document.list', entityType: 'document', subjectId: journey.serviceUserId, detail: { journeyId, count: rows.length } });
      return rows.map(documentView);
    });
  }

  download(actor: Actor, id: string, origin: RequestOrigin): Promise<DocumentFile> {
    return this.work.onRecord(actor, origin, 'document', id, async (em, journey, audit) => {
      const row = await findDocument(em, id);
      if (!row || row.deletedAt) throw new NotFoundException('Document not found');
      return this.file(row, () => audit({ action: 'document.downloaded', entityType: 'document', entityId: id, subjectId: journey.serviceUserId }));
    });
  }

  remove(actor: Actor, id: string, reason: string, origin: RequestOrigin): Promise<DocumentView> {
    return this.work.onRecord(actor, origin, 'document', id, async (em, journey, audit) => {
      if (!(await softDeleteDocument(em, id, reason, actor.userId))) throw new ConflictException('This document was deleted already.');
      await audit({ action: 'document.deleted', entityType: 'document', entityId: id, subjectId: journey.serviceUserId, detail: { reason } });
      return documentView(existing(await findDocument(em, id), 'document'));
    });
  }

  /** The content as an attachment with a neutral name (the date it came and its kind), once it may be opened. */
  async file(row: DocumentRow, recorded: () => Promise<void>): Promise<DocumentFile> {
    if (row.scan === 'held') throw new ConflictException(HELD);
    const content = await this.store.get(row.storageKey);
    await recorded();
    return { filename: `document-${new Date(row.createdAt).toISOString().slice(0, 10)}.${row.extension}`, contentType: row.contentType, content };
  }
}
