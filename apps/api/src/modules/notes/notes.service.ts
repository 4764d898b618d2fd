import { Injectable } from '@nestjs/common';
import type { NoteVersionView, NoteView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { existing } from '../../common/existing';
import { cutPage, pageRequest } from '../../common/keyset-page';
import { PageQueryDto } from '../../common/page-query.dto';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess, JourneyRecordAccess } from '../journeys';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { CreateNoteDto, UpdateNoteDto } from './dto/note.dto';
import { findNote, findNotePage, findNoteVersions, insertNote, keepNoteVersion } from './note.repository';

@Injectable()
export class NotesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  /** A journey's notes, newest first, a page at a time (staff routes: staff and shared notes both). */
  async list(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<NoteView>> {
    const { limit, after } = pageRequest(query);
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const { page, nextCursor } = cutPage(await findNotePage(em, journeyId, after, limit + 1), limit, (r) => r.cursor_at);
      await this.audit.append(em, actor, origin, [
        { action: 'note.list', entityType: 'note', subjectId: scope.serviceUserId, detail: { journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...n }) => n), nextCursor };
    });
  }

  async create(actor: Actor, journeyId: string, body: CreateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const noteId = await insertNote(em, actor, { journeyId, serviceUserId: scope.serviceUserId }, body);
      await this.audit.append(em, actor, origin, [
        { action: 'note.created', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { visibility: body.visibility } },
      ]);
      return existing(await findNote(em, noteId), 'note');
    });
  }

  /** An edit keeps what the note said before, as it said it, in note_version. */
  async update(actor: Actor, noteId: string, body: UpdateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'note', noteId);
      await keepNoteVersion(em, noteId, body.version);
      const { changes, fields } = pickChanges(body, { visibility: 'visibility', body: 'body' });
      if (!(await versionedUpdate(em, 'note', noteId, body.version, changes, actor.userId))) throw staleVersion(await findNote(em, noteId));
      await this.audit.append(em, actor, origin, [
        { action: 'note.updated', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return existing(await findNote(em, noteId), 'note');
    });
  }

  /** Earlier versions of a note, newest first (staff only: these are staff routes). */
  async versions(actor: Actor, noteId: string, origin: RequestOrigin): Promise<NoteVersionView[]> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'note', noteId);
      const rows = await findNoteVersions(em, noteId);
      await this.audit.append(em, actor, origin, [
        { action: 'note.read', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { history: true, versions: rows.map((r) => r.version) } },
      ]);
      return rows;
    });
  }
}
